#pragma once

#include <QUuid>

#include <random>

namespace teren {

// Row keys are time-ordered UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then
// random bits. Time order keeps SQLite's B-tree appends cheap; the random part
// keeps keys from different laptops apart without coordination.
class IdSource
{
public:
    virtual ~IdSource() = default;
    QUuid next(qint64 unixMs);

    static QUuid makeV7(qint64 unixMs, const unsigned char random[10]);

protected:
    virtual void fillRandom(unsigned char *buffer, int size) = 0;
};

// Cryptographically random bits from libsodium: what installations use.
class RandomIdSource final : public IdSource
{
protected:
    void fillRandom(unsigned char *buffer, int size) override;
};

// Reproducible bits for the demo generator and tests: the same seed gives the same
// ids, so a demo database is identical byte for byte.
class SeededIdSource final : public IdSource
{
public:
    explicit SeededIdSource(quint64 seed) : m_engine(seed) {}

protected:
    void fillRandom(unsigned char *buffer, int size) override;

private:
    std::mt19937_64 m_engine;
};

} // namespace teren
