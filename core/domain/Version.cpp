#include "Version.h"

#include "ProjectVersion.h"

namespace teren {

QString appVersion()
{
    return QStringLiteral(TEREN_PROJECT_VERSION);
}

QVersionNumber appVersionNumber()
{
    return QVersionNumber::fromString(appVersion());
}

} // namespace teren
