#include "OwnerOnly.h"

#include "Platform.h"

namespace teren {

void makeNewFilesOwnerOnly()
{
    platform::restrictNewFilesToOwner();
}

} // namespace teren
