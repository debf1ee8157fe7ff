#include "DurableFiles.h"

#include "Platform.h"

#include "domain/Error.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>

namespace teren {

void DurableFiles::syncToDisk(const QString &path)
{
    platform::syncPathToDisk(path);
}

void DurableFiles::replace(const QString &from, const QString &to)
{
    if (!platform::replaceFile(from, to))
        throw StorageError(tr("Could not rename %1 to %2.").arg(from, to));
    syncToDisk(QFileInfo(to).absolutePath());
}

void DurableFiles::copy(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        throw StorageError(tr("Could not read %1: %2").arg(from, in.errorString()));
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw StorageError(tr("Could not create %1: %2").arg(to, out.errorString()));
    const auto fail = [&](const QString &reason) {
        out.close();
        QFile::remove(to);
        throw StorageError(reason);
    };
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1 << 20);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
            fail(tr("Could not read %1: %2").arg(from, in.errorString()));
        if (out.write(buffer) != buffer.size() || !out.flush()) {
            if (errno == ENOSPC || out.error() == QFileDevice::ResourceError)
                fail(tr("The disk is full: %1 could not be written. Free some space and try again.").arg(to));
            fail(tr("Could not write %1: %2").arg(to, out.errorString()));
        }
    }
    if (!platform::syncDescriptorToDisk(out.handle()))
        fail(tr("Could not write %1 to the disk.").arg(to));
    out.close();
    syncToDisk(QFileInfo(to).absolutePath());
}

QStringList DurableFiles::companionSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

void DurableFiles::removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : companionSuffixes())
        QFile::remove(path + suffix);
}

} // namespace teren
