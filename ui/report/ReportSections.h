#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QChart;

namespace teren {

class Codelists;

// One chart of the regional report with the table of the same numbers, in the
// current language. The chart is made on demand (the dashboard and the PDF each
// need their own); the caller owns it.
struct ReportSection
{
    QString key; // stable, for object names and file names
    QString tab;   // a short title for the dashboard's tab
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    std::function<QChart *()> makeChart;
};

class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(ReportSections)

public:
    static QList<ReportSection> build(const Report &report, const Codelists &codes);
    // The sections about who the persons supported are and what was done for them
    // (ReportPopulationSections.cpp), the last of build()'s.
    static QList<ReportSection> population(const Report &report, const Codelists &codes);
    // The headline's second row: households and the figures per person.
    static QList<QPair<QString, QString>> perPerson(const Report &report);

    // Horizontal bars read best with the long Czech area names; the first category is
    // drawn at the top, and within it the first set's bar (the legend in the same order).
    static QChart *horizontalBars(const QStringList &categories, const QList<QPair<QString, QList<double>>> &sets,
                                  const QString &valueTitle);

    // 0.574 → "57.4 %", in the current locale.
    static QString percent(double fraction);
    static QString days(const std::optional<double> &value);
    static QString number(double value, int decimals = 0);
    // `text`, or "< 5" where the report marks a figure over so few persons small.
    static QString cell(const Report &report, qint64 persons, const QString &text);
};

} // namespace teren
