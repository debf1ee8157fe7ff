#pragma once

#include <QString>

namespace teren {

// The versions of the libraries this process runs on, as loaded (the system may have
// updated them since Terén was built): what the About dialog names and a bug report
// needs.
QString sqliteVersion(); // "3.40.1"
QString sodiumVersion(); // "1.0.18"

} // namespace teren
