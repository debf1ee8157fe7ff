#include "OwnerOnly.h"

#include <sys/stat.h>

namespace teren {

void makeNewFilesOwnerOnly()
{
    ::umask(S_IRWXG | S_IRWXO);
}

} // namespace teren
