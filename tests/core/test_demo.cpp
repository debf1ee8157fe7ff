#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "changes/EntityTable.h"
#include "demo/DemoGenerator.h"
#include "domain/Error.h"
#include "domain/Values.h"
#include "store/Repositories.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace teren;

namespace {

DemoOptions demoOptions(int clients, quint64 seed)
{
    DemoOptions options;
    options.clients = clients;
    options.seed = seed;
    return options;
}

double scalarDouble(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    return db.scalar(sql, bindings).toDouble();
}

int scalarInt(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    return db.scalar(sql, bindings).toInt();
}

double resolvedShare(Database &db, const QString &area)
{
    return scalarDouble(db, QStringLiteral("SELECT 1.0 * sum(area = ?) / count(*) FROM need WHERE status = 'resolved'"),
                        {area});
}

bool hasDiacritics(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() > 127; });
}

// The default demo region (1,300 clients, seed 1), generated once for the shape
// and validity tests.
struct DefaultRegion
{
    QTemporaryDir dir;
    QString path;
    DemoSummary summary;

    DefaultRegion()
    {
        path = dir.filePath(QStringLiteral("demo.sqlite"));
        summary = DemoGenerator::generate(path, DemoOptions());
    }

    static DefaultRegion &instance()
    {
        static DefaultRegion region;
        return region;
    }
};

} // namespace

TEST_CASE("the demo region is deterministic for a seed", "[demo]")
{
    QTemporaryDir dir;
    const auto dump = [&](const QString &name, quint64 seed) {
        const QString path = dir.filePath(name);
        DemoGenerator::generate(path, demoOptions(200, seed));
        std::unique_ptr<Store> store = Store::open(path);
        return test::canonicalDump(store->database(), true);
    };
    const QString first = dump(QStringLiteral("a.sqlite"), 7);
    const QString second = dump(QStringLiteral("b.sqlite"), 7);
    const QString other = dump(QStringLiteral("c.sqlite"), 8);
    CHECK(first.size() > 10000);
    CHECK(first == second);
    CHECK(first != other);
}

TEST_CASE("the demo region has the shape of the Karlovy Vary region's field work", "[demo]")
{
    DefaultRegion &region = DefaultRegion::instance();
    std::unique_ptr<Store> store = Store::open(region.path);
    Database &db = store->database();

    // What the generator says it wrote is what the file holds.
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM locality")) == region.summary.localities);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM provider")) == region.summary.providers);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM worker")) == region.summary.workers);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM client")) == region.summary.clients);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM locality")) == 17);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM locality WHERE name = ? AND district = ?"),
                    {QStringLiteral("Štítary"), QStringLiteral("Cheb")})
          == 1);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(DISTINCT district) FROM locality")) == 3);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM provider")) == 3);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM worker")) == 8);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM client")) == 1300);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(DISTINCT locality_id) FROM client")) == 17);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM client WHERE household_id IS NOT NULL")) > 300);
    // The author column varies: each worker's clients are written as that worker.
    CHECK(scalarInt(db, QStringLiteral("SELECT count(DISTINCT author) FROM client")) == 8);

    const int needs = scalarInt(db, QStringLiteral("SELECT count(*) FROM need"));
    CHECK(needs == region.summary.needs);
    CHECK(needs >= 2760 * 0.92);
    CHECK(needs <= 2760 * 1.08);

    const double resolved =
        scalarDouble(db, QStringLiteral("SELECT 1.0 * sum(status = 'resolved') / count(*) FROM need"));
    CHECK(resolved >= 0.52);
    CHECK(resolved <= 0.62);
    const double material = resolvedShare(db, QStringLiteral("material"));
    CHECK(material >= 0.20);
    CHECK(material <= 0.30);
    const double housing = resolvedShare(db, QStringLiteral("housing"));
    CHECK(housing >= 0.15);
    CHECK(housing <= 0.25);
    const double employment = resolvedShare(db, QStringLiteral("employment"));
    CHECK(employment >= 0.11);
    CHECK(employment <= 0.19);
    for (const char *status : {"open", "in_progress", "not_resolved", "dropped"})
        CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM need WHERE status = ?"), {QString::fromUtf8(status)})
              > 0);

    const double withinYear = scalarDouble(
        db, QStringLiteral("SELECT 1.0 * sum(julianday(end_on) - julianday(start_on) <= 365) / count(*) "
                           "FROM cooperation WHERE end_on IS NOT NULL"));
    CHECK(withinYear >= 0.62);
    CHECK(withinYear <= 0.76);
    CHECK(scalarInt(db, QStringLiteral("SELECT min(julianday(end_on) - julianday(start_on)) FROM cooperation "
                                       "WHERE end_on IS NOT NULL"))
          >= 14);

    CHECK(scalarInt(db, QStringLiteral("SELECT count(DISTINCT horizon) FROM goal")) == 3);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM goal WHERE target_on IS NULL")) == 0);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(DISTINCT responsible) FROM step")) == 3);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM step WHERE done_on IS NOT NULL")) > 0);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM step WHERE done_on IS NULL AND due_on < ?"),
                    {QStringLiteral("2026-10-31")})
          > 0);
    CHECK(scalarInt(db, QStringLiteral("SELECT count(DISTINCT place) FROM contact")) == 3);
    CHECK(db.scalar(QStringLiteral("SELECT min(contact_on) FROM contact")).toString() >= QStringLiteral("2024-12-01"));
    CHECK(db.scalar(QStringLiteral("SELECT max(contact_on) FROM contact")).toString() <= QStringLiteral("2026-10-31"));
    const int contacts = scalarInt(db, QStringLiteral("SELECT count(*) FROM contact"));
    CHECK(contacts == region.summary.contacts);
    CHECK(contacts >= 1300 * 7);
    CHECK(contacts <= 1300 * 13);

    Query names = db.prepare(QStringLiteral("SELECT given_name || family_name FROM client"));
    names.exec();
    int withDiacritics = 0;
    while (names.next())
        withDiacritics += hasDiacritics(names.value(0).toString()) ? 1 : 0;
    CHECK(withDiacritics > 1300 / 2);
}

TEST_CASE("every row of the demo region is valid", "[demo]")
{
    DefaultRegion &region = DefaultRegion::instance();
    std::unique_ptr<Store> store = Store::open(region.path);
    Database &db = store->database();

    Query check = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    check.exec();
    CHECK_FALSE(check.next());
    CHECK(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    // Open priorities run 1..n for every client.
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM (SELECT client_id FROM need "
                                       "WHERE status IN ('open', 'in_progress') GROUP BY client_id "
                                       "HAVING min(priority) <> 1 OR max(priority) <> count(*) "
                                       "OR count(DISTINCT priority) <> count(*))"))
          == 0);
    // Closed needs come after the open ones.
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM need c JOIN need o ON o.client_id = c.client_id "
                                       "WHERE c.status NOT IN ('open', 'in_progress') "
                                       "AND o.status IN ('open', 'in_progress') AND c.priority <= o.priority"))
          == 0);
    // Every insert was logged.
    CHECK(scalarInt(db, QStringLiteral("SELECT count(*) FROM change WHERE entity = 'contact'"))
          == region.summary.contacts);

    ClientRepository clients(*store);
    CooperationRepository cooperations(*store);
    NeedRepository needs(*store);
    PlanRepository plan(*store);
    ContactRepository contacts(*store);
    const QList<Client> sample = EntityTable<Client>::select(db, QStringLiteral("1 ORDER BY id LIMIT 100"));
    REQUIRE(sample.size() == 100);
    int checkedNeeds = 0;
    int checkedContacts = 0;
    for (const Client &client : sample) {
        CHECK_NOTHROW(clients.validate(client));
        for (const Cooperation &cooperation : cooperations.forClient(client.id))
            CHECK_NOTHROW(cooperations.validate(cooperation));
        QList<int> openPriorities;
        for (const Need &need : needs.forClient(client.id)) {
            CHECK_NOTHROW(needs.validate(need));
            ++checkedNeeds;
            if (need.isOpen())
                openPriorities.append(need.priority);
            for (const Goal &goal : plan.goalsForNeed(need.id)) {
                CHECK_NOTHROW(plan.validate(goal));
                for (const Step &step : plan.stepsForGoal(goal.id))
                    CHECK_NOTHROW(plan.validate(step));
            }
        }
        for (int i = 0; i < openPriorities.size(); ++i)
            CHECK(openPriorities.at(i) == i + 1);
        for (const Contact &contact : contacts.forClient(client.id)) {
            CHECK_NOTHROW(contacts.validate(contact));
            CHECK_FALSE(contact.interventions.isEmpty());
            ++checkedContacts;
        }
    }
    CHECK(checkedNeeds > 150);
    CHECK(checkedContacts > 500);
}

TEST_CASE("the demo generator refuses an existing file and cleans up when cancelled", "[demo]")
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("existing.sqlite"));
    test::writeFile(existing, "keep me");
    CHECK_THROWS_AS(DemoGenerator::generate(existing, demoOptions(10, 1)), teren::Error);
    CHECK(test::fileBytes(existing) == "keep me");

    const QString cancelled = dir.filePath(QStringLiteral("cancelled.sqlite"));
    DemoOptions options = demoOptions(500, 1);
    int calls = 0;
    options.progress = [&](int done, int total) {
        CHECK(total == 500);
        CHECK(done <= total);
        return ++calls < 3;
    };
    CHECK_THROWS_AS(DemoGenerator::generate(cancelled, options), teren::Error);
    CHECK(calls == 3);
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK_FALSE(QFile::exists(cancelled + QStringLiteral("-wal")));

    // Progress is reported about every 100 clients, ending at the total.
    const QString reported = dir.filePath(QStringLiteral("reported.sqlite"));
    QList<int> seen;
    options.progress = [&](int done, int) {
        seen.append(done);
        return true;
    };
    DemoGenerator::generate(reported, options);
    CHECK(scalarInt(Store::open(reported)->database(), QStringLiteral("SELECT count(*) FROM client")) == 500);
    CHECK(seen.size() >= 6);
    CHECK(seen.first() == 0);
    CHECK(seen.last() == 500);
}
