#pragma once

#include <QByteArray>
#include <QString>

// The few things Terén asks of the operating system that Qt does not offer: opening
// a file without waiting on it, writing through to the disk, an advisory lock that
// ends with the process, and files readable by their owner only. Everything
// system-specific lives behind these functions, in Platform_posix.cpp (Linux and
// other POSIX systems) and Platform_windows.cpp; no other file of Terén includes a
// system header. Descriptors are C runtime file descriptors, as QFile::open(int)
// takes them.
namespace teren::platform {

// A file opened for reading without waiting (a FIFO without a writer would block
// open() itself), and what it turned out to be.
struct OpenedFile
{
    enum class Kind { Regular, Folder, Special };
    int descriptor = -1; // -1: not opened, `error` says why
    Kind kind = Kind::Regular;
    qint64 size = 0;
    QString error; // the system's reason, translated by Qt
};
OpenedFile openWithoutWaiting(const QString &path);
// Reads on the descriptor wait for data again, as QFile expects; the system's reason
// when they cannot, empty when done.
QString makeReadsWait(int descriptor);
void closeDescriptor(int descriptor);

// Writes what the file holds (for a folder: its entries) through to the disk; a
// path that cannot be opened is left alone.
void syncPathToDisk(const QString &path);
// The same for an open descriptor; false when the system reports a failure.
bool syncDescriptorToDisk(int descriptor);
// Replaces `to` with `from` in one step, also when `to` exists; false on failure.
bool replaceFile(const QString &from, const QString &to);

// The in-use marker beside a database (UseMarker): opened (created owner-only when
// `create`), locked without waiting under an advisory lock the system drops when the
// process ends, however it ends.
int openMarker(const QString &path, bool create);
enum class LockOutcome { Taken, HeldElsewhere, Failed };
LockOutcome tryLock(int descriptor, bool exclusive);
// Up to `maxBytes` from the start of the file.
QByteArray readFromStart(int descriptor, qint64 maxBytes);
// The file's content replaced by `text`; false when it could not be written.
bool replaceContent(int descriptor, const QByteArray &text);
// Removes the marker and closes it (in the order the system allows while its lock
// is held).
void removeAndClose(const QString &path, int descriptor);

// The account's number, for a user whose name the environment does not give.
QString accountNumber();

// From now on every file and folder this process creates is readable by its owner
// only (0600, folders 0700).
void restrictNewFilesToOwner();

} // namespace teren::platform
