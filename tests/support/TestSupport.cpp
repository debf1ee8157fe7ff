#include "TestSupport.h"

#include "changes/ChangeLog.h"
#include "demo/DemoGenerator.h"
#include "domain/SchemaRegistry.h"

#include <QFile>

namespace teren::test {

Fixture::Fixture()
{
    m_store = Store::create(path(QStringLiteral("card.sqlite")), options());
}

StoreOptions Fixture::options()
{
    StoreOptions options;
    options.clock = &m_clock;
    options.ids = std::make_shared<SeededIdSource>(42);
    options.replicaName = QStringLiteral("test");
    return options;
}

std::unique_ptr<Store> Fixture::reopen()
{
    m_store.reset();
    m_store = Store::open(path(QStringLiteral("card.sqlite")), options());
    return nullptr;
}

QString demoFile(const QTemporaryDir &dir, int clients, const QString &passphrase)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.clients = clients;
    options.passphrase = passphrase;
    DemoGenerator::generate(path, options);
    return path;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
}

namespace {

QString cell(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

} // namespace

QString canonicalDump(Database &db, bool includeChangeLog)
{
    QStringList names;
    for (const TableSpec &spec : SchemaRegistry::tables())
        names.append(spec.name);
    names.sort();
    QString dump;
    for (const QString &table : std::as_const(names)) {
        if (table == u"meta" || (table == u"change" && !includeChangeLog))
            continue;
        dump += QStringLiteral("## %1\n").arg(table);
        Query rows = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        rows.exec();
        while (rows.next()) {
            QStringList cells;
            for (int i = 0;; ++i) {
                const QVariant v = rows.value(i);
                if (!v.isValid())
                    break;
                cells.append(cell(v));
            }
            dump += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
}

QString replicatedState(Database &db)
{
    QStringList tables = SchemaRegistry::syncedTables();
    for (const TableSpec &spec : SchemaRegistry::tables()) {
        if (spec.scope == TableScope::ClientLink)
            tables.append(spec.name);
    }
    tables.append(QStringLiteral("conflict"));
    QString dump;
    for (const QString &table : std::as_const(tables)) {
        dump += QStringLiteral("## %1\n").arg(table);
        QStringList order;
        for (qsizetype i = 1; i <= SchemaRegistry::find(table)->columns.size(); ++i)
            order.append(QString::number(i));
        Query rows = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(u", ")));
        rows.exec();
        const int columns = rows.columnCount();
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < columns; ++i)
                cells.append(cell(rows.value(i)));
            dump += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    dump += QStringLiteral("## change\n");
    changelog::forEachInStampOrder(db, [&dump](const ChangeRecord &change) {
        const QStringList cells = {change.entity,
                                   cell(change.rowKey),
                                   QString::number(change.stamp.hlc),
                                   cell(change.stamp.replica),
                                   cell(change.author.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                                : QVariant(change.author)),
                                   QString::number(change.op),
                                   cell(change.fields.toCborValue().toCbor()),
                                   cell(change.bases.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                               : QVariant(change.bases.toCborValue().toCbor())),
                                   change.refusal};
        dump += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
    });
    return dump;
}

} // namespace teren::test
