#include "ReportTestData.h"

#include "changes/EntityTable.h"
#include "report/ReportBuilder.h"
#include "store/Repositories.h"
#include "store/TargetRepository.h"

namespace teren::test {

ReportRegion::ReportRegion()
{
    region = DirectoryRepository(store()).addRegion(Region{QUuid(), QStringLiteral("Karlovarský kraj")}).id;
}

QUuid ReportRegion::locality(const QString &code, const QString &name)
{
    return DirectoryRepository(store()).addLocality(Locality{QUuid(), region, code, name, name, name, {}, {}}).id;
}

QUuid ReportRegion::provider(const QString &name)
{
    return DirectoryRepository(store()).addProvider(Provider{QUuid(), region, name, {}, {}}).id;
}

QUuid ReportRegion::worker(const QString &name, const QUuid &provider)
{
    return DirectoryRepository(store()).addWorker(Worker{QUuid(), provider, name, QUuid(), QStringLiteral("field"), {}, {}}).id;
}

QUuid ReportRegion::client(const QString &name, const QUuid &locality, const QUuid &worker)
{
    Client client;
    client.givenName = name;
    client.familyName = QStringLiteral("Testová");
    client.localityId = locality;
    client.workerId = worker;
    return ClientRepository(store()).create(client).id;
}

QUuid ReportRegion::cooperation(const QUuid &client, const QDate &start, const QDate &end)
{
    Cooperation cooperation;
    cooperation.clientId = client;
    cooperation.startOn = start;
    cooperation.endOn = end;
    if (end.isValid())
        cooperation.endReason = QStringLiteral("goals_met");
    return CooperationRepository(store()).create(cooperation).id;
}

QUuid ReportRegion::need(const QUuid &client, const QString &area, const QDate &identified, const QString &status,
                         const QDate &closed, const QString &outcome)
{
    Need need;
    need.clientId = client;
    need.area = area;
    need.identifiedOn = identified;
    if (!status.isEmpty())
        need.status = status;
    need.closedOn = closed;
    need.outcome = outcome;
    return NeedRepository(store()).create(need).id;
}

QUuid ReportRegion::contact(const QUuid &client, const QDate &on, int minutes, const QString &place,
                            const QStringList &interventions)
{
    Contact contact;
    contact.clientId = client;
    contact.contactOn = on;
    contact.minutes = minutes;
    contact.place = place;
    contact.interventions = interventions;
    return ContactRepository(store()).create(contact).id;
}

QUuid ReportRegion::target(const QString &indicator, int year, double value, const QUuid &locality,
                           const QUuid &provider)
{
    return TargetRepository(store()).add(Target{QUuid(), indicator, year, locality, provider, value}).id;
}

void ReportRegion::tombstone(const QString &table, const QUuid &id)
{
    Transaction transaction(store().database());
    store().recorder().markDeleted(table, RowKey::ofId(id));
    transaction.commit();
}

Report ReportRegion::report(const QDate &from, const QDate &to, const ReportFilter &filters)
{
    ReportFilter filter = filters;
    filter.from = from;
    filter.to = to;
    return computeReport(store().database(), filter);
}

WorkedRegion::WorkedRegion()
{
    const QString resolved = QStringLiteral("resolved");
    alfa = data.locality(QStringLiteral("alfa"), QStringLiteral("Alfa"));
    // A name a CSV must quote.
    beta = data.locality(QStringLiteral("beta"), QStringLiteral("Beta, \"dolní\""));
    pomoc = data.provider(QStringLiteral("Pomoc"));
    quest = data.provider(QStringLiteral("Quest"));
    w1 = data.worker(QStringLiteral("Věra"), pomoc);
    w2 = data.worker(QStringLiteral("Karel"), pomoc);
    w3 = data.worker(QStringLiteral("Olga"), quest);

    anna = data.client(QStringLiteral("Anna"), alfa, w1);
    data.cooperation(anna, day("2024-06-01"), day("2025-03-31"));
    data.need(anna, QStringLiteral("housing"), day("2024-07-01"), resolved, day("2025-02-01"), QStringLiteral("housing_new"));
    data.need(anna, QStringLiteral("employment"), day("2025-01-10"), resolved, day("2025-03-01"),
              QStringLiteral("job_temporary"));
    data.contact(anna, day("2025-01-10"), 60, QStringLiteral("field"),
                 {QStringLiteral("counselling"), QStringLiteral("paperwork")});
    data.contact(anna, day("2025-03-31"), 30, QStringLiteral("office"), {QStringLiteral("paperwork")});

    bohdan = data.client(QStringLiteral("Bohdan"), alfa, w2);
    data.cooperation(bohdan, day("2025-02-01"));
    data.need(bohdan, QStringLiteral("employment"), day("2025-02-15"), resolved, day("2025-06-15"),
              QStringLiteral("job_permanent"));
    data.need(bohdan, QStringLiteral("debts"), day("2025-03-01"), resolved, day("2025-05-01"),
              QStringLiteral("repayment_schedule"));
    data.need(bohdan, QStringLiteral("debts"), day("2025-04-01"));
    data.contact(bohdan, day("2025-02-15"), 10, QStringLiteral("phone"), {QStringLiteral("counselling")});

    cyril = data.client(QStringLiteral("Cyril"), beta, w3);
    data.cooperation(cyril, day("2023-01-01"), day("2025-12-31"));
    data.need(cyril, QStringLiteral("housing"), day("2025-05-01"), resolved, day("2026-01-15"), QStringLiteral("housing_kept"));
    data.need(cyril, QStringLiteral("material"), day("2025-06-01"), resolved, day("2025-06-11"),
              QStringLiteral("benefit_granted"));
    data.need(cyril, QStringLiteral("material"), day("2025-07-01"), resolved, day("2025-10-01"),
              QStringLiteral("benefit_granted"));
    data.need(cyril, QStringLiteral("material"), day("2025-07-15"), QStringLiteral("not_resolved"), day("2025-08-01"));
    data.need(cyril, QStringLiteral("material"), day("2025-08-01"), resolved, day("2025-08-21"),
              QStringLiteral("benefit_granted"));
    data.need(cyril, QStringLiteral("material"), day("2025-09-01"), resolved, day("2025-12-10"), QStringLiteral("other"));
    data.contact(cyril, day("2025-06-01"), 45, QStringLiteral("field"), {QStringLiteral("accompaniment")});
    data.contact(cyril, day("2024-12-31"), 20, QStringLiteral("field"), {QStringLiteral("counselling")});

    dana = data.client(QStringLiteral("Dana"), beta, w3);
    data.cooperation(dana, day("2026-01-05"));
    data.need(dana, QStringLiteral("material"), day("2025-12-20"), resolved, day("2025-12-30"),
              QStringLiteral("benefit_granted"));
    data.need(dana, QStringLiteral("housing"), day("2026-01-10"), resolved, day("2026-03-01"), QStringLiteral("housing_new"));
    data.contact(dana, day("2025-12-20"), 30, QStringLiteral("field"), {QStringLiteral("counselling")});

    emil = data.client(QStringLiteral("Emil"), alfa, w1);
    data.cooperation(emil, day("2024-01-01"), day("2024-12-31"));
    data.contact(emil, day("2024-12-31"), 20, QStringLiteral("office"), {QStringLiteral("paperwork")});

    // Deleted: only the client row is a tombstone; its rows below stay live.
    filip = data.client(QStringLiteral("Filip"), alfa, w1);
    data.cooperation(filip, day("2025-01-01"));
    data.need(filip, QStringLiteral("employment"), day("2025-01-02"), resolved, day("2025-02-01"),
              QStringLiteral("job_temporary"));
    data.contact(filip, day("2025-01-02"), 60, QStringLiteral("field"), {QStringLiteral("crisis")});
    data.tombstone(QStringLiteral("client"), filip);

    gita = data.client(QStringLiteral("Gita"), alfa, w1);
    data.tombstone(QStringLiteral("cooperation"), data.cooperation(gita, day("2025-06-01"), day("2025-06-30")));
    data.cooperation(gita, day("2025-09-01"), day("2025-11-30"));
    data.need(gita, QStringLiteral("education"), day("2025-09-02"), resolved, day("2025-10-02"),
              QStringLiteral("school_enrolled"));
    data.tombstone(QStringLiteral("need"), data.need(gita, QStringLiteral("health"), day("2025-09-03"), resolved,
                                                     day("2025-09-10"), QStringLiteral("care_arranged")));
    data.need(gita, QStringLiteral("employment"), day("2025-09-05"), resolved, day("2025-12-31"),
              QStringLiteral("job_public_works"));
    data.contact(gita, day("2025-09-02"), 40, QStringLiteral("office"),
                 {QStringLiteral("education"), QStringLiteral("referral")});
    data.tombstone(QStringLiteral("contact"),
                   data.contact(gita, day("2025-09-03"), 99, QStringLiteral("field"), {QStringLiteral("crisis")}));

    hana = data.client(QStringLiteral("Hana"), QUuid(), w3);
    data.cooperation(hana, day("2025-03-01"));
    data.contact(hana, day("2026-01-01"), 5, QStringLiteral("phone"), {QStringLiteral("other")});

    ivan = data.client(QStringLiteral("Ivan"), beta, w3);
    data.cooperation(ivan, day("2025-02-01"), day("2025-02-15"));
}

} // namespace teren::test
