#include "SealedFile.h"

#include <cstring>

namespace teren::sealed {

void putU32(unsigned char *out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<unsigned char>(value >> (8 * i));
}

quint32 getU32(const unsigned char *in)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value |= static_cast<quint32>(in[i]) << (8 * i);
    return value;
}

void seal(const SecretKey &key, const unsigned char *plain, int length, const AssociatedData &ad, unsigned char *out,
          unsigned char *nonce, unsigned char *tag)
{
    randombytes_buf(nonce, nonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, tag, nullptr, plain, static_cast<unsigned long long>(length),
                                                        ad.data(), ad.size(), nullptr, nonce, key.data());
}

bool open(const SecretKey &key, const unsigned char *cipher, int length, const AssociatedData &ad,
          const unsigned char *nonce, const unsigned char *tag, unsigned char *out)
{
    return crypto_aead_xchacha20poly1305_ietf_decrypt_detached(out, nullptr, cipher,
                                                               static_cast<unsigned long long>(length), tag, ad.data(),
                                                               ad.size(), nonce, key.data())
        == 0;
}

int readRaw(File *file, void *buffer, int amount, sqlite3_int64 offset, bool *whole)
{
    const int rc = file->real->pMethods->xRead(file->real, buffer, amount, offset);
    *whole = rc == SQLITE_OK;
    return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_OK : rc;
}

bool isZero(const unsigned char *data, int length)
{
    return std::all_of(data, data + length, [](unsigned char byte) { return byte == 0; });
}

} // namespace teren::sealed
