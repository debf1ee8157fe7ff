#pragma once

#include "TestSupport.h"
#include "report/Report.h"

#include <QDate>
#include <QStringList>
#include <QUuid>

namespace teren::test {

inline QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A small region written through the repositories, so every row is stamped and
// logged as in real use.
class ReportRegion
{
public:
    ReportRegion();

    Store &store() { return m_fixture.store(); }
    Fixture &fixture() { return m_fixture; }

    QUuid locality(const QString &code, const QString &name);
    QUuid provider(const QString &name);
    QUuid worker(const QString &name, const QUuid &provider);
    QUuid client(const QString &name, const QUuid &locality, const QUuid &worker);
    // An open cooperation when `end` is null.
    QUuid cooperation(const QUuid &client, const QDate &start, const QDate &end = {});
    QUuid need(const QUuid &client, const QString &area, const QDate &identified, const QString &status = {},
               const QDate &closed = {}, const QString &outcome = {});
    QUuid contact(const QUuid &client, const QDate &on, int minutes, const QString &place,
                  const QStringList &interventions);
    QUuid target(const QString &indicator, int year, double value, const QUuid &locality = {},
                 const QUuid &provider = {});
    // A tombstone as a merge could leave it: only this row, its children untouched.
    void tombstone(const QString &table, const QUuid &id);

    Report report(const QDate &from, const QDate &to, const ReportFilter &filters = {});

    QUuid region;

private:
    Fixture m_fixture;
};

// The hand-worked region of test_report.cpp: every figure of the 2025 report is
// derived in the comments there.
struct WorkedRegion
{
    ReportRegion data;
    QUuid alfa, beta;
    QUuid pomoc, quest;
    QUuid w1, w2, w3;
    QUuid anna, bohdan, cyril, dana, emil, filip, gita, hana, ivan;

    WorkedRegion();
};

} // namespace teren::test
