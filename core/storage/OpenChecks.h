#pragma once

#include "StorageFailures.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace teren {

class Database;

// What is checked before Terén works on an existing database file, so that a file
// it should not write to is refused with a translated UnopenableFile (a reason the
// user can act on) before anything is written: every check here only reads.
class OpenChecks
{
    Q_DECLARE_TR_FUNCTIONS(OpenChecks)

public:
    struct Wanted
    {
        bool readOnly = false;
        bool exclusive = false;              // refuse a file another Terén holds
        bool acceptMissingWal = false;       // open a file whose WAL is gone as it is
    };

    // What the folder and the file look like, before a connection is opened.
    static void beforeConnecting(const QString &path, const Wanted &wanted);
    // Whether the last session left the file without closing it (see UseMarker); to
    // be asked before connecting, since connecting creates a new WAL.
    struct Traces
    {
        bool markerLeftBehind = false;
        bool walPresent = false;
    };
    static Traces tracesOf(const QString &path);
    // After connecting, still before writing: a WAL that should be there and is not.
    static void afterConnecting(Database &db, const Traces &traces, const Wanted &wanted);
    // SQLite's quick_check (b-tree structure, page and record formats; not index
    // contents): empty when the file passed. Errors while checking are problems too.
    static QStringList quickCheck(Database &db);
    // The same on a connection of its own (for a check in the background).
    static QStringList quickCheck(const QString &path);
    // Files this large are checked in the background (quick_check reads every page).
    static bool checkTakesLong(const QString &path);
    // The failure of any step of opening, as a reason to show.
    [[noreturn]] static void refuse(const QString &path, const SqliteFailure &failure);
    // `sealed`: an encrypted file, where any damage is a page that fails its seal.
    [[noreturn]] static void refuseDamaged(const QString &path, const QStringList &problems, bool sealed = false);
};

} // namespace teren
