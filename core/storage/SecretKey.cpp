#include "SecretKey.h"

#include <sodium.h>

#include <new>
#include <stdexcept>

namespace teren {

namespace {

void initialiseSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace

SecretKey::SecretKey()
{
    initialiseSodium();
    m_bytes = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_bytes)
        throw std::bad_alloc();
}

SecretKey::~SecretKey()
{
    sodium_free(m_bytes); // wipes it first
}

std::shared_ptr<SecretKey> SecretKey::random()
{
    std::shared_ptr<SecretKey> key(new SecretKey);
    randombytes_buf(key->m_bytes, size);
    return key;
}

std::shared_ptr<SecretKey> SecretKey::fromBytes(QByteArray &bytes)
{
    if (static_cast<std::size_t>(bytes.size()) != size)
        throw std::invalid_argument("a secret key has 32 bytes");
    std::shared_ptr<SecretKey> key(new SecretKey);
    std::copy(bytes.cbegin(), bytes.cend(), key->m_bytes);
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
    return key;
}

} // namespace teren
