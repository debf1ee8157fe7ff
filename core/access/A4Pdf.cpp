#include "A4Pdf.h"

#include "domain/Error.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace teren {

QPageLayout A4Pdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                       QPageLayout::Millimeter);
}

void A4Pdf::write(const QString &path, const QString &title, const std::function<void(QPdfWriter &)> &layOut)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageLayout(pageLayout());
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Terén"));
        layOut(pdf);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
        throw Error(tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace teren
