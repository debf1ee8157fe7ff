#include "AccessExport.h"

#include "AccessPdf.h"
#include "PersonalRecord.h"

#include "domain/Error.h"
#include "store/ClientViews.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace teren {

AccessFiles AccessExport::write(Store &store, const QUuid &clientId, const QString &folder)
{
    const PersonalRecord record = PersonalRecord::of(store, clientId);
    if (!QDir().mkpath(folder))
        throw Error(tr("Could not create the folder %1.").arg(folder));
    const QDir dir(folder);
    const QString stem = record.fileStem();
    AccessFiles files{dir.filePath(stem + QStringLiteral(".pdf")), dir.filePath(stem + QStringLiteral(".json"))};

    QSaveFile json(files.json);
    const QByteArray bytes = QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size())
        throw Error(tr("Could not write %1: %2").arg(files.json, json.errorString()));
    AccessPdf::write(record, files.pdf);
    if (!json.commit()) {
        QFile::remove(files.pdf);
        throw Error(tr("Could not write %1: %2").arg(files.json, json.errorString()));
    }
    // Handing the data out is itself recorded, like opening the card.
    ClientViews(store).recordExport(clientId);
    return files;
}

} // namespace teren
