#include "WindowGeometry.h"

#include "Settings.h"

#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace teren {

namespace {

QRect availableFor(const QScreen *screen)
{
    // Without any screen (never on a desktop) a small laptop is assumed.
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

// Keeps a managed window on its screen when it is shown, and saves its geometry on
// close when it has a key.
class Keeper : public QObject
{
public:
    Keeper(QWidget *window, const QString &key)
        : QObject(window)
        , m_window(window)
        , m_key(key)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window) {
            if (event->type() == QEvent::Show)
                keepOnScreen();
            else if (event->type() == QEvent::Close && !m_key.isEmpty())
                Settings::setWindowGeometry(m_key, m_window->normalGeometry(), m_window->isMaximized());
        }
        return false;
    }

private:
    void keepOnScreen()
    {
        if (m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
            return;
        const QRect available = availableFor(m_window->screen());
        const QMargins frame = WindowGeometry::frameOf(m_window);
        const int titleWidth = std::min(WindowGeometry::widthForTitle(m_window),
                                        available.width() - frame.left() - frame.right());
        if (m_window->width() < titleWidth)
            m_window->resize(titleWidth, m_window->height());
        const QRect now = m_window->geometry();
        if (!WindowGeometry::fits(now, available, frame))
            m_window->setGeometry(WindowGeometry::fitted(available, now.size(), {}, frame, now.center()));
    }

    QWidget *m_window;
    QString m_key;
};

} // namespace

QMargins WindowGeometry::assumedFrame()
{
    // A title bar and thin borders, as most desktops draw them at 100 %.
    return {4, 32, 4, 4};
}

QMargins WindowGeometry::frameOf(const QWidget *window)
{
    const QWindow *handle = window->windowHandle();
    const QMargins real = handle ? handle->frameMargins() : QMargins();
    return real.isNull() ? assumedFrame() : real;
}

QRect WindowGeometry::fitted(const QRect &available, const QSize &preferred, const QSize &minimum,
                             const QMargins &frame, const QPoint &centre)
{
    const QSize room(std::max(1, available.width() - frame.left() - frame.right()),
                     std::max(1, available.height() - frame.top() - frame.bottom()));
    QSize size = preferred.boundedTo(room);
    if (minimum.isValid())
        size = size.expandedTo(minimum.boundedTo(room));
    QRect outer(QPoint(), size.grownBy(frame));
    outer.moveCenter(centre.isNull() ? available.center() : centre);
    if (outer.right() > available.right())
        outer.moveRight(available.right());
    if (outer.bottom() > available.bottom())
        outer.moveBottom(available.bottom());
    if (outer.left() < available.left())
        outer.moveLeft(available.left());
    if (outer.top() < available.top())
        outer.moveTop(available.top());
    return outer.marginsRemoved(frame);
}

bool WindowGeometry::fits(const QRect &client, const QRect &available, const QMargins &frame)
{
    return client.isValid() && available.contains(client.marginsAdded(frame));
}

int WindowGeometry::widthForTitle(const QWidget *window)
{
    // Title bars usually use a bold font a little larger than the application's.
    QFont font = QGuiApplication::font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.15);
    else
        font.setPixelSize(font.pixelSize() * 115 / 100);
    constexpr int iconAndButtons = 150;
    return QFontMetrics(font).horizontalAdvance(window->windowTitle()) + iconAndButtons;
}

QScreen *WindowGeometry::screenFor(const QWidget *window)
{
    if (const QWidget *parent = window->parentWidget())
        return parent->window()->screen();
    return window->screen();
}

void WindowGeometry::manage(QWidget *window, const QSize &preferred, const QString &key)
{
    const bool dialog = qobject_cast<QDialog *>(window) != nullptr;
    bool restored = false;
    // The screen the window was last closed on, if it is still there.
    QScreen *savedScreen = nullptr;
    if (!key.isEmpty()) {
        const QRect saved = Settings::windowGeometry(key);
        savedScreen = saved.isValid() ? QGuiApplication::screenAt(saved.center()) : nullptr;
        if (savedScreen && fits(saved, savedScreen->availableGeometry())) {
            window->setGeometry(saved);
            restored = true;
        }
        if (Settings::windowMaximized(key))
            window->setWindowState(window->windowState() | Qt::WindowMaximized);
    }
    if (!restored && preferred.isValid()) {
        const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
        QScreen *screen = savedScreen ? savedScreen : screenFor(window);
        const QRect rect = fitted(availableFor(screen), preferred, {}, assumedFrame(),
                                  parent && parent->isVisible() ? parent->geometry().center() : QPoint());
        // A dialog is centred on its parent by Qt, inside the screen.
        if (dialog)
            window->resize(rect.size());
        else
            window->setGeometry(rect);
    }
    new Keeper(window, key);
}

} // namespace teren
