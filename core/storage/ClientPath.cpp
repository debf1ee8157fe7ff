#include "ClientPath.h"

#include "domain/SchemaRegistry.h"

#include <algorithm>

namespace teren {

const QStringList &ClientPath::tables()
{
    static const QStringList names = [] {
        QStringList result;
        for (const QString &table : SchemaRegistry::clientRecordTables()) {
            if (table == u"client" || !SchemaRegistry::find(table)->parentColumn.isEmpty())
                result.append(table);
        }
        std::reverse(result.begin(), result.end());
        // The registry lists parents first; contacts and cooperations only need the
        // client, so reversing puts every child before its parent.
        return result;
    }();
    return names;
}

ClientPath ClientPath::of(const QString &table)
{
    ClientPath path;
    path.from = table;
    path.chain.append(table);
    QString current = table;
    for (const TableSpec *spec = SchemaRegistry::find(current); spec && !spec->parentColumn.isEmpty();
         spec = SchemaRegistry::find(current)) {
        const ColumnSpec *link = spec->column(spec->parentColumn);
        if (link->references == u"client") {
            path.client = current + QLatin1Char('.') + link->name;
            return path;
        }
        path.from += QStringLiteral(" JOIN %1 ON %1.id = %2.%3").arg(link->references, current, link->name);
        path.chain.append(link->references);
        current = link->references;
    }
    path.client = current + QStringLiteral(".id");
    return path;
}

} // namespace teren
