#include "LibraryVersions.h"

#include <sodium.h>
#include <sqlite3.h>

namespace teren {

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString sodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

} // namespace teren
