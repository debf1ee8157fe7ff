#include <QString>

#include <unistd.h>

int processNumber()
{
    return static_cast<int>(::getpid());
}
