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
    } catch (const ConstraintError &error) {
        report.errors.append(QStringLiteral("%1: %2").arg(directory, error.message()));
    } catch (const StorageError &error) {
        report.storageFailure = error.message();
    } catch (const Error &error) {
        report.errors.append(QStringLiteral("%1: %2").arg(directory, error.message()));
    }
    if (!report.ok()) {
        // Nothing was written.
        report.inserted = 0;
        report.updated = 0;
        report.unchanged = 0;
    }
    return report;
}

} // namespace teren
