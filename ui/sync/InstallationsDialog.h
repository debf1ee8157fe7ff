#pragma once

#include "sync/Peers.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace teren {

class CaseSession;

// The installations whose bundles this file accepts, with the worker each was
// enrolled for; a lost or stolen laptop is revoked here, after a confirmation, so
// its bundles are refused from then on.
class InstallationsDialog : public QDialog
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &question)>;

    InstallationsDialog(CaseSession &session, QWidget *parent = nullptr);

    // Tests answer the confirmation themselves.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QTreeWidget *list() const { return m_list; }
    // Revokes the selected installation; false when nothing was revoked.
    bool revokeSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateButtons();
    void retranslate();

    CaseSession &m_session;
    Confirm m_confirm;
    QList<Peer> m_peers;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_error;
    QPushButton *m_revoke;
    QPushButton *m_close;
};

} // namespace teren
