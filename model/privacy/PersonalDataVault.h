#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace keyledger {

class PersonalKeyring;

// Seals and opens the "personal" object of an event's data at the store boundary. Stored form:
//   "personal": {"$sealed": base64(nonce || ciphertext || tag), "$shape": {same keys, "" leaves}}
// The ciphertext is the compact JSON of the plaintext object, with the event id as associated
// data. The shape names the fields (never their values) so that an erased object keeps its
// structure: every value reads "[erased]", a username reads as the stream's pseudonym.
// An empty personal object is stored as it is: there is nothing to hide.
class PersonalDataVault
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::PersonalDataVault)

public:
    explicit PersonalDataVault(PersonalKeyring& keyring);

    static bool needsSealing(const QJsonObject& data);
    static bool isSealed(const QJsonObject& data);

    // Replaces a plaintext personal object by its sealed form (inside the caller's write
    // transaction: the stream's key may be created). No-op when there is nothing to seal.
    void seal(QJsonObject& data, const QByteArray& streamUtf8, const QByteArray& eventIdUtf8, qint64 nowMs);
    // Replaces a sealed personal object by its plaintext, or by the erased values when the key
    // is gone. Throws KeyledgerError when a live key does not open it (altered key or bytes).
    void open(QJsonObject& data, const QByteArray& streamUtf8, const QByteArray& eventIdUtf8);

    static QJsonObject erasedObject(const QJsonObject& shape, const QString& streamId);

private:
    PersonalKeyring& m_keyring;
};

} // namespace keyledger
