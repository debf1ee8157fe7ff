#pragma once

#include <QString>

namespace teren {

// The version of this Terén (the project's version in CMakeLists.txt), as bundles,
// databases, report footers and the About dialog record it: "0.9.0".
QString appVersion();

} // namespace teren
