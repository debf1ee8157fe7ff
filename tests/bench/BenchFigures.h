#pragma once

// What every benchmark reports the same way, so the suite (RunBenchSuite.cmake, the
// `bench` target) can put all of them in one table: a figure's median beside the
// median of its reference — plain SQLite doing the same work, measured in the same
// run — with the process's peak memory and the bytes it wrote so far.
//
// One line per figure on standard output:
//   FIGURE <tab> name <tab> median ms <tab> reference median ms or - <tab> VmHWM KiB <tab> bytes written
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace teren::bench {

struct Samples
{
    std::vector<double> values;

    void add(double value) { values.push_back(value); }
    bool empty() const { return values.empty(); }
    double min() const { return *std::min_element(values.begin(), values.end()); }
    double median() const
    {
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
};

inline double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Runs `ours` and `reference` alternately (A B A B …), after one warm-up of each, so a
// machine that gets busier or quieter meanwhile slows both alike. Each returns its
// time in milliseconds (it may time only part of what it does).
inline std::pair<Samples, Samples> alternate(int runs, const std::function<double()> &ours,
                                             const std::function<double()> &reference)
{
    Samples a;
    Samples b;
    for (int run = 0; run <= runs; ++run) {
        const double timeA = ours();
        const double timeB = reference();
        if (run == 0)
            continue;
        a.add(timeA);
        b.add(timeB);
    }
    return {a, b};
}

// A field of /proc/self/status in KiB (VmHWM:, VmRSS:), -1 where there is none.
inline qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Bytes this process caused to be written to storage so far (write_bytes of
// /proc/self/io), -1 where the kernel does not say.
inline qint64 writtenBytes()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    return -1;
}

inline void printFigure(QTextStream &out, const QString &name, double medianMs, std::optional<double> referenceMs,
                        qint64 bytesWritten = writtenBytes())
{
    out << "FIGURE\t" << name << '\t' << QString::number(medianMs, 'f', 2) << '\t'
        << (referenceMs ? QString::number(*referenceMs, 'f', 2) : QStringLiteral("-")) << '\t'
        << statusKiB("VmHWM:") << '\t' << bytesWritten << '\n';
    out.flush();
}

} // namespace teren::bench
