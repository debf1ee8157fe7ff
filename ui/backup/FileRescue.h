#pragma once

#include "UnopenableFileDialog.h"

#include "storage/SecretKey.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace teren {

class PassphrasePrompt;

// The ways out of a file Terén would not open for work (UnopenableFileDialog), and
// restoring a backup in the place of a file: both end with a file opened, or with
// nothing changed. The window gives the dialogs (tests answer them).
class FileRescue
{
    Q_DECLARE_TR_FUNCTIONS(FileRescue)

public:
    struct Hooks
    {
        std::function<UnopenableFileDialog::WayOut(UnopenableFileDialog &)> askWayOut;
        // Runs a passphrase prompt; whether it was accepted.
        std::function<bool(PassphrasePrompt &)> askPassphrase;
        std::function<void(const QString &)> inform;
    };

    FileRescue(QWidget *parent, Hooks hooks) : m_parent(parent), m_hooks(std::move(hooks)) {}

    // `problem` refused `path` opened with `options`: asks what to do and does it.
    // The store opened (null: cancelled). Throws a translated Error.
    std::unique_ptr<Store> rescue(const QString &path, const UnopenableFile &problem, StoreOptions options);
    // Puts `backup` in the place of the closed file `path` and opens it. `key`: the
    // database key when the caller holds it (the file was open); else the backup's
    // passphrase is asked for. Null when the prompt was cancelled.
    std::unique_ptr<Store> restore(const QString &path, const QString &backup, std::shared_ptr<const SecretKey> key,
                                   StoreOptions options);
    // Opens `path` (asking for its passphrase when it is encrypted and not unlocked).
    std::unique_ptr<Store> open(const QString &path, StoreOptions options);

    // Where a salvaged copy of `path` goes: beside it, named for the moment.
    static QString salvagePath(const QString &path, const QDateTime &now);

private:
    std::shared_ptr<const SecretKey> keyOf(const QString &path);

    QWidget *m_parent;
    Hooks m_hooks;
};

} // namespace teren
