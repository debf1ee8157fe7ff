#include "TestSupport.h"

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

QString canonicalDump(Database &db, bool includeChangeLog)
{
    QString dump;
    Query tables = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    tables.exec();
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
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
                cells.append(v.isNull() ? QStringLiteral("NULL")
                             : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                    : v.toString());
            }
            dump += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
}

} // namespace teren::test
