#include "InstallationsDialog.h"

#include "sync/Enrolment.h"

#include "CaseSession.h"
#include "domain/Error.h"
#include "Formats.h"
#include "InlineError.h"
#include "WindowGeometry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace teren {

InstallationsDialog::InstallationsDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_confirm([this](const QString &question) {
        return QMessageBox::warning(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_error(newErrorLabel(QStringLiteral("installationError"), this))
    , m_revoke(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("installations"));
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_revoke->setObjectName(QStringLiteral("revoke"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    WindowGeometry::manage(this, QSize(760, 420));

    connect(m_revoke, &QPushButton::clicked, this, &InstallationsDialog::revokeSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &InstallationsDialog::updateButtons);
    retranslate();
}

void InstallationsDialog::reload()
{
    m_peers = Enrolment(m_session.store()).installations();
    m_list->clear();
    for (const Peer &peer : std::as_const(m_peers)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, peer.name.isEmpty() ? peer.replica.toString(QUuid::WithoutBraces) : peer.name);
        item->setToolTip(0, peer.replica.toString(QUuid::WithoutBraces));
        item->setText(1, peer.workerName.isEmpty() ? tr("not enrolled here") : peer.workerName);
        item->setText(2, peer.revokedOn.isValid()
                             ? tr("revoked on %1").arg(Formats::shortDate(peer.revokedOn))
                             : tr("trusted since %1").arg(Formats::shortDate(peer.trustedOn)));
        item->setText(3, Peers::versionText(peer));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

bool InstallationsDialog::revokeSelected()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_peers.size() || m_peers.at(row).revokedOn.isValid())
        return false;
    const Peer peer = m_peers.at(row);
    const QString question =
        peer.workerName.isEmpty()
            ? tr("Refuse every bundle from \"%1\" from now on? Those imported before stay.").arg(peer.name)
            : tr("Refuse every bundle from \"%1\", the laptop of %2, from now on? Those imported before stay. "
                 "Enrol %2's new laptop afterwards.")
                  .arg(peer.name, peer.workerName);
    if (!m_confirm(question))
        return false;
    try {
        Peers(m_session.store()).revoke(peer.replica);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->setVisible(true);
        return false;
    }
    m_error->setVisible(false);
    reload();
    return true;
}

void InstallationsDialog::updateButtons()
{
    const int row = m_list->currentIndex().row();
    m_revoke->setEnabled(row >= 0 && row < m_peers.size() && !m_peers.at(row).revokedOn.isValid());
}

void InstallationsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void InstallationsDialog::retranslate()
{
    setWindowTitle(tr("Installations"));
    m_intro->setText(tr("The installations whose bundles this file accepts. Revoke a lost or stolen laptop: its "
                        "bundles are refused from then on, and its enrolment cannot be used again. Trusting its "
                        "identity file anew lifts the revocation."));
    m_list->setHeaderLabels({tr("Installation"), tr("Enrolled for"), tr("Status"), tr("Version")});
    m_revoke->setText(tr("&Revoke…"));
    m_close->setText(tr("Close"));
    reload();
}

} // namespace teren
