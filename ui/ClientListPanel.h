#pragma once

#include <QPersistentModelIndex>
#include <QSet>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace teren {

class ClientListLoader;
class ClientListModel;
class Store;

// The caseload: search as you type (diacritics optional) and filters by locality,
// worker, cooperation and overdue steps. A large file's rows are read in the
// background (ClientListLoader): a first page shows at once, the rest follows, and
// meanwhile the list says it is loading while search, filters, selection and edits
// work on the rows there are.
class ClientListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClientListPanel(QWidget *parent = nullptr);

    void setStore(Store *store);
    // The client's row changed (an edit, undo or redo); by value, as the list reloads.
    void refreshClient(QUuid clientId);
    // Highlights the client's row without telling the card (its caller shows it there);
    // a client the search or a filter hides leaves no row highlighted.
    void selectClient(const QUuid &clientId);
    // Like selectClient(), clearing the search and the filters if they hide the client.
    void revealClient(const QUuid &clientId);
    // The client the card shows (null: none). A click or Enter on any other row opens
    // that row's client; and when a refresh highlights a row while the card shows
    // nobody or a client no longer in the list (merged into another record, say), the
    // card is told to show the highlighted one, so highlight and card never disagree.
    void setShownClient(QUuid clientId);
    QUuid currentClient() const;
    // The clients whose rows are selected (Ctrl+click, Shift+click), in list order.
    QList<QUuid> selectedClients() const;
    // Loads every row and the filters' choices again, keeping the filters and the
    // highlighted client (after a change to the region's records or to many clients).
    void reloadAll();
    // Puts the cursor in the search with its text selected, ready to type over.
    void focusSearch();
    // The locality the list is filtered to (null: all).
    QUuid localityFilter() const;

    // Whether rows are still being read in the background.
    bool isLoading() const;
    // "Loading the clients…" while they are, or why they could not all be read.
    QLabel *loadingState() const { return m_loadingState; }
    ClientListLoader *loader() const { return m_loader; }

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    ClientListModel *model() const { return m_model; }

Q_SIGNALS:
    void clientActivated(QUuid clientId);
    // The rows read in the background: the first of them are shown (or none could be
    // read); work that would compete for the disk may start.
    void firstRowsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(const QModelIndex &index);
    void fillFilterChoices();
    void updateFilter();
    void updateCount();
    // Reads the rows again: `keepRows` leaves the rows shown until the new ones arrive.
    void loadRows(bool keepRows);
    void showRows(bool allOfThem);
    void showLoadFailure(const QString &message);
    void updateLoadingState();

    Store *m_store = nullptr;
    ClientListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_locality = nullptr;
    QComboBox *m_worker = nullptr;
    QComboBox *m_cooperation = nullptr;
    QCheckBox *m_overdue = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_loadingState = nullptr;
    ClientListLoader *m_loader = nullptr;
    QString m_loadFailure;
    // Clients edited while the rows were read: read again once the rows arrive, as
    // the background read may have seen them before the edit.
    QSet<QUuid> m_refreshedWhileLoading;
    QUuid m_shown; // the card's client
    // Set while the list itself moves the selection, so the card is not told to
    // show a client it already shows.
    bool m_selectingQuietly = false;
    // The row the list brought into view, kept there while the list lays itself out
    // (a horizontal scroll bar appearing shrinks it) until the user scrolls.
    QPersistentModelIndex m_keptInView;
};

} // namespace teren
