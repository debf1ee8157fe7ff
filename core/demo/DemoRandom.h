#pragma once

#include <QDate>
#include <QtGlobal>

#include <algorithm>
#include <random>
#include <span>

namespace teren::demo {

// Own distributions over mt19937_64: the standard library's distributions differ
// between implementations, and a seed must give the same region everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    int below(int n)
    {
        return n <= 1 ? 0 : static_cast<int>(m_engine() % static_cast<quint64>(n));
    }
    // Inclusive on both ends.
    int between(int low, int high) { return high <= low ? low : low + below(high - low + 1); }
    double unit() { return static_cast<double>(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    QDate dateBetween(const QDate &from, const QDate &to)
    {
        return from.addDays(between(0, static_cast<int>(std::max<qint64>(0, from.daysTo(to)))));
    }
    template<class T>
    const T &pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }
    // Index of an item drawn in proportion to weightOf(item).
    template<class T, class F>
    std::size_t weighted(std::span<const T> items, F weightOf)
    {
        int total = 0;
        for (const T &item : items)
            total += weightOf(item);
        int roll = below(total);
        for (std::size_t i = 0; i < items.size(); ++i) {
            roll -= weightOf(items[i]);
            if (roll < 0)
                return i;
        }
        return items.size() - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace teren::demo
