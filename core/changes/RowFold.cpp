#include "RowFold.h"

namespace teren {

void RowFold::add(const ChangeRecord &change)
{
    changes.append(change);
    if (change.op == ChangeRecord::Insert)
        inserted = true;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const QString name = it.key().toString();
        if (name == u"deleted" && it.value().toInteger() == 2)
            erased = true;
        else if (name == ChangeRecord::anonymisedMarker() && it.value().toBool())
            anonymised = true;
        auto field = fields.find(name);
        if (field == fields.end())
            fields.insert(name, {it.value(), change.stamp});
        else if (isAfter(change.stamp, field->stamp))
            *field = {it.value(), change.stamp};
    }
    if (latest.isNull() || isAfter(change.stamp, latest)) {
        latest = change.stamp;
        latestAuthor = change.author;
    }
}

int RowFold::deleted() const
{
    if (erased)
        return 2; // an erasure is final whatever is stamped after it
    const auto it = fields.constFind(QStringLiteral("deleted"));
    return it == fields.cend() ? 0 : static_cast<int>(it->value.toInteger());
}

} // namespace teren
