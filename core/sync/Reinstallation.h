#pragma once

#include "Bundle.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace teren {

// A restored or salvaged file continues as a new installation.
//
// A file rewound to a backup has an older clock and bundle sequence than the one it
// replaces, which the region already holds: edits made from it would reuse stamps
// and bundle numbers that others have seen, and be skipped as duplicates. So it
// takes a new replica id and a new signing key, and proves it is the old
// installation's successor: the old key signs the new id and key. A recipient that
// trusted the old installation trusts the new one from its first bundle, revokes the
// old key (the lost or rewound file can no longer send), and moves what belonged to
// the old installation (an enrolment, the worker it works as, being the region's
// coordinator's installation) to the new one.
class Reinstallation
{
    Q_DECLARE_TR_FUNCTIONS(Reinstallation)

public:
    // Makes the file at `path` a new installation (it must not be open elsewhere);
    // returns the new replica id.
    static QUuid begin(const QString &path, StoreOptions options);

    // The successor's claim, in the header of every bundle it exports.
    static void addClaim(Store &store, BundleHeader &header);
    // Whether the header's claim is signed by the key pinned for the installation it
    // names.
    static bool verify(const BundleHeader &header, const QByteArray &replacedKey);
    // Recipient side, once the successor's first bundle is imported.
    static void adopt(Store &store, const BundleHeader &header);

private:
    static QByteArray signedPart(const QUuid &replica, const QByteArray &publicKey);
};

} // namespace teren
