#pragma once

#include "changes/Clock.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace teren::test {

// 2026-11-02 09:00 UTC: tests pin time so stamps, ids and "today" are repeatable.
constexpr qint64 pinnedMs = 1793610000000;

// A temporary folder with a fresh database in it, on a pinned clock and seeded ids.
class Fixture
{
public:
    Fixture();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Store &store() { return *m_store; }
    FixedClock &clock() { return m_clock; }
    std::unique_ptr<Store> reopen();
    // Hands the open store over (to a CaseSession, say); store() is unusable after.
    std::unique_ptr<Store> takeStore() { return std::move(m_store); }
    StoreOptions options();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{pinnedMs};
    std::unique_ptr<Store> m_store;
};

// A demo region of `clients` clients written to demo.sqlite in `dir` (under
// `passphrase` when one is given); returns its path.
QString demoFile(const QTemporaryDir &dir, int clients, const QString &passphrase = {});

QByteArray fileBytes(const QString &path);
// Every table's live and deleted rows in key order, as text: equal dumps mean equal
// logical content.
QString canonicalDump(Database &db, bool includeChangeLog = false);
// The replicated state as text: every synced row, the contact links, the conflicts
// and the change log in stamp order, with the verdict on each change; nothing local to one file (sequence numbers,
// peers, imported bundles, CSV references). Two replicas that hold the same changes
// give the same text.
QString replicatedState(Database &db);
void writeFile(const QString &path, const QByteArray &content);

} // namespace teren::test
