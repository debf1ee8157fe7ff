// Statistical bundles: a snapshot of one region without identities that replaces the
// region's previous snapshot in a statistical database, and the report on it.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "report/ReportBuilder.h"
#include "report/ReportFormat.h"
#include "storage/Database.h"
#include "store/Repositories.h"
#include "store/Store.h"
#include "sync/Bundle.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/StatisticalScope.h"
#include "sync/StatisticalSnapshot.h"

#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace teren;
using namespace Qt::StringLiterals;

namespace {

const QByteArray passphrase = QByteArrayLiteral("kavárna u nádraží");

std::unique_ptr<Store> demoRegion(const QString &path, int clients, quint64 seed)
{
    DemoOptions options;
    options.clients = clients;
    options.seed = seed;
    DemoGenerator::generate(path, options);
    return Store::open(path);
}

std::unique_ptr<Store> statisticalDatabase(const QString &path)
{
    auto store = Store::create(path);
    StatisticalScope::makeStatisticalDatabase(*store);
    return store;
}

ExportSummary exportSnapshot(Store &region, const QString &path)
{
    ExportOptions options;
    options.lock.passphrase = passphrase;
    options.lock.fastKdfForTests = true;
    options.statistical = true;
    return Exporter(region).exportTo(path, options);
}

ImportReport importInto(Store &statistics, const QString &path)
{
    ImportOptions options;
    options.key.passphrase = passphrase;
    options.acceptNewSenders = true;
    return Importer(statistics).importFrom(path, options);
}

// Every record of the bundle, decrypted, as it was encoded.
QByteArray plaintextOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    BundleReader reader(file);
    CHECK(reader.header().kind == BundleKind::StatisticalSnapshot);
    BundleKey key;
    key.passphrase = passphrase;
    reader.unlock(key);
    QByteArray plaintext;
    while (const std::optional<QCborMap> record = reader.next())
        plaintext += QCborValue(*record).toCbor();
    return plaintext;
}

QVariantList values(Store &store, const QString &sql)
{
    QVariantList result;
    Query query = store.database().prepare(sql);
    query.exec();
    while (query.next())
        result.append(query.value(0));
    return result;
}

qint64 count(Store &store, const QString &sql)
{
    return store.database().scalar(sql).toLongLong();
}

ReportFilter demoPeriod()
{
    ReportFilter filter;
    filter.from = QDate(2024, 10, 1);
    filter.to = QDate(2026, 10, 31);
    return filter;
}

QJsonObject reportJson(Store &store, const ReportFilter &filter)
{
    return toJsonObject(computeReport(store.database(), filter));
}

// The source's report with each locality and provider id written as the pseudonym
// the statistical database knows it by.
QByteArray withPseudonyms(Store &source, const QJsonObject &report)
{
    QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Compact);
    const Pseudonyms pseudonyms(source);
    for (const QString &table : {u"locality"_s, u"provider"_s}) {
        for (const QVariant &id : values(source, QStringLiteral("SELECT id FROM %1").arg(table))) {
            const QByteArray from = QUuid::fromRfc4122(id.toByteArray()).toString(QUuid::WithoutBraces).toUtf8();
            const QByteArray to =
                QUuid::fromRfc4122(pseudonyms.of(id.toByteArray())).toString(QUuid::WithoutBraces).toUtf8();
            json.replace(from, to);
        }
    }
    return json;
}

// Coverage lists every locality with residents whatever the filters, so a database that
// holds two regions lists the other region's localities too (with no persons under the
// first region's provider): the comparison keeps only the localities the source lists.
QJsonObject withSourceLocalities(QJsonObject report, const QJsonObject &source)
{
    QSet<QString> known;
    for (const QJsonValue &row : source.value(u"locality_coverage"_s).toArray())
        known.insert(row.toObject().value(u"id"_s).toString());
    QJsonArray kept;
    for (const QJsonValue &row : report.value(u"locality_coverage"_s).toArray()) {
        if (known.contains(row.toObject().value(u"id"_s).toString()))
            kept.append(row);
    }
    report.insert(u"locality_coverage"_s, kept);
    return report;
}

} // namespace

TEST_CASE("A statistical bundle holds no key, name, worker name, text or change stamp of its region",
          "[sync][statistical]")
{
    QTemporaryDir dir;
    auto region = demoRegion(dir.filePath(u"kraj.sqlite"_s), 120, 1);
    Store &source = *region;
    const QString path = dir.filePath(u"stat.teren"_s);
    const ExportSummary summary = exportSnapshot(source, path);
    CHECK(summary.sequence == 1);
    const QByteArray plaintext = plaintextOf(path);
    REQUIRE(plaintext.size() > 10000);

    // Keys: every row key of the source in binary, and the client keys as text too.
    int keys = 0;
    for (const SnapshotTable &table : StatisticalSnapshot::tables()) {
        if (table.codelist)
            continue;
        for (const QVariant &id : values(source, QStringLiteral("SELECT id FROM %1").arg(table.name))) {
            INFO(table.name.toStdString());
            CHECK_FALSE(plaintext.contains(id.toByteArray()));
            ++keys;
        }
    }
    CHECK(keys > 1000);
    for (const QVariant &id : values(source, u"SELECT id FROM client"_s)) {
        const QUuid client = QUuid::fromRfc4122(id.toByteArray());
        for (const QByteArray &text : {client.toByteArray(QUuid::WithBraces), client.toByteArray(QUuid::WithoutBraces),
                                       client.toByteArray(QUuid::Id128), client.toByteArray(QUuid::Id128).toUpper(),
                                       id.toByteArray().toHex(), id.toByteArray().toBase64()})
            CHECK_FALSE(plaintext.contains(text));
    }

    // Names and typed texts.
    int texts = 0;
    for (const QString &sql :
         {u"SELECT given_name FROM client"_s, u"SELECT family_name FROM client"_s, u"SELECT alias FROM client"_s,
          u"SELECT notes FROM client"_s, u"SELECT phone FROM client"_s, u"SELECT name FROM worker"_s,
          u"SELECT label FROM household"_s, u"SELECT text FROM goal"_s, u"SELECT text FROM step"_s,
          u"SELECT note FROM contact"_s}) {
        for (const QVariant &text : values(source, sql)) {
            if (text.toString().isEmpty())
                continue;
            INFO(sql.toStdString() << ": " << text.toString().toStdString());
            CHECK_FALSE(plaintext.contains(text.toString().toUtf8()));
            ++texts;
        }
    }
    CHECK(texts > 500);

    // Change stamps and the installations that made them, in CBOR and as text.
    int stamps = 0;
    for (const QVariant &hlc : values(source, u"SELECT DISTINCT hlc FROM change WHERE replica <> zeroblob(16)"_s)) {
        CHECK_FALSE(plaintext.contains(QCborValue(hlc.toLongLong()).toCbor()));
        CHECK_FALSE(plaintext.contains(QByteArray::number(hlc.toLongLong())));
        ++stamps;
    }
    CHECK(stamps > 1000);
    for (const QVariant &replica : values(source, u"SELECT DISTINCT replica FROM change"_s))
        CHECK_FALSE(plaintext.contains(replica.toByteArray()));
    CHECK_FALSE(plaintext.contains(source.replicaId().toRfc4122()));

    // What the indicators need is there: birth years, genders and dates.
    CHECK(plaintext.contains(QByteArrayLiteral("birth_year")));
    CHECK(plaintext.contains(QByteArrayLiteral("identified_on")));
}

TEST_CASE("A region's second snapshot replaces its first, and what the region erased is gone", "[sync][statistical]")
{
    QTemporaryDir dir;
    auto region = demoRegion(dir.filePath(u"kraj.sqlite"_s), 60, 1);
    auto statistics = statisticalDatabase(dir.filePath(u"stat.sqlite"_s));
    REQUIRE_FALSE(importInto(*statistics, [&] {
                      exportSnapshot(*region, dir.filePath(u"s1.teren"_s));
                      return dir.filePath(u"s1.teren"_s);
                  }())
                      .refused);
    const qint64 clients = count(*region, u"SELECT count(*) FROM client WHERE deleted = 0"_s);
    CHECK(count(*statistics, u"SELECT count(*) FROM client"_s) == clients);
    CHECK(count(*statistics, u"SELECT count(*) FROM need"_s)
          == count(*region, u"SELECT count(*) FROM need n JOIN client c ON c.id = n.client_id "
                            "WHERE n.deleted = 0 AND c.deleted = 0"_s));
    CHECK(count(*statistics, u"SELECT count(*) FROM change"_s) == count(*statistics, u"SELECT count(*) FROM change "
                                                                                      "WHERE replica = zeroblob(16)"_s));

    // The region erases a person: the next snapshot no longer has them.
    const QByteArray erased = values(*region, u"SELECT id FROM client WHERE deleted = 0 AND EXISTS (SELECT 1 "
                                              "FROM need WHERE client_id = client.id) ORDER BY id LIMIT 1"_s)
                                  .first()
                                  .toByteArray();
    const QByteArray erasedPseudonym = Pseudonyms(*region).of(erased);
    CHECK(count(*statistics, u"SELECT count(*) FROM client WHERE id = x'%1'"_s.arg(QString::fromLatin1(
                                 erasedPseudonym.toHex())))
          == 1);
    REQUIRE(ClientRepository(*region).erase(QUuid::fromRfc4122(erased)));
    exportSnapshot(*region, dir.filePath(u"s2.teren"_s));
    const ImportReport second = importInto(*statistics, dir.filePath(u"s2.teren"_s));
    INFO(second.reason.toStdString());
    REQUIRE_FALSE(second.refused);
    CHECK(second.sequence == 2);
    CHECK(second.snapshotReplaced().startsWith(u"The statistics of the region \"Karlovarský kraj\" are now this "_s));
    CHECK(second.snapshotRowsRemoved > 0);
    CHECK(count(*statistics, u"SELECT count(*) FROM client"_s) == clients - 1);
    CHECK(count(*statistics, u"SELECT count(*) FROM client WHERE id = x'%1'"_s.arg(QString::fromLatin1(
                                 erasedPseudonym.toHex())))
          == 0);
    CHECK(count(*statistics, u"SELECT count(*) FROM need WHERE client_id = x'%1'"_s.arg(QString::fromLatin1(
                                 erasedPseudonym.toHex())))
          == 0);
    // The other persons keep their pseudonyms from one snapshot to the next.
    const QByteArray kept = values(*region, u"SELECT id FROM client WHERE deleted = 0 LIMIT 1"_s).first().toByteArray();
    CHECK(count(*statistics, u"SELECT count(*) FROM client WHERE id = x'%1'"_s.arg(QString::fromLatin1(
                                 Pseudonyms(*region).of(kept).toHex())))
          == 1);

    // A snapshot that arrives after a newer one: refused, nothing changes.
    exportSnapshot(*region, dir.filePath(u"s3.teren"_s));
    exportSnapshot(*region, dir.filePath(u"s4.teren"_s));
    REQUIRE_FALSE(importInto(*statistics, dir.filePath(u"s4.teren"_s)).refused);
    const QString before = test::canonicalDump(statistics->database());
    const ImportReport late = importInto(*statistics, dir.filePath(u"s3.teren"_s));
    CHECK(late.refused);
    CHECK(late.reason
          == u"This snapshot of the region \"Karlovarský kraj\" (number 3) is older than the one already imported "
             "(number 4); nothing changed."_s);
    CHECK(test::canonicalDump(statistics->database()) == before);
    // One imported before: nothing to do.
    CHECK(importInto(*statistics, dir.filePath(u"s1.teren"_s)).alreadyImported);
    CHECK(test::canonicalDump(statistics->database()) == before);
}

TEST_CASE("Snapshots of two regions sit side by side, and the report covers both or one", "[sync][statistical]")
{
    QTemporaryDir dir;
    auto first = demoRegion(dir.filePath(u"a.sqlite"_s), 60, 1);
    auto second = demoRegion(dir.filePath(u"b.sqlite"_s), 45, 2);
    auto statistics = statisticalDatabase(dir.filePath(u"stat.sqlite"_s));
    exportSnapshot(*first, dir.filePath(u"a1.teren"_s));
    exportSnapshot(*second, dir.filePath(u"b1.teren"_s));
    REQUIRE_FALSE(importInto(*statistics, dir.filePath(u"a1.teren"_s)).refused);
    REQUIRE_FALSE(importInto(*statistics, dir.filePath(u"b1.teren"_s)).refused);
    CHECK(count(*statistics, u"SELECT count(*) FROM region"_s) == 2);

    const ReportFilter period = demoPeriod();
    const Report both = computeReport(statistics->database(), period);
    const Report a = computeReport(first->database(), period);
    const Report b = computeReport(second->database(), period);
    CHECK(both.personsSupported == a.personsSupported + b.personsSupported);
    CHECK(both.needsIdentified == a.needsIdentified + b.needsIdentified);
    CHECK(both.contacts.count == a.contacts.count + b.contacts.count);
    CHECK(both.targets.size() == a.targets.size() + b.targets.size());

    // One region's provider as the filter: that region's figures.
    ReportFilter byProvider = period;
    const QByteArray provider = values(*first, u"SELECT id FROM provider ORDER BY name LIMIT 1"_s).first().toByteArray();
    byProvider.providerId = QUuid::fromRfc4122(Pseudonyms(*first).of(provider));
    ReportFilter atSource = period;
    atSource.providerId = QUuid::fromRfc4122(provider);
    const QJsonObject firstReport = reportJson(*first, atSource);
    const QByteArray expected = withPseudonyms(*first, firstReport);
    CHECK(QJsonDocument(withSourceLocalities(reportJson(*statistics, byProvider), QJsonDocument::fromJson(expected).object()))
              .toJson(QJsonDocument::Compact)
          == expected);

    // A new snapshot of the first region leaves the second's as it was.
    REQUIRE(ClientRepository(*first).erase(
        QUuid::fromRfc4122(values(*first, u"SELECT id FROM client ORDER BY id LIMIT 1"_s).first().toByteArray())));
    exportSnapshot(*first, dir.filePath(u"a2.teren"_s));
    REQUIRE_FALSE(importInto(*statistics, dir.filePath(u"a2.teren"_s)).refused);
    CHECK(count(*statistics, u"SELECT count(*) FROM client"_s)
          == count(*first, u"SELECT count(*) FROM client WHERE deleted = 0"_s)
                 + count(*second, u"SELECT count(*) FROM client WHERE deleted = 0"_s));
    CHECK(count(*statistics, u"SELECT count(*) FROM region"_s) == 2);
}

TEST_CASE("The report on a statistical database equals the report on its region", "[sync][statistical][report]")
{
    QTemporaryDir dir;
    auto region = demoRegion(dir.filePath(u"kraj.sqlite"_s), 400, 1);
    auto statistics = statisticalDatabase(dir.filePath(u"stat.sqlite"_s));
    exportSnapshot(*region, dir.filePath(u"s.teren"_s));
    REQUIRE_FALSE(importInto(*statistics, dir.filePath(u"s.teren"_s)).refused);

    for (const ReportFilter &filter : {demoPeriod(), ReportFilter::calendarYear(2025), ReportFilter::calendarYear(2026)}) {
        const QJsonObject source = reportJson(*region, filter);
        REQUIRE(source.value(u"persons_supported"_s).toInt() > 100);
        REQUIRE_FALSE(source.value(u"targets"_s).toArray().isEmpty());
        CHECK(QJsonDocument(reportJson(*statistics, filter)).toJson(QJsonDocument::Compact)
              == withPseudonyms(*region, source));
    }
    // A locality's figures, by its code.
    ReportFilter byLocality = demoPeriod();
    byLocality.localityCode = values(*region, u"SELECT code FROM locality ORDER BY code LIMIT 1"_s).first().toString();
    CHECK(QJsonDocument(reportJson(*statistics, byLocality)).toJson(QJsonDocument::Compact)
          == withPseudonyms(*region, reportJson(*region, byLocality)));
}

TEST_CASE("A statistical database's report shows a figure over fewer than 5 persons as \"< 5\"",
          "[sync][statistical][report]")
{
    QTemporaryDir dir;
    auto region = demoRegion(dir.filePath(u"kraj.sqlite"_s), 60, 1);
    auto statistics = statisticalDatabase(dir.filePath(u"stat.sqlite"_s));
    exportSnapshot(*region, dir.filePath(u"s.teren"_s));
    REQUIRE_FALSE(importInto(*statistics, dir.filePath(u"s.teren"_s)).refused);

    const ReportFilter filter = ReportFilter::calendarYear(2026);
    const Report source = computeReport(region->database(), filter);
    ReportBuilder builder(statistics->database());
    builder.setSmallCellLimit(statisticalSmallCellLimit);
    const Report report = builder.build(filter);
    const QJsonObject json = toJsonObject(report);
    CHECK(json.value(u"small_cell_limit"_s).toInt() == 5);
    CHECK(json.value(u"persons_supported"_s).toInt() == source.personsSupported); // 60 clients: not small

    // Sixty persons over 17 localities: some localities have fewer than five.
    const QJsonArray localities = json.value(u"by_locality"_s).toArray();
    REQUIRE(localities.size() == source.byLocality.size());
    int small = 0, shown = 0;
    for (int i = 0; i < localities.size(); ++i) {
        const QJsonObject locality = localities.at(i).toObject();
        const LocalityFigures &actual = source.byLocality.at(i);
        INFO(actual.code.toStdString() << ": " << actual.persons << " persons");
        if (actual.persons < 5) {
            CHECK(locality.value(u"persons"_s).toString() == u"< 5"_s);
            CHECK(locality.value(u"needs_identified"_s).toString() == u"< 5"_s);
            ++small;
        } else {
            CHECK(locality.value(u"persons"_s).toInt() == actual.persons);
            ++shown;
        }
    }
    CHECK(small > 0);
    CHECK(shown > 0);
    // An outcome reached by fewer than five persons, and one by more.
    for (const QJsonValue &outcome : json.value(u"outcomes"_s).toArray()) {
        const QJsonValue persons = outcome.toObject().value(u"persons"_s);
        CHECK((persons.toString() == u"< 5"_s || persons.toInt() >= 5));
    }
    // The same in the CSV, and nothing hidden in a region's own report.
    CHECK(toCsv(report).contains("by_locality,"));
    CHECK(toCsv(report).contains(",< 5\r\n"));
    CHECK_FALSE(toJson(source).contains("< 5"));
    CHECK_FALSE(toJsonObject(source).contains(u"small_cell_limit"_s));
}
