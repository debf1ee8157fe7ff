#pragma once

#include <QString>
#include <QUuid>

namespace teren {

class Store;

// Where this file's exports stand, per stream of bundles. A bundle sealed to one
// installation is numbered in the stream to that installation and carries what
// changed since the last bundle to it, so what went to one recipient leaves no gap
// at another. Bundles under a passphrase, for whoever holds it, form one stream of
// their own: the one every export was numbered in before streams were told apart,
// whose positions it keeps. Statistical bundles have streams of their own too. A
// coordinator's bundles back to a worker's laptop are numbered per worker instead
// (FieldScope). The positions live in `meta` (Store).
class ExportStreams
{
public:
    ExportStreams(Store &store, bool statistical) : m_store(store), m_statistical(statistical) {}

    struct Position
    {
        qint64 sequence = 0;        // of the last bundle in the stream (0: none yet)
        qint64 exportedThrough = 0; // the change-log position it reached
    };
    // The stream to `recipient`; a null recipient is the passphrase stream.
    Position last(const QUuid &recipient);
    void remember(const QUuid &recipient, const Position &position);
    // How far this file's changes have gone out towards `recipient`: sealed to it or
    // under a passphrase, which may have reached it too.
    qint64 exportedThroughTowards(const QUuid &recipient);
    // Every stream numbers its bundles from 1 again (a file that became a new
    // installation is a new sender); how far changes went out is kept.
    static void restartNumbering(Store &store);

private:
    QString sequenceKey(const QUuid &recipient) const;
    QString throughKey(const QUuid &recipient) const;

    Store &m_store;
    bool m_statistical;
};

} // namespace teren
