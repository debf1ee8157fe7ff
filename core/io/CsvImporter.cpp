#include "CsvImporter.h"

#include "CsvImportRun.h"

namespace teren {

CsvImportReport CsvImporter::importFolder(const QString &directory)
{
    CsvImportReport report;
    try {
        Transaction transaction(m_store.database());
        csvimport::ImportRun run(m_store, directory, report);
        if (run.execute())
            transaction.commit();
    } catch (const Error &error) {
        report.errors.append(QStringLiteral("%1: %2").arg(directory, error.message()));
    }
    if (!report.errors.isEmpty()) {
        // Nothing was written.
        report.inserted = 0;
        report.updated = 0;
        report.unchanged = 0;
    }
    return report;
}

} // namespace teren
