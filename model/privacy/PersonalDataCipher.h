#pragma once

#include <QByteArray>

#include <optional>

namespace keyledger {

// libsodium's XChaCha20-Poly1305 (IETF) with a random 24-byte nonce per message: nonces that
// large can be drawn at random for every event without any risk of reuse. The associated data
// binds a ciphertext to its event, so it cannot be copied onto another row unnoticed.
class PersonalDataCipher
{
public:
    static constexpr int KeySize = 32;

    static QByteArray generateKey();
    // nonce || ciphertext || tag
    static QByteArray seal(const QByteArray& key, const QByteArray& plaintext,
                           const QByteArray& associatedData);
    // std::nullopt when the key is wrong or the bytes were altered.
    static std::optional<QByteArray> open(const QByteArray& key, const QByteArray& sealed,
                                          const QByteArray& associatedData);
    // Overwrites the bytes in place with zeros the compiler cannot optimise away.
    static void wipe(QByteArray& bytes);
};

} // namespace keyledger
