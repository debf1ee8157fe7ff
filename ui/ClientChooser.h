#pragma once

#include <QDialog>
#include <QList>
#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace teren {

class Store;

// Picks clients from the caseload: a search as you type and a check box per client.
class ClientChooserDialog : public QDialog
{
    Q_OBJECT

public:
    // `excluded`: a client not offered (the card's own, say).
    ClientChooserDialog(Store &store, const QList<QUuid> &chosen, const QUuid &excluded, QWidget *parent = nullptr);
    QList<QUuid> chosen() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *search() const { return m_search; }

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QListWidget *m_list;
};

// The clients of a record besides the one it starts from, in one line: their names and
// a button that opens the chooser.
class ClientsField : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsField(QWidget *parent = nullptr);

    void setStore(Store *store) { m_store = store; }
    void setExcluded(const QUuid &client) { m_excluded = client; }
    void setClients(const QList<QUuid> &clients);
    const QList<QUuid> &clients() const { return m_clients; }
    QPushButton *button() const { return m_choose; }
    // Opens the chooser (modal) and takes what was chosen.
    void choose();
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    Store *m_store = nullptr;
    QUuid m_excluded;
    QList<QUuid> m_clients;
    QLabel *m_names;
    QPushButton *m_choose;
};

} // namespace teren
