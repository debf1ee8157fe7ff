#pragma once

#include "ReportSections.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace teren {

// The whole report as a PDF in the current language, for funders: the period, the
// region, the filters and the headline figures, then every section's heading,
// chart and table, with page numbers. Charts are laid out for the page (ChartFit:
// no label cut), a table's columns fit their content (headers wrap, and the font
// gets smaller before anything would be cut), a heading always starts a page
// together with its chart, and a table continued on the next page repeats its
// header. Written through QSaveFile, so a failed write leaves no half a file.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    struct Content
    {
        QString title;
        QStringList subtitleLines;                // period, region, filters, when made
        QList<QPair<QString, QString>> headline;  // label, value
        QList<ReportSection> sections;
    };

    // Returns the error, empty on success.
    static QString write(const QString &path, const Content &content);

    // Paints the report with `painter` on pages whose printable area is `page` (in
    // the device's units, at 72 per inch); calls `newPage` before every page after
    // the first. Returns the number of pages. write() is this on a QPdfWriter.
    static int paint(QPainter &painter, const QSizeF &page, const Content &content,
                     const std::function<void()> &newPage);
};

} // namespace teren
