#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>
#include <QString>

class QScreen;
class QWidget;

namespace teren {

// Where and how large a top-level window opens. A window always opens inside the
// available geometry of its screen (the work area without panels and task bars,
// in the screen's logical pixels, so a 1920×1080 screen at 150 % counts as
// 1280×720): the size it asks for when that fits, else as much as the screen has.
// A window with a key reopens where it was closed, but only when that still fits a
// screen. Every top-level window sizes itself through here.
class WindowGeometry
{
public:
    // The frame (title bar and borders) a window is assumed to get before the window
    // system reports its real one.
    static QMargins assumedFrame();

    // The client rectangle of a window that wants `preferred` (client size) on a
    // screen whose available geometry is `available`: the preferred size, shrunk so
    // that it and its `frame` fit; never smaller than `minimum` unless the screen is;
    // centred on `centre` (the screen's centre when null) and moved wholly inside.
    static QRect fitted(const QRect &available, const QSize &preferred, const QSize &minimum = {},
                        const QMargins &frame = assumedFrame(), const QPoint &centre = {});

    // Whether a window with this client rectangle and `frame` lies wholly inside
    // `available`.
    static bool fits(const QRect &client, const QRect &available, const QMargins &frame = assumedFrame());

    // The screen a window opens on: its parent window's, else the one it is placed
    // on, else the primary screen.
    static QScreen *screenFor(const QWidget *window);

    // Sizes `window` for its screen now (`preferred`; an invalid size keeps the
    // window's own) and checks it again when it is shown, when the real frame and
    // screen are known: wide enough for its title, and inside the screen. With a
    // `key`, the geometry it had when it was last closed is restored if it still fits
    // that screen (else it opens there at a size that fits), and saved again on
    // close. A dialog is only sized; Qt centres it on its parent.
    static void manage(QWidget *window, const QSize &preferred, const QString &key = {});

    // How wide a window must be for the window system to show its title in full
    // (the title in a bold font, the icon and the buttons beside it).
    static int widthForTitle(const QWidget *window);

    // The frame the window system gave `window`, else assumedFrame().
    static QMargins frameOf(const QWidget *window);
};

} // namespace teren
