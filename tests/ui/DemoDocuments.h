#pragma once

#include "store/Store.h"

#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace teren::test {

// A small demo region (encrypted when the suite runs so) and one of its clients, the
// first row of `clientQuery` (a SELECT of client ids): the documents handed to a
// person are tested on it.
struct DemoRegion
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QUuid client;

    explicit DemoRegion(const QString &clientQuery);
    QString clientText() const { return client.toString(QUuid::WithoutBraces); }
    std::unique_ptr<Store> open() const { return Store::open(path); }
};

// The text of a PDF, or of its page `page` (counted from 1), as pdftotext reads it in
// layout mode, with lines broken where the layout wrapped them joined again.
QString pdfText(const QString &path, int page = 0);
int pdfPageCount(const QString &path);

} // namespace teren::test
