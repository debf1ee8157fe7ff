#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace teren {

struct DemoOptions
{
    int clients = 1300;
    quint64 seed = 1;
    // Last day of the 22 months of synthetic field work.
    QDate endDate = QDate(2026, 10, 31);
    // Called now and then with (clients done, clients total); return false to cancel.
    std::function<bool(int, int)> progress;
    // The file is encrypted under this passphrase; plain when empty (the people are
    // made up). `plain` keeps it plain even when tests encrypt every file by default.
    QString passphrase;
    bool plain = false;
};

struct DemoSummary
{
    int localities = 0;
    int providers = 0;
    int workers = 0;
    int households = 0;
    int clients = 0;
    int cooperations = 0;
    int needs = 0;
    int goals = 0;
    int steps = 0;
    int contacts = 0;
    int targets = 0;
    int partners = 0;
};

// A synthetic Karlovy Vary region with the shape the Karlovy Vary region's report on
// field social work in 17 excluded Roma localities describes. Deterministic for a
// seed: the same options give the same database content, ids included.
class DemoGenerator
{
public:
    // Creates `path` (which must not exist) and fills it. Throws teren::Error.
    static DemoSummary generate(const QString &path, const DemoOptions &options);
};

} // namespace teren
