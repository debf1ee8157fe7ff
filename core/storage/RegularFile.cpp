#include "RegularFile.h"

#include "Platform.h"

#include <QFile>

#include <algorithm>

namespace teren {

namespace {

QString tooLarge(qint64 maxBytes)
{
    return RegularFile::tr("it is larger than %1 MiB, more than Terén reads from a file of its kind")
        .arg(maxBytes >> 20 == 0 ? 1 : maxBytes >> 20);
}

} // namespace

QString RegularFile::open(QFile &file, qint64 maxBytes)
{
    // Opened without waiting (a pipe with no writer would block open() itself), then
    // looked at through the descriptor, so what is checked is what is read.
    const platform::OpenedFile opened = platform::openWithoutWaiting(file.fileName());
    if (opened.descriptor < 0)
        return opened.error;
    QString why;
    if (opened.kind == platform::OpenedFile::Kind::Folder)
        why = tr("it is a folder, not a file");
    else if (opened.kind != platform::OpenedFile::Kind::Regular)
        why = tr("it is not an ordinary file but a device, a pipe or a socket, which Terén does not read");
    else if (opened.size > maxBytes)
        why = tooLarge(maxBytes);
    else
        why = platform::makeReadsWait(opened.descriptor);
    if (why.isEmpty() && !file.open(opened.descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        why = file.errorString();
    if (!why.isEmpty())
        platform::closeDescriptor(opened.descriptor);
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
