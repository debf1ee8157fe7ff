#pragma once

namespace teren {

// From now on every file and folder this process creates (databases, their WAL and
// shared-memory files, key files, bundles, reports, exports) is readable by its
// owner only (0600, folders 0700): another account on the laptop cannot copy them.
// Set once by each program at start, before anything is written.
void makeNewFilesOwnerOnly();

} // namespace teren
