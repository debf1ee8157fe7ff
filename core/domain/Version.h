#pragma once

#include <QString>
#include <QVersionNumber>

namespace teren {

// This build's version, "0.9.0", as the top CMakeLists.txt's project() sets it: what
// `--version`, the About box, bundles and reports show.
QString appVersion();
QVersionNumber appVersionNumber();

} // namespace teren
