// The POSIX side of Platform.h: Linux, and any system with open(2), flock(2) and umask(2).
#include "Platform.h"

#include <QFile>

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace teren::platform {

OpenedFile openWithoutWaiting(const QString &path)
{
    OpenedFile opened;
    const int descriptor =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (descriptor < 0) {
        opened.error = qt_error_string(errno);
        return opened;
    }
    // Looked at through the descriptor, so what is checked is what is read.
    struct stat status = {};
    if (::fstat(descriptor, &status) != 0) {
        opened.error = qt_error_string(errno);
        ::close(descriptor);
        return opened;
    }
    opened.descriptor = descriptor;
    opened.kind = S_ISDIR(status.st_mode)   ? OpenedFile::Kind::Folder
                  : S_ISREG(status.st_mode) ? OpenedFile::Kind::Regular
                                            : OpenedFile::Kind::Special;
    opened.size = status.st_size;
    return opened;
}

QString makeReadsWait(int descriptor)
{
    const int flags = ::fcntl(descriptor, F_GETFL);
    if (flags >= 0 && ::fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0)
        return {};
    return qt_error_string(errno);
}

void closeDescriptor(int descriptor)
{
    ::close(descriptor);
}

void syncPathToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

bool syncDescriptorToDisk(int descriptor)
{
    return ::fsync(descriptor) == 0;
}

bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

int openMarker(const QString &path, bool create)
{
    return ::open(QFile::encodeName(path).constData(), (create ? O_RDWR | O_CREAT : O_RDONLY) | O_CLOEXEC, 0600);
}

LockOutcome tryLock(int descriptor, bool exclusive)
{
    if (::flock(descriptor, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0)
        return LockOutcome::Taken;
    return errno == EWOULDBLOCK ? LockOutcome::HeldElsewhere : LockOutcome::Failed;
}

QByteArray readFromStart(int descriptor, qint64 maxBytes)
{
    QByteArray text;
    char buffer[512];
    ::lseek(descriptor, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(descriptor, buffer, sizeof buffer)) > 0 && text.size() < maxBytes;)
        text.append(buffer, n);
    return text;
}

bool replaceContent(int descriptor, const QByteArray &text)
{
    return ::ftruncate(descriptor, 0) == 0
        && ::write(descriptor, text.constData(), static_cast<size_t>(text.size())) == text.size();
}

void removeAndClose(const QString &path, int descriptor)
{
    // Removed while still locked: no other process can take the old file's lock
    // between the two steps.
    ::unlink(QFile::encodeName(path).constData());
    ::close(descriptor);
}

QString accountNumber()
{
    return QString::number(::getuid());
}

void restrictNewFilesToOwner()
{
    ::umask(S_IRWXG | S_IRWXO);
}

} // namespace teren::platform
