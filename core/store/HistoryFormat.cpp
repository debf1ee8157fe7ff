#include "HistoryFormat.h"

#include "domain/CsvText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace teren::HistoryFormat {

namespace {

const QStringList &columns()
{
    static const QStringList names = {
        QStringLiteral("time"),          QStringLiteral("client_id"),  QStringLiteral("kind"),
        QStringLiteral("entity"),        QStringLiteral("row_id"),     QStringLiteral("record"),
        QStringLiteral("field"),         QStringLiteral("field_label"), QStringLiteral("old_value"),
        QStringLiteral("new_value"),     QStringLiteral("old"),        QStringLiteral("new"),
        QStringLiteral("author_id"),     QStringLiteral("author"),     QStringLiteral("installation_id"),
        QStringLiteral("installation"),  QStringLiteral("lost_in_merge"), QStringLiteral("note"),
    };
    return names;
}

QString idText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QJsonValue stored(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QByteArray)
        return QUuid::fromRfc4122(value.toByteArray()).toString(QUuid::WithoutBraces);
    return QJsonValue::fromVariant(value);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject toObject(const HistoryEntry &entry)
{
    const bool view = entry.kind == HistoryEntry::Kind::View;
    QJsonObject object;
    object.insert(QStringLiteral("time"), entry.when.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("client_id"), idText(entry.clientId));
    object.insert(QStringLiteral("kind"), view ? QStringLiteral("view") : QStringLiteral("change"));
    object.insert(QStringLiteral("entity"), entry.entity);
    object.insert(QStringLiteral("row_id"), idText(entry.rowId));
    object.insert(QStringLiteral("record"), entry.record);
    object.insert(QStringLiteral("field"), entry.field);
    object.insert(QStringLiteral("field_label"), entry.fieldLabel);
    object.insert(QStringLiteral("old_value"), stored(entry.oldValue));
    object.insert(QStringLiteral("new_value"), stored(entry.newValue));
    object.insert(QStringLiteral("old"), text(entry.oldText));
    object.insert(QStringLiteral("new"), text(entry.newText));
    object.insert(QStringLiteral("author_id"), text(idText(entry.author)));
    object.insert(QStringLiteral("author"), text(entry.authorName));
    object.insert(QStringLiteral("installation_id"), idText(entry.replica));
    object.insert(QStringLiteral("installation"), entry.installation);
    object.insert(QStringLiteral("lost_in_merge"), entry.lostInMerge);
    object.insert(QStringLiteral("note"), text(entry.note()));
    return object;
}

// A number as it is; a text (a note, a changed value) guarded as a spreadsheet needs.
QString csvField(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    default:
        return csv::textField(value.toString());
    }
}

} // namespace

QByteArray toJson(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &entry : entries)
        array.append(toObject(entry));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QList<HistoryEntry> &entries)
{
    QString csv = columns().join(u',') + QStringLiteral("\r\n");
    for (const HistoryEntry &entry : entries) {
        const QJsonObject object = toObject(entry);
        QStringList row;
        for (const QString &column : columns())
            row.append(csvField(object.value(column)));
        csv += row.join(u',') + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

QString toText(const QList<HistoryEntry> &entries)
{
    QString text;
    for (const HistoryEntry &entry : entries) {
        const QString who = entry.authorName.isEmpty()
            ? entry.installation
            : ClientHistory::tr("%1 on %2", "who on which laptop").arg(entry.authorName, entry.installation);
        QString what;
        if (entry.kind == HistoryEntry::Kind::View) {
            what = entry.fieldLabel;
        } else {
            const QString empty = QStringLiteral("—");
            what = ClientHistory::tr("%1 · %2: %3 → %4", "record · field: old → new")
                       .arg(entry.record, entry.fieldLabel, entry.oldText.isEmpty() ? empty : entry.oldText,
                            entry.newText.isEmpty() ? empty : entry.newText);
        }
        const QString note = entry.note();
        text += QStringLiteral("%1  %2  %3%4\n")
                    .arg(entry.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), who, what,
                         note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(note));
    }
    return text;
}

} // namespace teren::HistoryFormat
