#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace teren {

class Store;

// The individual plan as a PDF file, laid out as it prints (PlanLayout), in the
// language of the moment. Needs a QGuiApplication (fonts).
class PlanPdf
{
    Q_DECLARE_TR_FUNCTIONS(PlanPdf)

public:
    // Writes the client's plan to `path` through a temporary file renamed into place,
    // and records on the client's history that the plan was printed. Throws a
    // translated Error (no such client, a file that cannot be written); nothing is
    // recorded then.
    static void write(Store &store, const QUuid &clientId, const QString &path);
};

} // namespace teren
