#include "UseMarker.h"

#include "Platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

namespace teren {

namespace {

UseMarker::Holder parse(const QByteArray &text)
{
    UseMarker::Holder holder;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = line.left(equals);
        const QString value = QString::fromUtf8(line.mid(equals + 1));
        if (key == "user")
            holder.user = value;
        else if (key == "host")
            holder.host = value;
        else if (key == "program")
            holder.program = value;
        else if (key == "pid")
            holder.pid = value.toLongLong();
        else if (key == "since")
            holder.since = QDateTime::fromString(value, Qt::ISODate);
    }
    return holder;
}

QString currentUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return platform::accountNumber();
}

} // namespace

QString UseMarker::Holder::describe() const
{
    const QString time = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("UseMarker", "%1 on the computer %2 (%3, open since %4)")
        .arg(user, host, program, time);
}

std::optional<UseMarker::Holder> UseMarker::holder(const QString &databasePath)
{
    const int fd = platform::openMarker(pathFor(databasePath), false);
    if (fd < 0)
        return std::nullopt;
    std::optional<Holder> found;
    if (platform::tryLock(fd, false) == platform::LockOutcome::HeldElsewhere) {
        const Holder holder = parse(platform::readFromStart(fd, 4096));
        if (holder.pid != QCoreApplication::applicationPid())
            found = holder;
    }
    platform::closeDescriptor(fd);
    return found;
}

bool UseMarker::leftBehind(const QString &databasePath)
{
    const int fd = platform::openMarker(pathFor(databasePath), false);
    if (fd < 0)
        return false;
    const bool free = platform::tryLock(fd, true) == platform::LockOutcome::Taken;
    platform::closeDescriptor(fd);
    return free;
}

UseMarker::UseMarker(const QString &databasePath)
    : m_path(pathFor(databasePath))
{
    const int fd = platform::openMarker(m_path, true);
    if (fd < 0)
        return; // a read-only folder: nobody learns who holds the file, nothing else changes
    if (platform::tryLock(fd, true) != platform::LockOutcome::Taken) {
        platform::closeDescriptor(fd);
        return;
    }
    const QByteArray text = "user=" + currentUser().toUtf8() + "\nhost=" + QSysInfo::machineHostName().toUtf8()
        + "\nprogram=" + QCoreApplication::applicationName().toUtf8()
        + "\npid=" + QByteArray::number(QCoreApplication::applicationPid())
        + "\nsince=" + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n';
    if (!platform::replaceContent(fd, text)) {
        // A full disk: the marker stays empty; the lock alone still tells it is held.
    }
    m_fd = fd;
}

UseMarker::~UseMarker()
{
    if (m_fd < 0)
        return;
    platform::removeAndClose(m_path, m_fd);
}

} // namespace teren
