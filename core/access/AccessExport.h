#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace teren {

class Store;

// The files an access export wrote.
struct AccessFiles
{
    QString pdf;
    QString json;
};

// Everything about one person (GDPR Art. 15, and Art. 20's machine-readable copy):
// a PDF in the current language and a JSON of the same, side by side in a folder.
class AccessExport
{
    Q_DECLARE_TR_FUNCTIONS(AccessExport)

public:
    // Creates `folder` if needed; neither file is left half-written. Throws a
    // translated Error (no such person, a folder or file that cannot be written).
    static AccessFiles write(Store &store, const QUuid &clientId, const QString &folder);
};

} // namespace teren
