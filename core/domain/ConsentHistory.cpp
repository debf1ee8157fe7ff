#include "ConsentHistory.h"

#include "Codes.h"

#include <QHash>

namespace teren::ConsentHistory {

QList<Consent> current(const QList<Consent> &oldestFirst)
{
    QHash<QString, Consent> latest;
    for (const Consent &consent : oldestFirst)
        latest.insert(consent.scope, consent);
    QList<Consent> result;
    for (const QString &scope : Codes::consentScopes()) {
        if (const auto it = latest.constFind(scope); it != latest.cend())
            result.append(*it);
    }
    return result;
}

bool inForce(const QList<Consent> &oldestFirst)
{
    bool given = false;
    for (const Consent &consent : oldestFirst) {
        if (consent.scope == basicScope)
            given = consent.isGiven();
    }
    return given;
}

} // namespace teren::ConsentHistory
