#pragma once

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace teren {

class ClientListModel;
class Store;

// The caseload: search as you type (diacritics optional) and filters by locality,
// worker, cooperation and overdue steps.
class ClientListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClientListPanel(QWidget *parent = nullptr);

    void setStore(Store *store);
    void refreshClient(const QUuid &clientId);
    void selectClient(const QUuid &clientId);
    QUuid currentClient() const;
    // Puts the cursor in the search with its text selected, ready to type over.
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    ClientListModel *model() const { return m_model; }

Q_SIGNALS:
    void clientActivated(const QUuid &clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilterChoices();
    void updateFilter();
    void updateCount();

    Store *m_store = nullptr;
    ClientListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_locality = nullptr;
    QComboBox *m_worker = nullptr;
    QComboBox *m_cooperation = nullptr;
    QCheckBox *m_overdue = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    // Set while the list itself moves the selection, so the card is not told to
    // show a client it already shows.
    bool m_selectingQuietly = false;
};

} // namespace teren
