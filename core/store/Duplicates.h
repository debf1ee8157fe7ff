#pragma once

#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace teren {

// One client record as the duplicate list shows it.
struct PersonRecord
{
    QUuid id;
    QString name;
    std::optional<int> birthYear;
    QString locality;
    QString worker;
    int needs = 0;
    int contacts = 0;
};

struct DuplicatePair
{
    PersonRecord first;
    PersonRecord second;
};

struct MergedPerson
{
    PersonRecord duplicate;
    PersonRecord kept;
};

// The same person registered by two workers: found by name whatever the diacritics,
// letter case and name order ("Horváth Jan" = "jan horvath"), with the same birth year
// and locality (or one of them not filled in). Merging points the duplicate record at
// the one kept: the kept record's card, plan, contacts and the reports then include
// everything recorded under either, and the duplicate leaves the client list.
// Nothing is moved or rewritten, so un-merging is exact, and both are ordinary synced
// edits of one field that reach every replica.
class Duplicates
{
    Q_DECLARE_TR_FUNCTIONS(Duplicates)

public:
    explicit Duplicates(Store &store) : m_store(store) {}

    QList<DuplicatePair> candidates();
    QList<MergedPerson> merged();

    // Throws a translated ValidationError for the same record, a missing or deleted
    // one, or a kept record that is itself merged into another.
    void merge(const QUuid &duplicate, const QUuid &kept);
    void unmerge(const QUuid &duplicate);

    // "Not the same person": the pair leaves the candidates until restored. Kept in
    // this file only (not synced): it is the coordinator's worklist.
    void dismiss(const QUuid &first, const QUuid &second);
    void restore(const QUuid &first, const QUuid &second);
    // Dismissed pairs whose records both still exist, unmerged.
    QList<DuplicatePair> dismissed();

    // Folded (no diacritics, lower case) name words in sorted order; empty without a name.
    static QString nameKey(const QString &givenName, const QString &familyName);

private:
    friend class DuplicateCheck;
    std::optional<PersonRecord> record(const QUuid &id);
    // The pair's two ids in the order the table keeps them.
    static std::pair<QByteArray, QByteArray> orderedPair(const QUuid &first, const QUuid &second);

    Store &m_store;
};

// A person about to be registered, checked while the name is typed: the records
// Duplicates::candidates() would pair with it (the same name whatever the diacritics,
// letter case and name order, and the same birth year and locality or one of them not
// filled in). The names are read once, so each check runs in memory.
class DuplicateCheck
{
public:
    explicit DuplicateCheck(Store &store);

    // Live, unmerged records that may be the same person as one with these details.
    QList<PersonRecord> matching(const QString &givenName, const QString &familyName,
                                 std::optional<int> birthYear, const QUuid &localityId) const;

private:
    friend class Duplicates;
    struct Row
    {
        QUuid id;
        QVariant birthYear;
        QByteArray locality;
    };
    // Unfilled birth year or locality does not tell two records apart.
    static bool compatible(const Row &a, const Row &b);

    Store &m_store;
    QHash<QString, QList<Row>> m_byName; // by Duplicates::nameKey, in id order
};

} // namespace teren
