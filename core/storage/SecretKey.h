#pragma once

#include <QByteArray>

#include <cstddef>
#include <memory>

namespace teren {

// A 32-byte secret (a database key, a key derived from a passphrase) in memory that
// libsodium guards: allocated with sodium_malloc (locked out of swap where the system
// allows it, with guard pages around it), wiped and freed when the last holder lets
// go. Never copied into a QByteArray except to wrap it for storage.
class SecretKey
{
public:
    static constexpr std::size_t size = 32;

    static std::shared_ptr<SecretKey> random();
    // Takes the bytes (which must be `size` long) and wipes the source.
    static std::shared_ptr<SecretKey> fromBytes(QByteArray &bytes);

    ~SecretKey();
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    const unsigned char *data() const { return m_bytes; }
    unsigned char *data() { return m_bytes; }

private:
    SecretKey();
    unsigned char *m_bytes;
};

} // namespace teren
