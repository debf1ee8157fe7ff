#pragma once

#include <QIcon>

namespace teren {

// Terén's window and task-bar icon at every size a desktop asks for.
QIcon applicationIcon();

} // namespace teren
