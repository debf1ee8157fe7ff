#include "IdleWatch.h"

#include "changes/Clock.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace teren {

namespace {

// What a person at the keyboard does; window-system events (repaints, timers,
// focus changes) do not count.
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatch::IdleWatch(QObject *parent)
    : QObject(parent)
    , m_clock(&Clock::system())
{
    // A lock at most this much later than the limit is soon enough.
    m_poll.setInterval(15'000);
    connect(&m_poll, &QTimer::timeout, this, &IdleWatch::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatch::~IdleWatch()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatch::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
    reset();
}

void IdleWatch::setLimitMinutes(int minutes)
{
    m_limitMinutes = std::max(0, minutes);
    reset();
}

void IdleWatch::setActive(bool active)
{
    m_active = active;
    reset();
    if (m_active)
        m_poll.start();
    else
        m_poll.stop();
}

void IdleWatch::reset()
{
    m_lastInputMs = m_clock->nowMs();
}

void IdleWatch::check()
{
    if (m_active && m_limitMinutes > 0 && m_clock->nowMs() - m_lastInputMs >= qint64(m_limitMinutes) * 60'000)
        Q_EMIT idle();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && isInput(event->type()))
        reset();
    return QObject::eventFilter(watched, event);
}

} // namespace teren
