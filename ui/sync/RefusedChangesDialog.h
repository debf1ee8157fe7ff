#pragma once

#include "sync/RefusedChanges.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace teren {

class CaseSession;

// The coordinator's review of the changes the region's rules refused: when, from
// which installation, as which worker, about which client, what was written and why.
// One that was right after all is accepted, after a confirmation; an erasure request
// accepted is the erasure, confirmed. Acceptance is not undoable.
class RefusedChangesDialog : public QDialog
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &question)>;

    explicit RefusedChangesDialog(CaseSession &session, QWidget *parent = nullptr);

    // Tests answer the confirmation themselves.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QTreeWidget *list() const { return m_list; }
    QPushButton *acceptButton() const { return m_accept; }
    QLabel *status() const { return m_status; }
    // Accepts the selected change after the confirmation; false when nothing was accepted.
    bool acceptSelected();
    void reload();

Q_SIGNALS:
    // A change was accepted: what the window shows may have changed.
    void databaseChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    QString whatWasWritten(const RefusedChange &change) const;
    QString clientName(const RefusedChange &change) const;

    CaseSession &m_session;
    Confirm m_confirm;
    QList<RefusedChange> m_changes;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_details;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_accept;
    QPushButton *m_close;
};

} // namespace teren
