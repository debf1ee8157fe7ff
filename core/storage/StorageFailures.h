#pragma once

#include "domain/Error.h"

namespace teren {

// A failed SQLite call, with SQLite's (extended) result code, for callers that act on
// the kind of failure (opening a file, a backup) rather than only show it.
class SqliteFailure : public StorageError
{
public:
    SqliteFailure(QString message, int code) : StorageError(std::move(message)), m_code(code) {}
    int code() const noexcept { return m_code; }
    int primaryCode() const noexcept { return m_code & 0xff; }

private:
    int m_code;
};

// Why a database file could not be opened for work, so the user can be offered a
// way out: the latest good backup (whenever there is one), opening the file
// read-only, or salvaging what still reads into a new file.
class UnopenableFile : public StorageError
{
public:
    enum class Reason {
        Empty,          // 0 bytes: a copy cut short, or not a database at all
        NotADatabase,   // not SQLite, or SQLite but not Terén's
        Damaged,        // a page fails SQLite's checks or its seal
        NewerVersion,   // written by a newer Terén
        InUse,          // held by another Terén
        ReadOnlyFile,   // the file cannot be written
        ReadOnlyFolder, // the folder cannot be written (SQLite creates files beside it)
        DiskFull,       // no space for what opening writes (the WAL, a migration)
        MissingWal,     // the last session did not close it, and its -wal is gone
    };

    UnopenableFile(Reason reason, QString message) : StorageError(std::move(message)), m_reason(reason) {}
    Reason reason() const noexcept { return m_reason; }

    // The file may still be read as it is.
    bool canOpenReadOnly() const noexcept
    {
        return m_reason == Reason::ReadOnlyFile || m_reason == Reason::ReadOnlyFolder || m_reason == Reason::InUse
            || m_reason == Reason::DiskFull;
    }
    // What still reads may be copied into a new file.
    bool canSalvage() const noexcept { return m_reason == Reason::Damaged || m_reason == Reason::MissingWal; }

private:
    Reason m_reason;
};

} // namespace teren
