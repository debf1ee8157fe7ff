// The Windows side of Platform.h, through the C runtime's descriptors and Win32.
// NOT YET VERIFIED: it has been written to the documentation and never built or run
// on Windows (see docs/building-on-windows.md).
#include "Platform.h"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <io.h>
#include <share.h>
#include <sys/stat.h>
#include <windows.h>

namespace teren::platform {

namespace {

HANDLE handleOf(int descriptor)
{
    return reinterpret_cast<HANDLE>(_get_osfhandle(descriptor));
}

// The byte range the marker's lock covers: far past its text, because Windows locks
// are mandatory and would otherwise keep other programs from reading who holds it.
constexpr DWORD lockOffsetHigh = 0x7fffffff;

} // namespace

OpenedFile openWithoutWaiting(const QString &path)
{
    OpenedFile opened;
    // Windows has no FIFOs in the file system to block on, so a plain open does not wait.
    const int descriptor = _wsopen(reinterpret_cast<const wchar_t *>(path.utf16()), _O_RDONLY | _O_BINARY | _O_NOINHERIT,
                                   _SH_DENYNO, 0);
    if (descriptor < 0) {
        opened.error = qt_error_string(errno);
        return opened;
    }
    struct _stat64 status = {};
    if (_fstat64(descriptor, &status) != 0) {
        opened.error = qt_error_string(errno);
        _close(descriptor);
        return opened;
    }
    opened.descriptor = descriptor;
    opened.kind = (status.st_mode & _S_IFDIR)   ? OpenedFile::Kind::Folder
                  : (status.st_mode & _S_IFREG) ? OpenedFile::Kind::Regular
                                                : OpenedFile::Kind::Special;
    opened.size = status.st_size;
    return opened;
}

QString makeReadsWait(int)
{
    return {}; // reads on Windows descriptors always wait
}

void closeDescriptor(int descriptor)
{
    _close(descriptor);
}

void syncPathToDisk(const QString &path)
{
    // A folder's entries are in NTFS's journal once the rename returns; only files
    // are flushed.
    const HANDLE file = CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), GENERIC_WRITE,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                    FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return;
    FlushFileBuffers(file);
    CloseHandle(file);
}

bool syncDescriptorToDisk(int descriptor)
{
    return FlushFileBuffers(handleOf(descriptor)) != 0;
}

bool replaceFile(const QString &from, const QString &to)
{
    return MoveFileExW(reinterpret_cast<const wchar_t *>(from.utf16()), reinterpret_cast<const wchar_t *>(to.utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
        != 0;
}

int openMarker(const QString &path, bool create)
{
    return _wsopen(reinterpret_cast<const wchar_t *>(path.utf16()),
                   (create ? _O_RDWR | _O_CREAT : _O_RDONLY) | _O_BINARY | _O_NOINHERIT, _SH_DENYNO,
                   _S_IREAD | _S_IWRITE);
}

LockOutcome tryLock(int descriptor, bool exclusive)
{
    OVERLAPPED at = {};
    at.OffsetHigh = lockOffsetHigh;
    const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    if (LockFileEx(handleOf(descriptor), flags, 0, 1, 0, &at))
        return LockOutcome::Taken;
    return GetLastError() == ERROR_LOCK_VIOLATION ? LockOutcome::HeldElsewhere : LockOutcome::Failed;
}

QByteArray readFromStart(int descriptor, qint64 maxBytes)
{
    QByteArray text;
    char buffer[512];
    _lseeki64(descriptor, 0, SEEK_SET);
    for (int n; (n = _read(descriptor, buffer, sizeof buffer)) > 0 && text.size() < maxBytes;)
        text.append(buffer, n);
    return text;
}

bool replaceContent(int descriptor, const QByteArray &text)
{
    return _chsize_s(descriptor, 0) == 0 && _lseeki64(descriptor, 0, SEEK_SET) == 0
        && _write(descriptor, text.constData(), static_cast<unsigned>(text.size())) == text.size();
}

void removeAndClose(const QString &path, int descriptor)
{
    // Windows does not remove a file that is open: closed (which drops the lock) first.
    _close(descriptor);
    DeleteFileW(reinterpret_cast<const wchar_t *>(path.utf16()));
}

QString accountNumber()
{
    return {}; // USERNAME is always set on Windows
}

void restrictNewFilesToOwner()
{
    // Windows has no umask: files inherit the permissions of their folder, and a
    // user's profile folder is readable by that user (and administrators) only.
}

} // namespace teren::platform
