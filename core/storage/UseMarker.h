#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace teren {

// FILE.in-use beside a database while a Terén program has it open: who has it
// (user, computer, program, since when), held under an advisory lock (flock) that the
// system drops when the program ends, however it ends. It tells another Terén who
// holds the file, and tells the next open that the last session ended without
// closing the file (the marker is there but nobody holds it).
class UseMarker
{
public:
    struct Holder
    {
        QString user;
        QString host;
        QString program;
        qint64 pid = 0;
        QDateTime since;

        QString describe() const; // translated: "Jana on laptop-7 (Terén, since 14:05)"
    };

    static QString pathFor(const QString &databasePath) { return databasePath + QStringLiteral(".in-use"); }
    // Another live process that holds the marker (not this one).
    static std::optional<Holder> holder(const QString &databasePath);
    // A marker nobody holds: the program that wrote it ended without closing the file.
    static bool leftBehind(const QString &databasePath);

    // Takes the marker when nobody else holds it; released (and removed) when destroyed.
    explicit UseMarker(const QString &databasePath);
    ~UseMarker();
    UseMarker(const UseMarker &) = delete;
    UseMarker &operator=(const UseMarker &) = delete;

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace teren
