#include "KeyFile.h"

#include "domain/Error.h"

#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

#include <atomic>
#include <cstring>

namespace teren {

namespace {

// A sealed key file starts with these bytes, then a CBOR map; a plain database's is
// the bare signing secret.
const QByteArray magic = QByteArrayLiteral("TERENKEY");
const QString formatKey = QStringLiteral("format");
const QString formatName = QStringLiteral("teren-key-1");
const QString kdfKey = QStringLiteral("kdf");
const QString passphraseKey = QStringLiteral("passphrase");
const QString recoveryKey = QStringLiteral("recovery");
const QString signingKey = QStringLiteral("signing");
const QString saltKey = QStringLiteral("salt");
const QString operationsKey = QStringLiteral("ops");
const QString memoryKey = QStringLiteral("mem");
const QString nonceKey = QStringLiteral("nonce");
const QString boxKey = QStringLiteral("box");

std::atomic<bool> minimalLimits{false};

bool minimalLimitsWanted()
{
    return minimalLimits || qEnvironmentVariableIntValue("TEREN_MINIMAL_KDF_FOR_TESTS") == 1;
}

QCborMap readMap(const QString &keyPath)
{
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(KeyFile::tr("Could not read the key file %1: %2").arg(keyPath, file.errorString()));
    const QByteArray bytes = file.read(1 << 16);
    if (!bytes.startsWith(magic))
        throw StorageError(KeyFile::tr("The key file %1 is not a Terén key file.").arg(keyPath));
    const QCborMap map = QCborValue::fromCbor(bytes.mid(magic.size())).toMap();
    if (map.value(formatKey).toString() != formatName)
        throw StorageError(KeyFile::tr("The key file %1 is not a Terén key file.").arg(keyPath));
    return map;
}

void writeMap(const QString &keyPath, const QCborMap &map)
{
    QSaveFile file(keyPath);
    const QByteArray bytes = magic + map.toCborValue().toCbor();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        throw StorageError(KeyFile::tr("Could not write the key file %1: %2").arg(keyPath, file.errorString()));
}

// `secret` sealed under `key`.
QCborMap seal(const unsigned char *secret, std::size_t size, const unsigned char *key)
{
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    QByteArray box(static_cast<qsizetype>(size + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()), secret, size,
                          reinterpret_cast<const unsigned char *>(nonce.constData()), key);
    return QCborMap{{nonceKey, nonce}, {boxKey, box}};
}

// Opens what seal() made into `out` (`size` bytes); false when the key is wrong or
// the box was changed.
bool openBox(const QCborMap &sealed, const unsigned char *key, unsigned char *out, std::size_t size)
{
    const QByteArray nonce = sealed.value(nonceKey).toByteArray();
    const QByteArray box = sealed.value(boxKey).toByteArray();
    if (nonce.size() != crypto_secretbox_NONCEBYTES
        || static_cast<std::size_t>(box.size()) != size + crypto_secretbox_MACBYTES)
        return false;
    return crypto_secretbox_open_easy(out, reinterpret_cast<const unsigned char *>(box.constData()),
                                      static_cast<unsigned long long>(box.size()),
                                      reinterpret_cast<const unsigned char *>(nonce.constData()), key)
        == 0;
}

std::shared_ptr<SecretKey> passphraseKeyFor(const QCborMap &kdf, const QString &passphrase)
{
    const QByteArray salt = kdf.value(saltKey).toByteArray();
    const qint64 operations = kdf.value(operationsKey).toInteger();
    const qint64 memory = kdf.value(memoryKey).toInteger();
    if (salt.size() != crypto_pwhash_SALTBYTES || operations <= 0 || memory <= 0)
        return nullptr;
    std::shared_ptr<SecretKey> key = SecretKey::random();
    QByteArray utf8 = passphrase.toUtf8();
    const int rc = crypto_pwhash(key->data(), SecretKey::size, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()),
                                 static_cast<unsigned long long>(operations), static_cast<std::size_t>(memory),
                                 crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    if (rc != 0)
        throw StorageError(KeyFile::tr("Not enough memory to derive the key from the passphrase."));
    return key;
}

QCborMap newKdf()
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    const KeyFile::Limits limits = KeyFile::limits();
    return QCborMap{{saltKey, salt},
                    {operationsKey, static_cast<qint64>(limits.operations)},
                    {memoryKey, static_cast<qint64>(limits.memory)}};
}

// The recovery key as text: base32 (RFC 4648) in groups of four, easy to copy by hand.
const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QString toRecoveryText(const unsigned char *bytes, std::size_t size)
{
    QString text;
    quint32 buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < size; ++i) {
        buffer = (buffer << 8) | bytes[i];
        bits += 8;
        while (bits >= 5) {
            text += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        text += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    QString grouped;
    for (qsizetype i = 0; i < text.size(); i += 4)
        grouped += (i > 0 ? QStringLiteral("-") : QString()) + text.mid(i, 4);
    return grouped;
}

std::shared_ptr<SecretKey> fromRecoveryText(const QString &text)
{
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text.toUpper()) {
        if (c == u'-' || c.isSpace())
            continue;
        const char *found = std::strchr(alphabet, c.toLatin1());
        if (!found || c.toLatin1() == 0)
            return nullptr;
        buffer = (buffer << 5) | static_cast<quint32>(found - alphabet);
        bits += 5;
        if (bits >= 8) {
            bytes.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    if (static_cast<std::size_t>(bytes.size()) != SecretKey::size)
        return nullptr;
    return SecretKey::fromBytes(bytes);
}

} // namespace

KeyFile::Limits KeyFile::limits()
{
    if (minimalLimitsWanted())
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

void KeyFile::useMinimalLimitsForTests(bool minimal)
{
    minimalLimits = minimal;
}

KeyFile::Kind KeyFile::kindOf(const QString &keyPath)
{
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Missing;
    return file.read(magic.size()) == magic ? Kind::Sealed : Kind::PlainSigningKey;
}

std::shared_ptr<SecretKey> KeyFile::create(const QString &keyPath, const QString &passphrase)
{
    std::shared_ptr<SecretKey> databaseKey = SecretKey::random();
    const QCborMap kdf = newKdf();
    const std::shared_ptr<SecretKey> wrapping = passphraseKeyFor(kdf, passphrase);
    writeMap(keyPath, QCborMap{{formatKey, formatName},
                               {kdfKey, kdf},
                               {passphraseKey, seal(databaseKey->data(), SecretKey::size, wrapping->data())}});
    return databaseKey;
}

std::shared_ptr<SecretKey> KeyFile::unlock(const QString &keyPath, const QString &passphrase)
{
    const QCborMap map = readMap(keyPath);
    const std::shared_ptr<SecretKey> wrapping = passphraseKeyFor(map.value(kdfKey).toMap(), passphrase);
    std::shared_ptr<SecretKey> databaseKey = SecretKey::random();
    if (!wrapping
        || !openBox(map.value(passphraseKey).toMap(), wrapping->data(), databaseKey->data(), SecretKey::size))
        throw Error(tr("Wrong passphrase for this database (or its key file %1 was changed).").arg(keyPath));
    return databaseKey;
}

std::shared_ptr<SecretKey> KeyFile::unlockWithRecoveryKey(const QString &keyPath, const QString &recoveryText)
{
    const QCborMap map = readMap(keyPath);
    const std::shared_ptr<SecretKey> wrapping = fromRecoveryText(recoveryText);
    std::shared_ptr<SecretKey> databaseKey = SecretKey::random();
    if (!wrapping || !map.contains(recoveryKey)
        || !openBox(map.value(recoveryKey).toMap(), wrapping->data(), databaseKey->data(), SecretKey::size))
        throw Error(tr("This recovery key does not open this database."));
    return databaseKey;
}

void KeyFile::changePassphrase(const QString &keyPath, const SecretKey &databaseKey, const QString &passphrase)
{
    QCborMap map = readMap(keyPath);
    const QCborMap kdf = newKdf();
    const std::shared_ptr<SecretKey> wrapping = passphraseKeyFor(kdf, passphrase);
    map.insert(kdfKey, kdf);
    map.insert(passphraseKey, seal(databaseKey.data(), SecretKey::size, wrapping->data()));
    writeMap(keyPath, map);
}

QString KeyFile::addRecoveryKey(const QString &keyPath, const SecretKey &databaseKey)
{
    QCborMap map = readMap(keyPath);
    const std::shared_ptr<SecretKey> recovery = SecretKey::random();
    map.insert(recoveryKey, seal(databaseKey.data(), SecretKey::size, recovery->data()));
    writeMap(keyPath, map);
    return toRecoveryText(recovery->data(), SecretKey::size);
}

bool KeyFile::hasRecoveryKey(const QString &keyPath)
{
    return kindOf(keyPath) == Kind::Sealed && readMap(keyPath).contains(recoveryKey);
}

std::optional<QByteArray> KeyFile::signingSecret(const QString &keyPath, const SecretKey &databaseKey)
{
    const QCborMap map = readMap(keyPath);
    if (!map.contains(signingKey))
        return std::nullopt;
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    if (!openBox(map.value(signingKey).toMap(), databaseKey.data(), reinterpret_cast<unsigned char *>(secret.data()),
                 static_cast<std::size_t>(secret.size())))
        throw StorageError(tr("The signing key in %1 does not belong to this database.").arg(keyPath));
    return secret;
}

void KeyFile::setSigningSecret(const QString &keyPath, const SecretKey &databaseKey, const QByteArray &secret)
{
    QCborMap map = readMap(keyPath);
    map.insert(signingKey, seal(reinterpret_cast<const unsigned char *>(secret.constData()),
                                static_cast<std::size_t>(secret.size()), databaseKey.data()));
    writeMap(keyPath, map);
}

} // namespace teren
