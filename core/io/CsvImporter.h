#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace teren {

class Store;

struct CsvImportReport
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QMap<QString, int> rowsByFile; // file name -> data rows read
    QStringList errors;            // "FILE:LINE: reason", translated
    // Set when the database could not be written (a full disk, a file in use or
    // read-only): the import stopped there, whatever the rows held. Translated.
    QString storageFailure;
    bool ok() const { return errors.isEmpty() && storageFailure.isEmpty(); }
};

// Onboarding from spreadsheets: a folder of UTF-8 CSV files imported as
// one transaction. Any bad row aborts the whole import and leaves the file as it
// was; every bad row found is reported. A storage failure stops the import at once
// and is reported once, as what it is. Re-importing the same folder changes nothing.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    explicit CsvImporter(Store &store) : m_store(store) {}
    CsvImportReport importFolder(const QString &directory);

private:
    Store &m_store;
};

} // namespace teren
