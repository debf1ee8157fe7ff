#pragma once

#include <QCoreApplication>
#include <QString>

namespace teren {

class Database;

// Forward-only migrations keyed by PRAGMA user_version. Each runs in its own
// transaction; a file newer than this build is refused before anything is written.
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
    // Returns true when the file was empty and has been created.
    static bool migrate(Database &db);
};

} // namespace teren
