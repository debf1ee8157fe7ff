#include <catch2/catch.hpp>

#include "ClientListModel.h"
#include "ClientListRows.h"

#include <QCollator>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

using namespace teren;

namespace {

const QStringList familyNames = {QStringLiteral("Novák"),  QStringLiteral("Čermák"), QStringLiteral("Cibulka"),
                                 QStringLiteral("Horváth"), QStringLiteral("Chalupa"), QStringLiteral("Šťastný"),
                                 QStringLiteral("Sýkora"), QStringLiteral("Žák"),     QStringLiteral("Zeman")};
const QStringList givenNames = {QStringLiteral("Jana"), QStringLiteral("Ondřej"), QStringLiteral("Šárka"),
                                QStringLiteral("Adam")};
const QStringList localities = {QStringLiteral("Chanov"), QStringLiteral("Cheb"), QStringLiteral("Ústí"),
                                QStringLiteral("Brno"), QString()};

ClientSummary someClient(QRandomGenerator &random)
{
    ClientSummary client;
    client.id = QUuid::createUuid();
    client.familyName = familyNames.at(random.bounded(familyNames.size()));
    client.givenName = givenNames.at(random.bounded(givenNames.size()));
    const int year = random.bounded(1940, 2012);
    if (year % 5 != 0)
        client.birthYear = year;
    client.locality = localities.at(random.bounded(localities.size()));
    if (!client.locality.isEmpty())
        client.localityId = QUuid::createUuidV5(QUuid(), client.locality);
    client.openNeeds = random.bounded(6);
    client.consentInForce = random.bounded(2) == 1;
    return client;
}

// `count` clients made up, appended to `clients`, and their rows as a reader makes them.
ClientListRows someRows(QRandomGenerator &random, int count, QList<ClientSummary> &clients)
{
    ClientListRows rows;
    ClientListRowMaker maker;
    for (int i = 0; i < count; ++i) {
        clients.append(someClient(random));
        rows.push_back(maker.make(clients.last()));
    }
    return rows;
}

// The list's order worked out from its definition, with the collator's strings and no ranks:
// unknown values last either way, ties by name and then id ascending; by name descending the
// ascending order reversed.
struct ExpectedOrder
{
    ExpectedOrder(int sortColumn, Qt::SortOrder order)
        : column(sortColumn)
        , descending(order == Qt::DescendingOrder)
    {
        collator.setCaseSensitivity(Qt::CaseInsensitive);
    }

    int byName(const ClientSummary &a, const ClientSummary &b) const
    {
        if (const int family = collator.compare(a.familyName, b.familyName); family != 0)
            return family;
        if (const int given = collator.compare(a.givenName, b.givenName); given != 0)
            return given;
        return a.id < b.id ? -1 : (b.id < a.id ? 1 : 0);
    }

    bool operator()(const ClientSummary &a, const ClientSummary &b) const
    {
        bool aUnknown = false;
        bool bUnknown = false;
        int order = 0;
        switch (column) {
        case ClientListModel::BirthYear:
            aUnknown = !a.birthYear;
            bUnknown = !b.birthYear;
            order = aUnknown || bUnknown ? 0 : *a.birthYear - *b.birthYear;
            break;
        case ClientListModel::Locality:
            aUnknown = a.locality.isEmpty();
            bUnknown = b.locality.isEmpty();
            order = aUnknown || bUnknown ? 0 : collator.compare(a.locality, b.locality);
            break;
        case ClientListModel::OpenNeeds:
            order = a.openNeeds - b.openNeeds;
            break;
        case ClientListModel::ConsentInForce:
            order = int(a.consentInForce) - int(b.consentInForce);
            break;
        default:
            return descending ? byName(a, b) > 0 : byName(a, b) < 0;
        }
        if (aUnknown != bUnknown)
            return bUnknown;
        if (order != 0)
            return descending ? order > 0 : order < 0;
        return byName(a, b) < 0;
    }

    int column;
    bool descending;
    QCollator collator{QLocale(QLocale::Czech, QLocale::Czechia)};
};

QList<QUuid> listedIds(const ClientListModel &model)
{
    QList<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ClientListModel::IdRole).toUuid());
    return ids;
}

QList<QUuid> expectedIds(QList<ClientSummary> clients, int column, Qt::SortOrder order)
{
    std::sort(clients.begin(), clients.end(), ExpectedOrder(column, order));
    QList<QUuid> ids;
    for (const ClientSummary &client : clients)
        ids.append(client.id);
    return ids;
}

void checkEveryOrder(ClientListModel &model, const QList<ClientSummary> &clients)
{
    for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("column " << column << (order == Qt::AscendingOrder ? " ascending" : " descending"));
            model.sort(column, order);
            CHECK(listedIds(model) == expectedIds(clients, column, order));
        }
    }
}

} // namespace

TEST_CASE("The client list sorts by every column either way as its definition says", "[ui][list]")
{
    QRandomGenerator random(20261204);
    QList<ClientSummary> clients;
    ClientListRows rows = someRows(random, 400, clients);
    ClientListModel model;

    SECTION("rows given in any order")
    {
        model.setRows(std::move(rows));
        checkEveryOrder(model, clients);
    }
    SECTION("rows ranked by name where they were read")
    {
        ClientListOrder::rankByName(rows);
        model.setRows(std::move(rows), true);
        checkEveryOrder(model, clients);
    }
}

TEST_CASE("Edited rows keep the list's order, however many land between the same two names", "[ui][list]")
{
    QRandomGenerator random(4122026);
    QList<ClientSummary> clients;
    ClientListModel model;
    model.setRows(someRows(random, 200, clients));
    const int column = GENERATE(int(ClientListModel::Name), int(ClientListModel::Locality));
    const Qt::SortOrder order = GENERATE(Qt::AscendingOrder, Qt::DescendingOrder);
    INFO("edited while sorted by column " << column << (order == Qt::AscendingOrder ? " ascending" : " descending"));
    model.sort(column, order);

    // Each renamed client lands just after the one before it, between the same two
    // neighbours: far more times than the ranks' gap can be halved.
    for (int i = 0; i < 60; ++i) {
        ClientSummary &client = clients[i];
        client.familyName = QStringLiteral("Kovář");
        client.givenName = QStringLiteral("Jan %1").arg(i, 3, 10, QLatin1Char('0'));
        model.refreshClient(client.id, client);
        CHECK(listedIds(model) == expectedIds(clients, column, order));
    }
    // A new client and one no longer listed.
    clients.append(someClient(random));
    model.refreshClient(clients.last().id, clients.last());
    model.refreshClient(clients.first().id, std::nullopt);
    clients.removeFirst();
    CHECK(listedIds(model) == expectedIds(clients, column, order));

    checkEveryOrder(model, clients);
}
