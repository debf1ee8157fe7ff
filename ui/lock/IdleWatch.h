#pragma once

#include <QObject>
#include <QTimer>

namespace teren {

class Clock;

// Tells when nobody has used the application for a while: it watches every key,
// click, wheel turn and touch the application receives (an event filter on it),
// and a timer looks at the clock now and then. The clock is injectable, so a test
// advances it and calls check() instead of waiting.
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatch(QObject *parent = nullptr);
    ~IdleWatch() override;

    void setClock(const Clock *clock);
    // 0: never idle.
    void setLimitMinutes(int minutes);
    int limitMinutes() const { return m_limitMinutes; }
    // Watching only while there is something to lock; starting counts as input.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Input happened now.
    void reset();
    // Emits idle() when the limit has passed since the last input.
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock *m_clock;
    QTimer m_poll;
    int m_limitMinutes = 0;
    bool m_active = false;
    qint64 m_lastInputMs = 0;
};

} // namespace teren
