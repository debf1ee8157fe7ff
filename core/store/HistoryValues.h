#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <functional>

namespace teren {

class Store;

// How a client's history reads to a person: a column's label, a record named by what
// it is ("Need: Housing"), a value as words — codes as labels of the current language,
// dates as it writes them, linked records by name — and who and which laptop made a
// change. Names read once are kept for the rest of the history.
class HistoryValues
{
    Q_DECLARE_TR_FUNCTIONS(ClientHistory)

public:
    explicit HistoryValues(Store &store);

    // Names installations the file knows only from their bundles (besides itself and
    // the region's installations).
    void setInstallationNames(std::function<QString(const QUuid &)> names) { m_installationNames = std::move(names); }

    static QString fieldLabel(const QString &entity, const QString &field);
    static QString viewLabel(const QString &kind);
    // The record a row of the table is, from the row as it is now.
    QString record(const QString &entity, const QHash<QString, QVariant> &row);
    // A stored value of the column in words ("" for none); `row` is the row it belongs to.
    QString text(const QString &entity, const QString &field, const QVariant &value,
                 const QHash<QString, QVariant> &row);
    QString workerName(const QByteArray &author);
    QString installationName(const QByteArray &replica);
    // A row of a client's records (or a household, a client, an installation) as it is
    // now, deleted or not; empty when the file does not hold it.
    QHash<QString, QVariant> rowValues(const QString &entity, const QVariant &key);

private:
    QString needLabel(const QUuid &needId);

    Store &m_store;
    std::function<QString(const QUuid &)> m_installationNames;
    QHash<QByteArray, QString> m_workers;
    QHash<QByteArray, QString> m_installations;
    QHash<QUuid, QString> m_needs;
};

} // namespace teren
