#pragma once

#include <QDate>
#include <QDateTime>
#include <QtGlobal>

namespace teren {

// Wall time behind an interface so tests and the demo generator pin it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
    QDate today() const { return now().date(); }

    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 ms) : m_ms(ms) {}
    explicit FixedClock(QDateTime at) : m_ms(at.toMSecsSinceEpoch()) {}
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace teren
