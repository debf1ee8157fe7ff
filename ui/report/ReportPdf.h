#pragma once

#include "ReportSections.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace teren {

// The whole report as a PDF in the current language: a title page part with the
// period, the filters and the headline figures, then every section's chart and
// table, with page numbers. Written through QSaveFile, so a failed write leaves no
// half a file.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    struct Content
    {
        QString title;
        QStringList subtitleLines;                // period, filters, when made
        QList<QPair<QString, QString>> headline;  // label, value
        QList<ReportSection> sections;
    };

    // Returns the error, empty on success.
    static QString write(const QString &path, const Content &content);
};

} // namespace teren
