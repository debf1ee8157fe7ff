// Contacts of the filtered clients dated within the period.
#include "ReportSteps.h"

#include "domain/Codes.h"
#include "domain/Values.h"

#include <QMap>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <utility>
#include <string>
#include <vector>

namespace teren::report {

namespace {

struct Code
{
    QString code;
    bool live = true;
};

// Every intervention type a contact can carry, tombstoned ones too: a contact
// recorded before its code was withdrawn still counts.
QList<Code> interventionTypes(Sql &sql)
{
    QList<Code> codes;
    Query query = sql.run(QStringLiteral("SELECT code, deleted = 0 FROM intervention_type ORDER BY sort, code"));
    while (query.next())
        codes.append({query.value(0).toString(), query.value(1).toBool()});
    return codes;
}

// One FILTER aggregate per code rather than GROUP BY: a million contacts sort far
// slower than they are counted a few times over.
QString perCode(const QString &aggregate, const QString &column, const QStringList &codes)
{
    QStringList parts;
    for (const QString &code : codes)
        parts.append(QStringLiteral("%1 FILTER (WHERE %2 = %3)").arg(aggregate, column, literal(code)));
    return parts.join(QStringLiteral(", "));
}

// teren_code_counts(list, codes): an aggregate counting, for each code of `codes`
// (needles as db::codeNeedle writes them, one after another), the rows whose code
// list (db::codeList) holds it; the result is the counts in that order,
// comma-separated. Each list
// is split once, where one instr() per code and row read it once per code: over a
// million contacts that was the better part of the contacts pass.
class CodeCounts
{
public:
    static void registerOn(sqlite3 *handle)
    {
        sqlite3_create_function_v2(handle, "teren_code_counts", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   nullptr, &step, &final, nullptr);
    }

private:
    static void step(sqlite3_context *context, int /*argc*/, sqlite3_value **argv)
    {
        auto **slot = static_cast<CodeCounts **>(sqlite3_aggregate_context(context, sizeof(CodeCounts *)));
        if (!slot) {
            sqlite3_result_error_nomem(context);
            return;
        }
        if (!*slot)
            *slot = new CodeCounts(argv[1]);
        const auto *list = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        if (list)
            (*slot)->add(list, static_cast<size_t>(sqlite3_value_bytes(argv[0])));
    }

    static void final(sqlite3_context *context)
    {
        auto **slot = static_cast<CodeCounts **>(sqlite3_aggregate_context(context, 0));
        if (!slot || !*slot) {
            sqlite3_result_null(context);
            return;
        }
        std::string text;
        for (size_t i = 0; i < (*slot)->m_counts.size(); ++i)
            text += (i ? "," : "") + std::to_string((*slot)->m_counts[i]);
        delete *slot;
        *slot = nullptr;
        sqlite3_result_text(context, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }

    explicit CodeCounts(sqlite3_value *needles)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(needles));
        forEachCode(text, static_cast<size_t>(sqlite3_value_bytes(needles)),
                    [this](const char *code, size_t size) { m_codes.emplace_back(code, size); });
        m_counts.assign(m_codes.size(), 0);
    }

    // An escaped code never holds a comma, so the codes are what lies between them.
    template<typename Visit>
    static void forEachCode(const char *list, size_t size, Visit visit)
    {
        size_t start = 0;
        while (list && start < size) {
            const char *comma = static_cast<const char *>(std::memchr(list + start, ',', size - start));
            const size_t end = comma ? static_cast<size_t>(comma - list) : size;
            if (end > start)
                visit(list + start, end - start);
            start = end + 1;
        }
    }

    void add(const char *list, size_t size)
    {
        forEachCode(list, size, [this](const char *code, size_t length) { count(code, length); });
    }

    void count(const char *token, size_t size)
    {
        for (size_t i = 0; i < m_codes.size(); ++i) {
            if (m_codes[i].size() == size && std::memcmp(m_codes[i].data(), token, size) == 0) {
                ++m_counts[i];
                return;
            }
        }
    }

    std::vector<std::string> m_codes;
    std::vector<sqlite3_int64> m_counts;
};

// teren_sums_by(key, value): an aggregate summing `value` per integer `key`,
// returning "key:sum" pairs in key order, comma-separated. The contacts' minutes per
// provider come from the same scan as every other contact figure, where a GROUP BY
// would sort the million contacts.
class SumsByKey
{
public:
    static void registerOn(sqlite3 *handle)
    {
        sqlite3_create_function_v2(handle, "teren_sums_by", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, nullptr,
                                   &step, &final, nullptr);
    }

private:
    static void step(sqlite3_context *context, int /*argc*/, sqlite3_value **argv)
    {
        auto **slot = static_cast<SumsByKey **>(sqlite3_aggregate_context(context, sizeof(SumsByKey *)));
        if (!slot) {
            sqlite3_result_error_nomem(context);
            return;
        }
        if (!*slot)
            *slot = new SumsByKey;
        const sqlite3_int64 key = sqlite3_value_int64(argv[0]);
        const sqlite3_int64 value = sqlite3_value_int64(argv[1]);
        // Consecutive rows mostly share a key (a client's contacts): check the last one first.
        SumsByKey &sums = **slot;
        if (sums.m_last < sums.m_sums.size() && sums.m_sums[sums.m_last].first == key) {
            sums.m_sums[sums.m_last].second += value;
            return;
        }
        for (size_t i = 0; i < sums.m_sums.size(); ++i) {
            if (sums.m_sums[i].first == key) {
                sums.m_sums[i].second += value;
                sums.m_last = i;
                return;
            }
        }
        sums.m_sums.emplace_back(key, value);
        sums.m_last = sums.m_sums.size() - 1;
    }

    static void final(sqlite3_context *context)
    {
        auto **slot = static_cast<SumsByKey **>(sqlite3_aggregate_context(context, 0));
        if (!slot || !*slot) {
            sqlite3_result_null(context);
            return;
        }
        std::vector<std::pair<sqlite3_int64, sqlite3_int64>> sums = std::move((*slot)->m_sums);
        delete *slot;
        *slot = nullptr;
        std::sort(sums.begin(), sums.end());
        std::string text;
        for (size_t i = 0; i < sums.size(); ++i)
            text += (i ? "," : "") + std::to_string(sums[i].first) + ':' + std::to_string(sums[i].second);
        sqlite3_result_text(context, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }

    std::vector<std::pair<sqlite3_int64, sqlite3_int64>> m_sums;
    size_t m_last = 0;
};

} // namespace

ContactFigures readContacts(Sql &sql)
{
    // The filtered clients drive the join: each one's contacts in the period are
    // one range of the covering index contact_report, which also holds each
    // contact's intervention codes, so one scan counts places and interventions.
    const QStringList places = Codes::places();
    const QList<Code> types = interventionTypes(sql);
    QStringList needles;
    for (const Code &type : types)
        needles.append(db::codeNeedle(type.code));
    CodeCounts::registerOn(sql.database().handle());
    SumsByKey::registerOn(sql.database().handle());
    // %1: the provider key a contact's minutes count for (by_provider).
    const QString columns =
        QStringLiteral("count(*), coalesce(sum(c.minutes), 0), teren_sums_by(%1, c.minutes), %2, %3%4")
            .arg(QStringLiteral("%1"), perCode(QStringLiteral("count(*)"), QStringLiteral("c.place"), places),
                 perCode(QStringLiteral("sum(c.minutes)"), QStringLiteral("c.place"), places),
                 needles.isEmpty() ? QString()
                                   : QStringLiteral(", teren_code_counts(c.interventions, %1)")
                                         .arg(literal(needles.join(QString()))));
    // A group contact counts once: with its first client when that one is filtered,
    // else once when any client linked to it is (a small second pass), its minutes then
    // going to the provider of the first such linked client.
    const QList<std::pair<QString, QString>> sources = {
        {QStringLiteral("cl.provider"),
         QStringLiteral("FROM report_activity_client cl CROSS JOIN contact c ON c.client_id = cl.id "
                        "WHERE c.deleted = 0 AND c.contact_on BETWEEN :period_from AND :period_to")},
        {QStringLiteral("(SELECT cl.provider FROM contact_participant l JOIN report_activity_client cl "
                        "ON cl.id = l.client_id WHERE l.contact_id = c.id AND l.deleted = 0 ORDER BY l.client_id LIMIT 1)"),
         QStringLiteral("FROM contact c WHERE c.id IN (SELECT l.contact_id FROM contact_participant l "
                        "    JOIN report_activity_client cl ON cl.id = l.client_id WHERE l.deleted = 0) "
                        "AND c.client_id NOT IN (SELECT id FROM report_activity_client) "
                        "AND c.deleted = 0 AND c.contact_on BETWEEN :period_from AND :period_to")}};
    ContactFigures figures;
    const int placeCount = static_cast<int>(places.size());
    for (const QString &place : places)
        figures.byPlace.append({place, 0, 0});
    QList<qint64> interventionCounts(types.size(), 0);
    QMap<qint64, qint64> minutesByProvider;
    const int first = 3;
    for (const auto &[provider, source] : sources) {
        Query query = sql.run(QStringLiteral("SELECT %1 %2").arg(columns.arg(provider), source));
        query.next();
        figures.count += query.value(0).toLongLong();
        figures.minutes += query.value(1).toLongLong();
        for (const QString &pair : query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            minutesByProvider[pair.section(QLatin1Char(':'), 0, 0).toLongLong()] +=
                pair.section(QLatin1Char(':'), 1, 1).toLongLong();
        for (int i = 0; i < placeCount; ++i) {
            figures.byPlace[i].count += query.value(first + i).toLongLong();
            figures.byPlace[i].minutes += query.value(first + placeCount + i).toLongLong();
        }
        const QStringList counts = query.value(first + 2 * placeCount).toString().split(QLatin1Char(','));
        for (int i = 0; i < types.size(); ++i)
            interventionCounts[i] += counts.value(i).toLongLong();
        query.finish();
    }
    for (auto it = minutesByProvider.cbegin(); it != minutesByProvider.cend(); ++it)
        figures.minutesByProvider.append({it.key(), it.value()});
    for (int i = 0; i < types.size(); ++i) {
        const qint64 count = interventionCounts.at(i);
        if (types.at(i).live || count > 0)
            figures.byIntervention.append({types.at(i).code, count, 0});
    }
    return figures;
}

} // namespace teren::report
