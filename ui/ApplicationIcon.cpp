#include "ApplicationIcon.h"

#include <QDir>

namespace teren {

QIcon applicationIcon()
{
    // Each size is drawn for itself (resources/CMakeLists.txt): a 16-pixel icon
    // scaled down from 256 loses the pin.
    const QDir icons(QStringLiteral(":/icons"));
    QIcon icon;
    for (const QString &name : icons.entryList({QStringLiteral("teren-*.png")}, QDir::Files))
        icon.addFile(icons.filePath(name));
    return icon;
}

} // namespace teren
