#pragma once

#include <QCoreApplication>
#include <QString>

namespace teren {

class Database;

// Forward-only migrations keyed by PRAGMA user_version. Each runs in its own
// transaction; a file newer than this build is refused before anything is written,
// naming the Terén that wrote it when the file records it.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    static constexpr int applicationId = 0x5445524e; // "TERN"

    static int latestVersion();
    static int versionOf(Database &db);
    static bool needsMigration(Database &db) { return versionOf(db) < latestVersion(); }
    // Throws StorageError for a newer schema or a foreign SQLite file.
    static void checkCompatible(Database &db);
    // Returns true when the file was empty and has been created. Each step also
    // records this Terén's version in the meta table (appVersionKey()).
    static bool migrate(Database &db);
    // The same, up to `version` only (at most latestVersion()): a file as an
    // earlier Terén left it.
    static bool migrateTo(Database &db, int version);
    // The Terén that last brought the file to a newer data format; empty when the
    // file does not say (written before Teréns recorded it).
    static QString recordedAppVersion(Database &db);
    static QString appVersionKey() { return QStringLiteral("app_version"); }
};

} // namespace teren
