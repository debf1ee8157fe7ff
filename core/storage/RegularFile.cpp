#include "RegularFile.h"

#include <QFile>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace teren {

namespace {

QString tooLarge(qint64 maxBytes)
{
    return RegularFile::tr("it is larger than %1 MiB, more than Terén reads from a file of its kind")
        .arg(maxBytes >> 20 == 0 ? 1 : maxBytes >> 20);
}

// Reads on the descriptor wait for data again, as QFile expects.
bool readsBlocking(int descriptor)
{
    const int flags = ::fcntl(descriptor, F_GETFL);
    return flags >= 0 && ::fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0;
}

} // namespace

QString RegularFile::open(QFile &file, qint64 maxBytes)
{
    // Opened without waiting (a pipe with no writer would block open() itself), then
    // looked at through the descriptor, so what is checked is what is read.
    const QByteArray path = QFile::encodeName(file.fileName());
    const int descriptor = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (descriptor < 0)
        return qt_error_string(errno);
    struct stat status = {};
    QString why;
    if (::fstat(descriptor, &status) != 0)
        why = qt_error_string(errno);
    else if (S_ISDIR(status.st_mode))
        why = tr("it is a folder, not a file");
    else if (!S_ISREG(status.st_mode))
        why = tr("it is not an ordinary file but a device, a pipe or a socket, which Terén does not read");
    else if (status.st_size > maxBytes)
        why = tooLarge(maxBytes);
    else if (!readsBlocking(descriptor))
        why = qt_error_string(errno);
    if (why.isEmpty() && !file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        why = file.errorString();
    if (!why.isEmpty())
        ::close(descriptor);
    return why;
}

std::optional<QByteArray> RegularFile::read(const QString &path, qint64 maxBytes, QString &why)
{
    QFile file(path);
    why = open(file, maxBytes);
    if (!why.isEmpty())
        return std::nullopt;
    // A file may be longer than its size said (one still being written, or one the
    // system makes up as it is read): it is read in blocks, never past the limit.
    constexpr qint64 block = qint64(1) << 20;
    QByteArray content;
    content.reserve(static_cast<qsizetype>(std::min(file.size(), maxBytes)));
    for (;;) {
        const qsizetype at = content.size();
        const qint64 want = std::min(block, maxBytes + 1 - at);
        content.resize(at + want);
        const qint64 got = file.read(content.data() + at, want);
        if (got < 0) {
            why = file.errorString();
            return std::nullopt;
        }
        content.resize(at + got);
        if (got == 0)
            return content;
        if (content.size() > maxBytes) {
            why = tooLarge(maxBytes);
            return std::nullopt;
        }
    }
}

} // namespace teren
