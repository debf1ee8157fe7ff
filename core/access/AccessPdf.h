#pragma once

#include <QCoreApplication>
#include <QString>

namespace teren {

struct PersonalRecord;

// The readable half of an access export: the person's record as a document in the
// language of the moment, laid out for A4. Needs a QGuiApplication (fonts).
class AccessPdf
{
    Q_DECLARE_TR_FUNCTIONS(AccessPdf)

public:
    static QString html(const PersonalRecord &record);
    // Writes the PDF through a temporary file renamed into place; throws a
    // translated Error when it cannot be written.
    static void write(const PersonalRecord &record, const QString &path);
};

} // namespace teren
