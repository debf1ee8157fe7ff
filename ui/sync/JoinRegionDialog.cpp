#include "JoinRegionDialog.h"

#include "BundleFileEdit.h"
#include "WindowGeometry.h"

#include "CaseSession.h"
#include "domain/Error.h"
#include "store/Store.h"
#include "sync/Enrolment.h"
#include "sync/Keyring.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace teren {

JoinRegionDialog::JoinRegionDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_bundleLabel(new QLabel(this))
    , m_bundle(new BundleFileEdit(BundleFileEdit::Mode::Open, this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_join(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_bundleLabel->setBuddy(m_bundle);
    m_passphraseLabel->setBuddy(m_passphrase);
    auto *form = new QFormLayout;
    form->addRow(m_bundleLabel, m_bundle);
    form->addRow(m_passphraseLabel, m_passphrase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    WindowGeometry::manage(this, QSize(600, 280));

    connect(m_join, &QPushButton::clicked, this, &JoinRegionDialog::join);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JoinRegionDialog::reject);
    retranslate();
}

void JoinRegionDialog::setBundle(const QString &path)
{
    m_bundle->setPath(path);
}

void JoinRegionDialog::setPassphrase(const QString &passphrase)
{
    m_passphrase->setText(passphrase);
}

bool JoinRegionDialog::join()
{
    if (m_bundle->path().isEmpty()) {
        m_status->setText(tr("Choose the enrolment bundle from your coordinator."));
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString message;
    bool done = false;
    try {
        Store &store = m_session.store();
        BundleKey key;
        key.secretKey = Keyring(store).keys().secretKey;
        key.passphrase = m_passphrase->text().toUtf8();
        const Enrolment::Accepted accepted = Enrolment(store).accept(m_bundle->path(), key);
        // Not undoable: the laptop now belongs to the region (older undo steps stay valid).
        message = tr("Joined the region \"%1\" as %2: %n record(s) came in. Your bundles for the coordinator "
                     "are now trusted without exchanging keys.",
                     nullptr, static_cast<int>(accepted.counts.inserted))
                      .arg(accepted.regionName, accepted.workerName);
        done = true;
    } catch (const Error &error) {
        message = error.message();
    }
    QGuiApplication::restoreOverrideCursor();
    m_status->setText(message);
    if (done) {
        m_join->setEnabled(false);
        Q_EMIT joined();
    }
    return done;
}

void JoinRegionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void JoinRegionDialog::retranslate()
{
    setWindowTitle(tr("Join a region"));
    m_intro->setText(tr("Your coordinator gives you an enrolment bundle and tells you its passphrase in person. "
                        "Joining brings in the region's codelists, localities, workers, targets and your clients, "
                        "and this laptop then works in your name."));
    m_bundleLabel->setText(tr("&Enrolment bundle:"));
    m_bundle->setDialogTitle(tr("The enrolment bundle"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setPlaceholderText(tr("not needed when the bundle was made for this laptop's identity"));
    m_join->setText(tr("&Join"));
}

} // namespace teren
