#include "IdSource.h"

#include <sodium.h>

namespace teren {

QUuid IdSource::next(qint64 unixMs)
{
    unsigned char random[10];
    fillRandom(random, sizeof random);
    return makeV7(unixMs, random);
}

QUuid IdSource::makeV7(qint64 unixMs, const unsigned char random[10])
{
    QByteArray bytes(16, Qt::Uninitialized);
    auto *b = reinterpret_cast<unsigned char *>(bytes.data());
    const auto ms = static_cast<quint64>(unixMs);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>(0x70 | (random[0] & 0x0f));
    b[7] = random[1];
    b[8] = static_cast<unsigned char>(0x80 | (random[2] & 0x3f));
    for (int i = 9; i < 16; ++i)
        b[i] = random[i - 6];
    return QUuid::fromRfc4122(bytes);
}

void RandomIdSource::fillRandom(unsigned char *buffer, int size)
{
    randombytes_buf(buffer, static_cast<size_t>(size));
}

void SeededIdSource::fillRandom(unsigned char *buffer, int size)
{
    for (int i = 0; i < size; ++i)
        buffer[i] = static_cast<unsigned char>(m_engine() >> 56);
}

} // namespace teren
