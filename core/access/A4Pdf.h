#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPdfWriter;

namespace teren {

// The paper every document handed to a person is laid out on (A4, portrait, 18 mm
// margins), and how such a document reaches the disk: laid out in memory, then
// written through a temporary file renamed into place, so a failure leaves nothing
// half-written. The fonts the layout uses are embedded, so Czech letters print
// wherever the file is opened. Needs a QGuiApplication (fonts).
class A4Pdf
{
    Q_DECLARE_TR_FUNCTIONS(A4Pdf)

public:
    static QPageLayout pageLayout();
    // Lays the document out by calling `layOut` with a PDF writer set to
    // pageLayout() and titled `title`, then writes it to `path`. Throws a translated
    // Error when the file cannot be written.
    static void write(const QString &path, const QString &title, const std::function<void(QPdfWriter &)> &layOut);
};

} // namespace teren
