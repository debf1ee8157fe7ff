#include "FileRescue.h"

#include "Settings.h"
#include "lock/PassphrasePrompt.h"

#include "domain/Error.h"
#include "i18n/Dates.h"
#include "storage/Backups.h"
#include "storage/EncryptedVfs.h"
#include "sync/Recovery.h"

#include <QDir>
#include <QFileInfo>
#include <QCursor>
#include <QGuiApplication>

namespace teren {

QString FileRescue::salvagePath(const QString &path, const QDateTime &now)
{
    const QFileInfo file(path);
    return file.absoluteDir().filePath(QStringLiteral("%1-salvaged-%2.sqlite")
                                           .arg(file.completeBaseName(), now.toString(QStringLiteral("yyyyMMdd-HHmm"))));
}

std::shared_ptr<const SecretKey> FileRescue::keyOf(const QString &path)
{
    if (!Store::isEncrypted(path))
        return nullptr;
    PassphrasePrompt prompt(path, m_parent);
    prompt.setUnlockOnly(true);
    if (!m_hooks.askPassphrase(prompt))
        return nullptr;
    return prompt.takeKey();
}

std::unique_ptr<Store> FileRescue::open(const QString &path, StoreOptions options)
{
    if (!Store::isEncrypted(path) || EncryptedVfs::isUnlocked(path))
        return Store::open(path, options);
    PassphrasePrompt prompt(path, m_parent);
    prompt.setOptions(options);
    if (!m_hooks.askPassphrase(prompt))
        return nullptr;
    return prompt.takeStore();
}

std::unique_ptr<Store> FileRescue::rescue(const QString &path, const UnopenableFile &problem, StoreOptions options)
{
    const std::optional<BackupFile> latest = Backups(path, Settings::backupFolder()).latest();
    // With no way out to offer, the reason alone is the message.
    if (!latest && !problem.canOpenReadOnly() && !problem.canSalvage()
        && problem.reason() != UnopenableFile::Reason::MissingWal)
        throw problem;
    const QString backup = latest ? tr("%1 (%2)").arg(Dates::shortDateTime(latest->taken.toLocalTime()),
                                                      QDir::toNativeSeparators(latest->path))
                                  : QString();
    UnopenableFileDialog dialog(path, problem, backup, m_parent);
    switch (m_hooks.askWayOut(dialog)) {
    case UnopenableFileDialog::WayOut::Cancel:
        return nullptr;
    case UnopenableFileDialog::WayOut::OpenReadOnly:
        options.readOnly = true;
        options.exclusive = false;
        return open(path, options);
    case UnopenableFileDialog::WayOut::OpenAsItIs:
        options.acceptMissingWal = true;
        return open(path, options);
    case UnopenableFileDialog::WayOut::RestoreLatestBackup:
        return restore(path, latest->path, nullptr, options);
    case UnopenableFileDialog::WayOut::Salvage:
        break;
    }
    std::shared_ptr<const SecretKey> key = keyOf(path);
    if (Store::isEncrypted(path) && !key)
        return nullptr;
    const QString target = salvagePath(path, QDateTime::currentDateTime());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Recovery::Salvaged salvaged;
    try {
        salvaged = Recovery::salvage(path, target, options, key);
    } catch (...) {
        QGuiApplication::restoreOverrideCursor();
        throw;
    }
    QGuiApplication::restoreOverrideCursor();
    m_hooks.inform(tr("What could be read of %1 was copied into %2:\n\n%3\nThe damaged file was left as it is.")
                       .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(target), salvaged.report.toText()));
    if (key) {
        EncryptedVfs::unlock(target, key);
        options.lockWhenClosed = true;
    }
    return Store::open(target, options);
}

std::unique_ptr<Store> FileRescue::restore(const QString &path, const QString &backup,
                                           std::shared_ptr<const SecretKey> key, StoreOptions options)
{
    if (!key) {
        key = keyOf(backup);
        if (Store::isEncrypted(backup) && !key)
            return nullptr;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Recovery::Restored restored;
    try {
        restored = Recovery::restore(path, backup, options, key);
    } catch (...) {
        QGuiApplication::restoreOverrideCursor();
        throw;
    }
    QGuiApplication::restoreOverrideCursor();
    m_hooks.inform(tr("The backup %1 was restored. The file it replaced is kept as %2.\n\nThis computer now counts "
                      "as a new installation: its next bundle tells the coordinator that it continues the old one.")
                       .arg(QFileInfo(backup).fileName(), QDir::toNativeSeparators(restored.keptAside)));
    if (key && Store::isEncrypted(path)) {
        EncryptedVfs::unlock(path, key);
        options.lockWhenClosed = true;
    }
    return Store::open(path, options);
}

} // namespace teren
