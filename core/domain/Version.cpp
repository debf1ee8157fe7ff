#include "Version.h"

namespace teren {

QString appVersion()
{
    return QStringLiteral(TEREN_APP_VERSION);
}

} // namespace teren
