#include <catch2/catch.hpp>

#include "ReportTestData.h"
#include "io/CsvReader.h"
#include "report/ReportFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace teren;
using test::day;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

bool isWhole(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

// Every key of `object` named in `keys` is there; `numbersOrNull` may also be null.
void requireKeys(const QJsonObject &object, const QStringList &numbers, const QStringList &strings = {},
                 const QStringList &numbersOrNull = {})
{
    for (const QString &key : numbers) {
        INFO(key.toStdString());
        CHECK(object.value(key).isDouble());
    }
    for (const QString &key : strings) {
        INFO(key.toStdString());
        CHECK(object.value(key).isString());
    }
    for (const QString &key : numbersOrNull) {
        INFO(key.toStdString());
        CHECK((object.value(key).isDouble() || object.value(key).isNull()));
    }
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

void checkShape(const QJsonObject &json)
{
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    requireKeys(period, {}, keys({"from", "to"}));
    CHECK(json.value(QStringLiteral("filters")).isObject());
    requireKeys(json, keys({"persons_supported", "localities", "needs_identified", "needs_resolved", "resolved_rate"}));
    for (const char *count : {"persons_supported", "localities", "needs_identified", "needs_resolved"})
        CHECK(isWhole(json.value(QLatin1String(count))));

    const QJsonArray byArea = json.value(QStringLiteral("by_area")).toArray();
    CHECK(byArea.size() == 15);
    for (const QJsonValue &area : byArea)
        requireKeys(area.toObject(), keys({"identified", "resolved", "resolved_rate", "share_of_resolved"}),
                    keys({"area"}));
    CHECK(json.value(QStringLiteral("outcomes")).isArray());
    for (const QJsonValue &outcome : json.value(QStringLiteral("outcomes")).toArray())
        requireKeys(outcome.toObject(), keys({"persons"}), keys({"area", "outcome"}));

    const QJsonObject cooperation = json.value(QStringLiteral("cooperation")).toObject();
    requireKeys(cooperation, keys({"ended", "ended_within_365_share"}), {},
                keys({"min_days", "median_days", "max_days", "mean_days_with_resolved_need"}));
    CHECK(cooperation.value(QStringLiteral("histogram_months")).isArray());
    for (const QJsonValue &bin : cooperation.value(QStringLiteral("histogram_months")).toArray())
        requireKeys(bin.toObject(), keys({"months", "cooperations"}));

    for (const QJsonValue &time : json.value(QStringLiteral("time_to_resolve")).toArray())
        requireKeys(time.toObject(), keys({"resolved"}), keys({"area"}), keys({"mean_days", "median_days"}));
    CHECK(json.value(QStringLiteral("time_to_resolve")).toArray().size() == 15);

    const QJsonObject contacts = json.value(QStringLiteral("contacts")).toObject();
    requireKeys(contacts, keys({"count", "minutes"}));
    const QJsonObject byPlace = contacts.value(QStringLiteral("by_place")).toObject();
    CHECK(byPlace.keys() == keys({"field", "office", "phone"}));
    for (const QJsonValue &count : byPlace)
        CHECK(isWhole(count));
    const QJsonObject byIntervention = contacts.value(QStringLiteral("by_intervention")).toObject();
    CHECK(byIntervention.size() == 8);
    CHECK(byIntervention.value(QStringLiteral("counselling")).isDouble());

    CHECK(json.value(QStringLiteral("targets")).isArray());
    for (const QJsonValue &target : json.value(QStringLiteral("targets")).toArray()) {
        requireKeys(target.toObject(), keys({"year", "target"}), keys({"indicator", "scope"}),
                    keys({"actual", "gap"}));
        CHECK(target.toObject().value(QStringLiteral("met")).isBool());
    }
    for (const QJsonValue &locality : json.value(QStringLiteral("by_locality")).toArray())
        requireKeys(locality.toObject(), keys({"persons", "needs_identified", "needs_resolved", "resolved_rate"}),
                    keys({"code", "name"}));
}

} // namespace

TEST_CASE("The report's JSON has every key of docs/report.md with the right type", "[report][json]")
{
    test::WorkedRegion region;
    region.data.target(QStringLiteral("persons_supported"), 2025, 5);
    region.data.target(QStringLiteral("clients_employed"), 2025, 2, region.alfa);

    const QJsonObject json = parse(toJson(region.data.report(day("2025-01-01"), day("2025-12-31"))));
    checkShape(json);
    CHECK(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString() == u"2025-01-01");
    CHECK(json.value(QStringLiteral("persons_supported")).toInt() == 6);
    CHECK(json.value(QStringLiteral("resolved_rate")).toDouble() == Approx(0.75)); // a fraction, not 75
    const QJsonObject cooperation = json.value(QStringLiteral("cooperation")).toObject();
    CHECK(cooperation.value(QStringLiteral("median_days")).toDouble() == Approx(196.5));
    CHECK(cooperation.value(QStringLiteral("histogram_months")).toArray().size() == 36);
    const QJsonObject housing = json.value(QStringLiteral("time_to_resolve")).toArray().at(0).toObject();
    CHECK(housing.value(QStringLiteral("area")).toString() == u"housing");
    CHECK(housing.value(QStringLiteral("median_days")).isNull());
    const QJsonArray targets = json.value(QStringLiteral("targets")).toArray();
    REQUIRE(targets.size() == 2);
    CHECK(targets.at(0).toObject().value(QStringLiteral("scope")).toString() == u"region");
    CHECK(targets.at(0).toObject().value(QStringLiteral("gap")).toDouble() == -1);
    CHECK(targets.at(1).toObject().value(QStringLiteral("scope")).toString() == u"locality:alfa");
    CHECK(targets.at(1).toObject().value(QStringLiteral("locality")).toObject().value(QStringLiteral("name")).toString()
          == u"Alfa");
    CHECK(json.value(QStringLiteral("filters")).toObject().value(QStringLiteral("locality")).isNull());

    // An empty period keeps the shape: zeros, and null where there is no value.
    const QJsonObject empty = parse(toJson(region.data.report(day("2010-01-01"), day("2010-12-31"))));
    checkShape(empty);
    CHECK(empty.value(QStringLiteral("resolved_rate")).toDouble() == 0);
    CHECK(empty.value(QStringLiteral("cooperation")).toObject().value(QStringLiteral("median_days")).isNull());
    CHECK(empty.value(QStringLiteral("cooperation")).toObject().value(QStringLiteral("histogram_months")).toArray().isEmpty());
    CHECK(empty.value(QStringLiteral("targets")).toArray().isEmpty());

    ReportFilter filter;
    filter.localityCode = QStringLiteral("beta");
    const QJsonObject beta = parse(toJson(region.data.report(day("2025-01-01"), day("2025-12-31"), filter)));
    const QJsonObject locality = beta.value(QStringLiteral("filters")).toObject().value(QStringLiteral("locality")).toObject();
    CHECK(locality.value(QStringLiteral("code")).toString() == u"beta");
    CHECK(locality.value(QStringLiteral("id")).toString() == region.beta.toString(QUuid::WithoutBraces));
}

TEST_CASE("The report's CSV is one tidy RFC 4180 table of the same numbers", "[report][csv]")
{
    test::WorkedRegion region;
    region.data.target(QStringLiteral("persons_supported"), 2025, 4, {}, region.quest);
    ReportFilter filter;
    filter.providerId = region.quest;
    const QByteArray csv = toCsv(region.data.report(day("2025-01-01"), day("2025-12-31"), filter));

    CHECK(csv.startsWith("section,key,subkey,measure,value\r\n"));
    CHECK(csv.endsWith("\r\n"));
    CHECK(csv.count('\n') == csv.count("\r\n")); // every line ends with CRLF

    const CsvReader::Result parsed = CsvReader::parse(csv);
    REQUIRE(parsed.ok());
    for (const CsvRecord &record : parsed.records) {
        INFO("line " << record.line);
        CHECK(record.fields.size() == 5);
    }
    const auto value = [&](const char *section, const char *key, const char *subkey, const char *measure) {
        for (const CsvRecord &record : parsed.records) {
            if (record.fields.at(0) == QLatin1String(section) && record.fields.at(1) == QString::fromUtf8(key)
                && record.fields.at(2) == QString::fromUtf8(subkey) && record.fields.at(3) == QLatin1String(measure))
                return record.fields.at(4);
        }
        return QStringLiteral("<missing>");
    };
    // Provider Quest (see test_report.cpp): Cyril, Hana, Ivan.
    CHECK(value("period", "", "", "from") == u"2025-01-01");
    CHECK(value("filter", "provider", "", "name") == u"Quest");
    CHECK(value("summary", "", "", "persons_supported") == u"3");
    CHECK(value("summary", "", "", "resolved_rate") == u"0.666666666667");
    CHECK(value("by_area", "material", "", "resolved") == u"4");
    CHECK(value("by_area", "housing", "", "resolved_rate") == u"0");
    CHECK(value("outcomes", "material", "benefit_granted", "persons") == u"1");
    CHECK(value("time_to_resolve", "material", "", "median_days") == u"56");
    CHECK(value("time_to_resolve", "housing", "", "mean_days").isEmpty()); // null
    CHECK(value("cooperation", "", "", "median_days") == u"554.5");
    CHECK(value("cooperation_months", "35", "", "cooperations") == u"1");
    CHECK(value("contacts", "", "", "minutes") == u"75");
    CHECK(value("contacts_by_place", "field", "", "count") == u"2");
    CHECK(value("contacts_by_intervention", "accompaniment", "", "count") == u"1");
    // The locality name with a comma and quotes comes back whole.
    CHECK(value("by_locality", "beta", "Beta, \"dolní\"", "persons") == u"2");
    CHECK(csv.contains("by_locality,beta,\"Beta, \"\"dolní\"\"\",persons,2\r\n"));
    CHECK(value("targets", "persons_supported", "2025/provider:Quest", "actual") == u"3");
    CHECK(value("targets", "persons_supported", "2025/provider:Quest", "gap") == u"1");
    CHECK(value("targets", "persons_supported", "2025/provider:Quest", "met") == u"0");
}
