#include "DemoGenerator.h"

#include "DemoData.h"
#include "DemoGroupWork.h"
#include "DemoRandom.h"
#include "DemoTargets.h"
#include "changes/Clock.h"
#include "changes/EntityTable.h"
#include "changes/IdSource.h"
#include "domain/Entities.h"
#include "domain/Error.h"
#include "domain/Values.h"
#include "store/ConsentRepository.h"
#include "store/GroupWork.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <random>
#include <vector>

namespace teren {

namespace {

using demo::Random;

QString utf8(const char *text) { return QString::fromUtf8(text); }

QDate earlier(const QDate &a, const QDate &b) { return a < b ? a : b; }
QDate later(const QDate &a, const QDate &b) { return a < b ? b : a; }

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".key")})
        QFile::remove(path + suffix);
}

// The Qt strings of one need area, converted once.
struct AreaTexts
{
    QString code;
    std::array<QString, 3> goals;
    std::array<QString, 4> steps;
    std::array<QString, 4> responsibles;
    std::array<QString, 3> notes;
    QStringList outcomes;
    QList<int> outcomeWeights;
};

struct PlannedNeed
{
    Need need;
    std::size_t area = 0;
};

struct WorkerSlot
{
    QUuid id;
};

struct LocalitySlot
{
    QUuid id;
    QString municipality;
    int weight = 1;
    std::vector<int> workers; // indices into m_workers, same provider
};

class Generator
{
public:
    Generator(Store &store, FixedClock &clock, const DemoOptions &options)
        : m_store(store)
        , m_clock(clock)
        , m_options(options)
        , m_random(options.seed ^ 0x9e3779b97f4a7c15ULL)
        , m_end(options.endDate)
        , m_windowStart(options.endDate.addMonths(-22).addDays(1))
    {
        for (const demo::AreaSeed &seed : demo::areas()) {
            AreaTexts texts;
            texts.code = utf8(seed.code);
            for (std::size_t i = 0; i < 3; ++i) {
                texts.goals[i] = utf8(seed.goals[i]);
                texts.notes[i] = utf8(seed.notes[i]);
            }
            for (std::size_t i = 0; i < 4; ++i) {
                texts.steps[i] = utf8(seed.steps[i].text);
                texts.responsibles[i] = utf8(seed.steps[i].responsible);
            }
            for (const demo::WeightedCode &outcome : seed.outcomes) {
                texts.outcomes.append(utf8(outcome.code));
                texts.outcomeWeights.append(outcome.weight);
            }
            m_areas.push_back(texts);
        }
        for (const char *name : demo::maleGivenNames())
            m_male.append(utf8(name));
        for (const char *name : demo::femaleGivenNames())
            m_female.append(utf8(name));
        for (const demo::FamilyName &name : demo::familyNames())
            m_families.push_back({utf8(name.male), utf8(name.female), utf8(name.household)});
        for (const demo::WeightedCode &code : demo::interventions())
            m_interventionCodes.append(utf8(code.code));
        for (const char *note : demo::generalNotes())
            m_generalNotes.append(utf8(note));
    }

    DemoSummary run()
    {
        Database &db = m_store.database();
        // One transaction for the whole region. Foreign keys hold by construction
        // (the tests check them) rather than being looked up row by row; the
        // pragma only takes effect outside a transaction.
        db.execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
        Transaction transaction(db);
        writeDirectory();
        const int total = std::max(0, m_options.clients);
        int done = 0;
        int reported = 0;
        report(0, total);
        while (done < total) {
            const int size = std::min(total - done, m_random.chance(0.45) ? m_random.between(2, 5) : 1);
            writeGroup(size);
            done += size;
            if (done / 100 > reported / 100) {
                reported = done;
                report(done, total);
            }
        }
        // The finished file is a coordinator's: no worker is signed in, and the
        // coordinator has set the year's targets.
        m_store.setCurrentWorker(QUuid());
        m_summary.targets = writeDemoTargets(m_store, total, m_end, m_providers);
        m_summary.partners = writeDemoPartners(m_store);
        QList<DemoLocalityCrew> crews;
        for (const LocalitySlot &locality : m_localities) {
            DemoLocalityCrew crew{locality.id, {}};
            for (const int worker : locality.workers)
                crew.workers.append(m_workers[static_cast<std::size_t>(worker)].id);
            crews.append(crew);
        }
        writeDemoGroupWork(m_store, m_options.seed, crews, m_windowStart, m_end);
        transaction.commit();
        db.execScript(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (reported != total)
            report(total, total);
        return m_summary;
    }

private:
    void report(int done, int total)
    {
        if (m_options.progress && !m_options.progress(done, total))
            throw Error(QCoreApplication::translate("DemoGenerator", "Demo generation was cancelled."));
    }

    void writeDirectory()
    {
        ChangeRecorder &recorder = m_store.recorder();
        Region region{QUuid(), QStringLiteral("Karlovarský kraj")};
        EntityTable<Region>::insert(recorder, region);

        std::size_t workerIndex = 0;
        QHash<QString, std::vector<int>> workersOfDistrict;
        for (const demo::ProviderSeed &seed : demo::providers()) {
            Provider provider{QUuid(), region.id, utf8(seed.name), {}, {}};
            EntityTable<Provider>::insert(recorder, provider);
            m_providers.append(provider.id);
            ++m_summary.providers;
            for (int i = 0; i < seed.workers && workerIndex < demo::workerNames().size(); ++i) {
                Worker worker{QUuid(), provider.id, utf8(demo::workerNames()[workerIndex++]), QUuid(), QStringLiteral("field"), {}, {}};
                EntityTable<Worker>::insert(recorder, worker);
                workersOfDistrict[utf8(seed.district)].push_back(static_cast<int>(m_workers.size()));
                m_workers.push_back({worker.id});
                ++m_summary.workers;
            }
        }
        QHash<QString, std::size_t> nextOfDistrict;
        for (const demo::PlaceSeed &seed : demo::places()) {
            const QString district = utf8(seed.district);
            // The estimate grows with the demo, so the coverage stays about the same.
            std::optional<int> residents;
            if (seed.residents > 0)
                residents = std::max(1, static_cast<int>(static_cast<qint64>(seed.residents)
                                                         * std::max(0, m_options.clients) / 1300));
            Locality locality{QUuid(), region.id, utf8(seed.code), utf8(seed.municipality), utf8(seed.municipality),
                              district, {}, residents};
            EntityTable<Locality>::insert(recorder, locality);
            ++m_summary.localities;
            LocalitySlot slot{locality.id, locality.municipality, seed.weight, {}};
            // Each locality has a main worker of the district's provider; the
            // provider's other workers stand in now and then.
            const std::vector<int> &own = workersOfDistrict[district];
            if (!own.empty()) {
                const std::size_t first = nextOfDistrict[district]++ % own.size();
                for (std::size_t i = 0; i < own.size(); ++i)
                    slot.workers.push_back(own[(first + i) % own.size()]);
            }
            m_localities.push_back(slot);
        }
    }

    // One household (size > 1) or a single client.
    void writeGroup(int size)
    {
        m_clock.advance(1); // keeps ids and stamps time-ordered, client by client
        const std::span<const LocalitySlot> localities(m_localities);
        const LocalitySlot &locality =
            m_localities[m_random.weighted(localities, [](const LocalitySlot &l) { return l.weight; })];
        int worker = -1;
        if (!locality.workers.empty())
            worker = locality.workers[locality.workers.size() > 1 && m_random.chance(0.15)
                                          ? static_cast<std::size_t>(
                                              1 + m_random.below(static_cast<int>(locality.workers.size()) - 1))
                                          : 0];
        const QUuid workerId = worker >= 0 ? m_workers[static_cast<std::size_t>(worker)].id : QUuid();
        if (workerId != m_store.currentWorker())
            m_store.setCurrentWorker(workerId);

        const Family &family = m_families[static_cast<std::size_t>(m_random.below(static_cast<int>(m_families.size())))];
        Household household;
        if (size > 1) {
            household.label = QStringLiteral("%1 – %2 %3")
                                  .arg(family.household, locality.municipality)
                                  .arg(m_summary.households + 1);
            EntityTable<Household>::insert(m_store.recorder(), household);
            ++m_summary.households;
        }
        for (int member = 0; member < size; ++member)
            writeClient(locality, workerId, household.id, size > 1 ? &family : nullptr, member);
    }

    struct Family
    {
        QString male;
        QString female;
        QString household;
    };

    void writeClient(const LocalitySlot &locality, const QUuid &workerId, const QUuid &householdId,
                     const Family *family, int member)
    {
        ChangeRecorder &recorder = m_store.recorder();

        // ---- the cooperation and the fate of each need, decided up front
        const bool ended = m_random.chance(0.70);
        const int needCount = pickNeedCount();
        std::vector<bool> resolved(static_cast<std::size_t>(needCount));
        bool anyResolved = false;
        bool allResolved = true;
        for (std::size_t i = 0; i < resolved.size(); ++i) {
            resolved[i] = m_random.chance(ended ? 0.60 : 0.50);
            anyResolved = anyResolved || resolved[i];
            allResolved = allResolved && resolved[i];
        }
        Cooperation cooperation;
        const QDate earliest = m_windowStart.addDays(-60);
        if (ended) {
            // The Karlovy Vary report: 14 days to more than 22 months, 69 % within a year, about
            // 10 months when a need was resolved.
            int length = 0;
            if (anyResolved)
                length = m_random.chance(0.66) ? m_random.between(45, 365) : m_random.between(366, 700);
            else
                length = m_random.chance(0.78) ? m_random.between(14, 365) : m_random.between(366, 600);
            const QDate low = later(earliest, m_windowStart.addDays(7 - length));
            QDate high = m_end.addDays(-length);
            if (high < low)
                high = low;
            cooperation.startOn = m_random.dateBetween(low, high);
            cooperation.endOn = earlier(cooperation.startOn.addDays(length), m_end);
        } else {
            cooperation.startOn = m_random.dateBetween(earliest, m_end.addDays(anyResolved ? -30 : -7));
        }
        const QDate until = ended ? cooperation.endOn : m_end;
        const int span = static_cast<int>(cooperation.startOn.daysTo(until));

        // ---- the client
        Client client;
        const bool female = m_random.chance(0.52);
        client.gender = female ? QStringLiteral("f") : QStringLiteral("m");
        client.givenName = female ? m_female.at(m_random.below(static_cast<int>(m_female.size())))
                                  : m_male.at(m_random.below(static_cast<int>(m_male.size())));
        const Family &name =
            family ? *family
                   : m_families[static_cast<std::size_t>(m_random.below(static_cast<int>(m_families.size())))];
        client.familyName = female ? name.female : name.male;
        const int age = member == 0 || m_random.chance(0.5) ? m_random.between(18, 62) : m_random.between(15, 30);
        client.birthYear = m_end.year() - age;
        if (m_random.chance(0.04))
            client.alias = utf8(m_random.pick(demo::aliases()));
        client.localityId = locality.id;
        client.householdId = householdId;
        client.workerId = workerId;
        if (m_random.chance(0.10))
            client.notes = utf8(m_random.pick(demo::clientNotes()));
        EntityTable<Client>::insert(recorder, client);
        ++m_summary.clients;
        // Given when the cooperation started. Its id is the one the client's first
        // consent is given anyway (ConsentRepository::derivedId), so the ids the other
        // records draw stay as they were.
        Consent consent;
        consent.id = ConsentRepository::derivedId(client.id);
        consent.clientId = client.id;
        consent.recordedOn = std::min(cooperation.startOn, m_end);
        consent.note = QStringLiteral("Zpracování osobních údajů pro účely terénní sociální práce");
        consent.workerId = workerId;
        EntityTable<Consent>::insert(recorder, consent);

        // ---- needs
        std::vector<PlannedNeed> needs;
        needs.reserve(resolved.size());
        for (std::size_t i = 0; i < resolved.size(); ++i) {
            PlannedNeed planned;
            Need &need = planned.need;
            need.clientId = client.id;
            planned.area = m_random.weighted(demo::areas(), [&](const demo::AreaSeed &a) {
                return resolved[i] ? a.resolvedWeight : a.unresolvedWeight;
            });
            const demo::AreaSeed &seed = demo::areas()[planned.area];
            need.area = m_areas[planned.area].code;
            need.intensity = m_random.chance(0.25) ? 1 : m_random.chance(0.6) ? 2 : 3;
            need.identifiedOn = cooperation.startOn.addDays(
                i == 0 ? m_random.between(0, std::min(14, span)) : m_random.between(0, span * 6 / 10));
            const int left = static_cast<int>(need.identifiedOn.daysTo(until));
            if (resolved[i]) {
                need.status = QStringLiteral("resolved");
                need.closedOn = need.identifiedOn.addDays(
                    std::min(left, m_random.between(seed.resolveMinDays, seed.resolveMaxDays)));
                const AreaTexts &texts = m_areas[planned.area];
                const std::span<const int> weights(texts.outcomeWeights.constData(),
                                                   static_cast<std::size_t>(texts.outcomeWeights.size()));
                need.outcome = texts.outcomes.at(
                    static_cast<qsizetype>(m_random.weighted(weights, [](int w) { return w; })));
            } else if (ended) {
                need.status = m_random.chance(0.6) ? QStringLiteral("not_resolved") : QStringLiteral("dropped");
                need.closedOn = m_random.chance(0.7) ? until : need.identifiedOn.addDays(m_random.between(0, left));
            } else {
                const double roll = m_random.unit();
                if (roll < 0.85) {
                    need.status = left > 30 && m_random.chance(0.65) ? QStringLiteral("in_progress")
                                                                     : QStringLiteral("open");
                } else {
                    need.status = roll < 0.95 ? QStringLiteral("not_resolved") : QStringLiteral("dropped");
                    need.closedOn = need.identifiedOn.addDays(m_random.between(0, left));
                }
            }
            needs.push_back(planned);
        }
        std::stable_sort(needs.begin(), needs.end(), [](const PlannedNeed &a, const PlannedNeed &b) {
            return a.need.identifiedOn < b.need.identifiedOn;
        });
        // Open needs take priorities 1..n (most intense first), closed ones follow.
        std::vector<std::size_t> order(needs.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const Need &x = needs[a].need;
            const Need &y = needs[b].need;
            if (x.isOpen() != y.isOpen())
                return x.isOpen();
            if (x.isOpen())
                return x.intensity > y.intensity;
            return x.closedOn < y.closedOn;
        });
        for (std::size_t rank = 0; rank < order.size(); ++rank)
            needs[order[rank]].need.priority = static_cast<int>(rank) + 1;

        // ---- cooperation with its end reason
        if (ended) {
            const double roll = m_random.unit();
            if (allResolved)
                cooperation.endReason = roll < 0.85 ? QStringLiteral("goals_met")
                                        : roll < 0.95 ? QStringLiteral("moved")
                                                      : QStringLiteral("other");
            else if (anyResolved)
                cooperation.endReason = roll < 0.30   ? QStringLiteral("lost_contact")
                                        : roll < 0.55 ? QStringLiteral("client_left")
                                        : roll < 0.75 ? QStringLiteral("moved")
                                        : roll < 0.95 ? QStringLiteral("goals_met")
                                                      : QStringLiteral("other");
            else
                cooperation.endReason = roll < 0.40   ? QStringLiteral("lost_contact")
                                        : roll < 0.75 ? QStringLiteral("client_left")
                                        : roll < 0.95 ? QStringLiteral("moved")
                                                      : QStringLiteral("other");
        }
        cooperation.clientId = client.id;
        EntityTable<Cooperation>::insert(recorder, cooperation);
        ++m_summary.cooperations;

        for (PlannedNeed &planned : needs) {
            EntityTable<Need>::insert(recorder, planned.need);
            ++m_summary.needs;
            writePlan(planned);
        }
        writeContacts(client, workerId, cooperation, until, needs);
    }

    int pickNeedCount()
    {
        // Mean about 2.12 needs per client: 2,758 needs of 1,296 persons in the Karlovy Vary report.
        static constexpr int weights[] = {37, 31, 19, 9, 4};
        return 1 + static_cast<int>(m_random.weighted(std::span<const int>(weights), [](int w) { return w; }));
    }

    void writePlan(const PlannedNeed &planned)
    {
        const Need &need = planned.need;
        const AreaTexts &texts = m_areas[planned.area];
        // Which horizons this need's plan has: one, two or all three.
        std::array<bool, 3> horizons{};
        const double roll = m_random.unit();
        if (roll < 0.30) {
            horizons[static_cast<std::size_t>(m_random.chance(0.4) ? 0 : m_random.chance(0.58) ? 1 : 2)] = true;
        } else if (roll < 0.75) {
            horizons = {true, true, true};
            horizons[static_cast<std::size_t>(m_random.below(3))] = false;
        } else {
            horizons = {true, true, true};
        }
        int lastHorizon = 0;
        for (int h = 0; h < 3; ++h)
            if (horizons[static_cast<std::size_t>(h)])
                lastHorizon = h;

        static const QString horizonCodes[] = {QStringLiteral("short"), QStringLiteral("medium"),
                                               QStringLiteral("long")};
        static constexpr int targetMin[] = {14, 61, 181};
        static constexpr int targetMax[] = {60, 180, 450};
        const QDate closedOrEnd = need.closedOn.isValid() ? need.closedOn : m_end;
        for (int h = 0; h < 3; ++h) {
            if (!horizons[static_cast<std::size_t>(h)])
                continue;
            Goal goal;
            goal.needId = need.id;
            goal.text = texts.goals[static_cast<std::size_t>(h)];
            goal.horizon = horizonCodes[h];
            goal.targetOn = need.identifiedOn.addDays(m_random.between(targetMin[h], targetMax[h]));
            if (need.status == u"resolved") {
                if (h == lastHorizon) {
                    goal.status = QStringLiteral("achieved");
                    goal.achievedOn = need.closedOn;
                } else if (m_random.chance(0.9)) {
                    goal.status = QStringLiteral("achieved");
                    goal.achievedOn = m_random.dateBetween(need.identifiedOn, earlier(goal.targetOn, need.closedOn));
                } else {
                    goal.status = QStringLiteral("not_achieved");
                }
            } else if (need.isOpen()) {
                if (goal.targetOn.addDays(-20) <= m_end && m_random.chance(h == 0 ? 0.65 : 0.35)) {
                    goal.status = QStringLiteral("achieved");
                    goal.achievedOn = m_random.dateBetween(need.identifiedOn, earlier(goal.targetOn.addDays(20), m_end));
                } else {
                    goal.status = QStringLiteral("open");
                }
            } else if (h == 0 && m_random.chance(0.25)) {
                goal.status = QStringLiteral("achieved");
                goal.achievedOn = m_random.dateBetween(need.identifiedOn, need.closedOn);
            } else {
                goal.status = need.status == u"dropped" ? QStringLiteral("dropped") : QStringLiteral("not_achieved");
            }
            EntityTable<Goal>::insert(m_store.recorder(), goal);
            ++m_summary.goals;
            writeSteps(need, goal, texts, closedOrEnd);
        }
    }

    void writeSteps(const Need &need, const Goal &goal, const AreaTexts &texts, const QDate &closedOrEnd)
    {
        const int count = m_random.between(1, 3);
        const int first = m_random.below(4);
        const int window = std::max(3, static_cast<int>(need.identifiedOn.daysTo(goal.targetOn)));
        std::vector<QDate> dues;
        for (int i = 0; i < count; ++i)
            dues.push_back(need.identifiedOn.addDays(m_random.between(3, window)));
        std::sort(dues.begin(), dues.end());
        for (int i = 0; i < count; ++i) {
            const std::size_t index = static_cast<std::size_t>((first + i) % 4);
            Step step;
            step.goalId = goal.id;
            step.text = texts.steps[index];
            step.responsible = texts.responsibles[index];
            step.dueOn = dues[static_cast<std::size_t>(i)];
            if (goal.status == u"achieved") {
                step.doneOn = m_random.dateBetween(need.identifiedOn, goal.achievedOn);
            } else if (goal.status == u"open") {
                // Some steps past their due date stay undone: the "overdue" list.
                if (step.dueOn <= m_end) {
                    if (m_random.chance(0.6))
                        step.doneOn = earlier(later(step.dueOn.addDays(m_random.between(-10, 10)), need.identifiedOn),
                                              m_end);
                } else if (m_random.chance(0.15)) {
                    step.doneOn = m_random.dateBetween(need.identifiedOn, m_end);
                }
            } else if (m_random.chance(0.4)) {
                step.doneOn = m_random.dateBetween(need.identifiedOn, earlier(closedOrEnd, m_end));
            }
            EntityTable<Step>::insert(m_store.recorder(), step);
            ++m_summary.steps;
        }
    }

    void writeContacts(const Client &client, const QUuid &workerId, const Cooperation &cooperation, const QDate &until,
                       const std::vector<PlannedNeed> &needs)
    {
        const QDate from = later(cooperation.startOn, m_windowStart);
        if (until < from)
            return;
        const int days = static_cast<int>(from.daysTo(until));
        // About one meeting a month, more for some clients, fewer for others.
        const double rate = (0.55 + 0.9 * m_random.unit()) / 32.0;
        const int count = 1 + static_cast<int>(days * rate);
        std::vector<QDate> dates;
        dates.reserve(static_cast<std::size_t>(count));
        if (cooperation.startOn >= m_windowStart)
            dates.push_back(cooperation.startOn);
        while (static_cast<int>(dates.size()) < count)
            dates.push_back(m_random.dateBetween(from, until));
        std::sort(dates.begin(), dates.end());

        const std::span<const demo::WeightedCode> interventionSeeds = demo::interventions();

        std::vector<std::size_t> active;
        for (const QDate &date : dates) {
            Contact contact;
            contact.clientId = client.id;
            contact.workerId = workerId;
            contact.contactOn = date;
            const double place = m_random.unit();
            if (place < 0.60) {
                contact.place = QStringLiteral("field");
                contact.minutes = 5 * m_random.between(3, 24);
            } else if (place < 0.85) {
                contact.place = QStringLiteral("office");
                contact.minutes = 5 * m_random.between(3, 18);
            } else {
                contact.place = QStringLiteral("phone");
                contact.minutes = m_random.between(5, 20);
            }
            const int interventions = m_random.chance(0.60) ? 1 : m_random.chance(0.875) ? 2 : 3;
            while (contact.interventions.size() < interventions) {
                const QString &code = m_interventionCodes.at(static_cast<qsizetype>(
                    m_random.weighted(interventionSeeds, [](const demo::WeightedCode &c) { return c.weight; })));
                if (!contact.interventions.contains(code))
                    contact.interventions.append(code);
            }
            active.clear();
            for (std::size_t i = 0; i < needs.size(); ++i) {
                const Need &need = needs[i].need;
                if (need.identifiedOn <= date && (!need.closedOn.isValid() || need.closedOn >= date))
                    active.push_back(i);
            }
            const std::size_t touched = active.empty() ? 0 : active.size() == 1 || m_random.chance(0.7) ? 1 : 2;
            std::size_t noteArea = m_areas.size(); // none
            for (std::size_t t = 0; t < touched; ++t) {
                const std::size_t pick = static_cast<std::size_t>(m_random.below(static_cast<int>(active.size())));
                const PlannedNeed &planned = needs[active[pick]];
                contact.needIds.append(planned.need.id);
                if (t == 0)
                    noteArea = planned.area;
                active.erase(active.begin() + static_cast<std::ptrdiff_t>(pick));
            }
            contact.note = noteArea < m_areas.size()
                ? m_areas[noteArea].notes[static_cast<std::size_t>(m_random.below(3))]
                : m_generalNotes.at(m_random.below(static_cast<int>(m_generalNotes.size())));

            ContactRepository::write(m_store, contact);
            ++m_summary.contacts;
        }
    }

    Store &m_store;
    FixedClock &m_clock;
    const DemoOptions &m_options;
    Random m_random;
    QDate m_end;
    QDate m_windowStart;
    DemoSummary m_summary;

    std::vector<AreaTexts> m_areas;
    QStringList m_male;
    QStringList m_female;
    std::vector<Family> m_families;
    QStringList m_interventionCodes;
    QStringList m_generalNotes;
    QList<QUuid> m_providers;
    std::vector<WorkerSlot> m_workers;
    std::vector<LocalitySlot> m_localities;
};

} // namespace

DemoSummary DemoGenerator::generate(const QString &path, const DemoOptions &requested)
{
    DemoOptions options = requested;
    if (!options.endDate.isValid())
        options.endDate = DemoOptions().endDate;
    // The wall clock of the run is pinned to the evening of the last day, so stamps
    // and ids depend on the options only.
    FixedClock clock(QDateTime(options.endDate, QTime(17, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    StoreOptions storeOptions;
    storeOptions.clock = &clock;
    storeOptions.ids = std::make_shared<SeededIdSource>(options.seed);
    storeOptions.replicaName = QStringLiteral("demo");
    storeOptions.passphrase = options.passphrase;
    storeOptions.plain = options.plain;

    // Refuses an existing file before anything could remove it.
    std::unique_ptr<Store> store = Store::create(path, storeOptions);
    try {
        Generator generator(*store, clock, options);
        const DemoSummary summary = generator.run();
        store.reset();
        return summary;
    } catch (...) {
        store.reset();
        removeDatabaseFiles(path);
        throw;
    }
}

} // namespace teren
