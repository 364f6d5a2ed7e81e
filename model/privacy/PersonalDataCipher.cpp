#include "privacy/PersonalDataCipher.h"

#include "common/KeyledgerError.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace keyledger {

namespace {

void initialize()
{
    // sodium_init() is thread-safe and idempotent; a failure means no usable random source.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw KeyledgerError(QCoreApplication::translate("keyledger::PersonalDataCipher",
                                                         "The cryptography library could not start."));
}

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

constexpr qsizetype NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// Random nonces drawn from the system's generator a few kilobytes at a time: one getrandom()
// call per event cost more than the encryption itself in bulk appends. Each nonce is used once
// and wiped from the pool as it is handed out.
class NoncePool
{
public:
    void next(unsigned char* out)
    {
        if (m_used + NonceSize > Size) {
            randombytes_buf(m_bytes, Size);
            m_used = 0;
        }
        memcpy(out, m_bytes + m_used, NonceSize);
        sodium_memzero(m_bytes + m_used, NonceSize);
        m_used += NonceSize;
    }

private:
    static constexpr qsizetype Size = NonceSize * 170;
    unsigned char m_bytes[Size];
    qsizetype m_used = Size;
};

} // namespace

static_assert(PersonalDataCipher::KeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

QByteArray PersonalDataCipher::generateKey()
{
    initialize();
    QByteArray key(KeySize, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char*>(key.data()));
    return key;
}

QByteArray PersonalDataCipher::seal(const QByteArray& key, const QByteArray& plaintext,
                                    const QByteArray& associatedData)
{
    initialize();
    if (key.size() != KeySize)
        throw KeyledgerError(QStringLiteral("personal data key of %1 bytes").arg(key.size()));
    QByteArray out(NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    thread_local NoncePool pool;
    pool.next(nonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + NonceSize, &written, bytes(plaintext), static_cast<unsigned long long>(plaintext.size()),
        bytes(associatedData), static_cast<unsigned long long>(associatedData.size()), nullptr, nonce,
        bytes(key));
    out.resize(NonceSize + qsizetype(written));
    return out;
}

std::optional<QByteArray> PersonalDataCipher::open(const QByteArray& key, const QByteArray& sealed,
                                                   const QByteArray& associatedData)
{
    initialize();
    if (key.size() != KeySize || sealed.size() < NonceSize + TagSize)
        return std::nullopt;
    QByteArray plain(sealed.size() - NonceSize - TagSize, Qt::Uninitialized);
    unsigned long long written = 0;
    const auto* nonce = bytes(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, nonce + NonceSize,
            static_cast<unsigned long long>(sealed.size() - NonceSize), bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size()), nonce, bytes(key)) != 0)
        return std::nullopt;
    plain.resize(qsizetype(written));
    return plain;
}

void PersonalDataCipher::wipe(QByteArray& b)
{
    // Only bytes this array alone owns are zeroed: a shared copy is wiped by its own owner.
    if (!b.isEmpty() && b.isDetached())
        sodium_memzero(b.data(), static_cast<size_t>(b.size()));
    b.clear();
}

} // namespace keyledger
