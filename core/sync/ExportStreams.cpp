#include "ExportStreams.h"

#include "store/Store.h"

#include <algorithm>

namespace teren {

namespace {

// The passphrase stream keeps the names every export used before streams were told
// apart; a recipient's stream adds the recipient ("export_sequence/<id>").
QString inStream(const QString &name, const QUuid &recipient)
{
    return recipient.isNull() ? name : name + u'/' + recipient.toString(QUuid::WithoutBraces);
}

} // namespace

QString ExportStreams::sequenceKey(const QUuid &recipient) const
{
    return inStream(m_statistical ? QStringLiteral("statistical_sequence") : QStringLiteral("export_sequence"),
                    recipient);
}

QString ExportStreams::throughKey(const QUuid &recipient) const
{
    return inStream(m_statistical ? QStringLiteral("statistical_exported_through") : QStringLiteral("exported_through"),
                    recipient);
}

void ExportStreams::restartNumbering(Store &store)
{
    for (const QString &name : {QStringLiteral("export_sequence"), QStringLiteral("statistical_sequence")}) {
        for (const QString &key : store.metaKeys(name))
            store.setMeta(key, QVariant());
    }
}

ExportStreams::Position ExportStreams::last(const QUuid &recipient)
{
    return {m_store.meta(sequenceKey(recipient)).toLongLong(), m_store.meta(throughKey(recipient)).toLongLong()};
}

void ExportStreams::remember(const QUuid &recipient, const Position &position)
{
    m_store.setMeta(sequenceKey(recipient), position.sequence);
    m_store.setMeta(throughKey(recipient), position.exportedThrough);
}

qint64 ExportStreams::exportedThroughTowards(const QUuid &recipient)
{
    const qint64 underPassphrase = last(QUuid()).exportedThrough;
    return recipient.isNull() ? underPassphrase : std::max(underPassphrase, last(recipient).exportedThrough);
}

} // namespace teren
