#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace teren {

// What a yearly target can be set for. Each code names a figure of the regional
// report computed for the target's year and scope; the outcome-based ones count
// persons with a need of `area` resolved with one of `outcomes` (IQ Roma Service's
// strategic plan: clients employed, housed, debt-free, in school).
struct TargetIndicator
{
    QString code;
    bool rate = false; // a fraction from 0 to 1; otherwise a whole count
    QString area;      // outcome-based indicators only
    QStringList outcomes;

    bool outcomeBased() const { return !outcomes.isEmpty(); }
};

class TargetIndicators
{
    Q_DECLARE_TR_FUNCTIONS(TargetIndicators)

public:
    // In the order reports list them.
    static const QList<TargetIndicator> &all();
    static const TargetIndicator *find(const QString &code);
    static QStringList codes();
    // The indicator's name in the current language; the code itself when unknown.
    static QString label(const QString &code);
};

} // namespace teren
