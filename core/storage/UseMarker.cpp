#include "UseMarker.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace teren {

namespace {

int openMarker(const QString &path, int flags)
{
    return ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC, 0600);
}

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

QByteArray readAll(int fd)
{
    QByteArray text;
    char buffer[512];
    ::lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0 && text.size() < 4096;)
        text.append(buffer, n);
    return text;
}

QString currentUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return QString::number(::getuid());
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
    const int fd = openMarker(pathFor(databasePath), O_RDONLY);
    if (fd < 0)
        return std::nullopt;
    std::optional<Holder> found;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        const Holder holder = parse(readAll(fd));
        if (holder.pid != ::getpid())
            found = holder;
    }
    ::close(fd);
    return found;
}

bool UseMarker::leftBehind(const QString &databasePath)
{
    const int fd = openMarker(pathFor(databasePath), O_RDONLY);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return free;
}

UseMarker::UseMarker(const QString &databasePath)
    : m_path(pathFor(databasePath))
{
    const int fd = openMarker(m_path, O_RDWR | O_CREAT);
    if (fd < 0)
        return; // a read-only folder: nobody learns who holds the file, nothing else changes
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return;
    }
    const QByteArray text = "user=" + currentUser().toUtf8() + "\nhost=" + QSysInfo::machineHostName().toUtf8()
        + "\nprogram=" + QCoreApplication::applicationName().toUtf8() + "\npid=" + QByteArray::number(::getpid())
        + "\nsince=" + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::write(fd, text.constData(), static_cast<size_t>(text.size())) != text.size()) {
        // A full disk: the marker stays empty; the lock alone still tells it is held.
    }
    m_fd = fd;
}

UseMarker::~UseMarker()
{
    if (m_fd < 0)
        return;
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
}

} // namespace teren
