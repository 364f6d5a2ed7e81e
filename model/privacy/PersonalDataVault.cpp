#include "privacy/PersonalDataVault.h"

#include "common/KeyledgerError.h"
#include "domain/PersonalData.h"
#include "privacy/PersonalDataCipher.h"
#include "privacy/PersonalKeyring.h"

#include <QHash>
#include <QJsonDocument>

namespace keyledger {

namespace {

const QString kPersonal = QStringLiteral("personal");
const QString kSealed = QStringLiteral("$sealed");
const QString kShape = QStringLiteral("$shape");
const QString kUsername = QStringLiteral("username");

QJsonValue shapeOfAny(const QJsonValue& value);

// Almost every personal object has one of a few shapes (a create's four fields, an update's
// one or two changes): built once per set of keys, not per event.
QJsonValue shapeOf(const QJsonObject& personal)
{
    thread_local QHash<QStringList, QJsonValue> known;
    bool flat = true;
    for (auto it = personal.constBegin(); it != personal.constEnd() && flat; ++it)
        flat = it.value().isString();
    if (!flat)
        return shapeOfAny(personal);
    const QStringList keys = personal.keys();
    auto found = known.constFind(keys);
    if (found == known.constEnd()) {
        if (known.size() > 64)
            known.clear();
        found = known.insert(keys, shapeOfAny(personal));
    }
    return *found;
}

QJsonValue shapeOfAny(const QJsonValue& value)
{
    if (!value.isObject())
        return QString();
    QJsonObject shape;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        shape.insert(it.key(), shapeOfAny(it.value()));
    return shape;
}

QJsonValue erased(const QJsonValue& shape, bool underUsername, const QString& pseudonym)
{
    if (!shape.isObject())
        return underUsername ? pseudonym : PersonalData::erasedValue();
    QJsonObject out;
    const QJsonObject object = shape.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(it.key(), erased(it.value(), underUsername || it.key() == kUsername, pseudonym));
    return out;
}

} // namespace

PersonalDataVault::PersonalDataVault(PersonalKeyring& keyring)
    : m_keyring(keyring)
{}

bool PersonalDataVault::needsSealing(const QJsonObject& data)
{
    const auto it = data.constFind(kPersonal);
    if (it == data.constEnd() || !it->isObject())
        return false;
    const QJsonObject personal = it->toObject();
    return !personal.isEmpty() && !personal.contains(kSealed);
}

bool PersonalDataVault::isSealed(const QJsonObject& data)
{
    const auto it = data.constFind(kPersonal);
    return it != data.constEnd() && it->isObject() && it->toObject().contains(kSealed);
}

void PersonalDataVault::seal(QJsonObject& data, const QByteArray& streamUtf8, const QByteArray& eventIdUtf8,
                             qint64 nowMs)
{
    if (!needsSealing(data))
        return;
    const QJsonObject personal = data.value(kPersonal).toObject();
    QByteArray plaintext = QJsonDocument(personal).toJson(QJsonDocument::Compact);
    const QByteArray key = m_keyring.obtain(streamUtf8, nowMs);
    const QByteArray sealed = PersonalDataCipher::seal(key, plaintext, eventIdUtf8);
    PersonalDataCipher::wipe(plaintext);
    data.insert(kPersonal,
                QJsonObject{{kSealed, QString::fromLatin1(sealed.toBase64())}, {kShape, shapeOf(personal)}});
}

void PersonalDataVault::open(QJsonObject& data, const QByteArray& streamUtf8, const QByteArray& eventIdUtf8)
{
    if (!isSealed(data))
        return;
    const QJsonObject stored = data.value(kPersonal).toObject();
    const PersonalKeyring::Key key = m_keyring.find(streamUtf8);
    if (key.state != PersonalKeyring::Key::State::Live) {
        // Erased, or the key row is gone: either way nobody can read it any more.
        data.insert(kPersonal, erasedObject(stored.value(kShape).toObject(), QString::fromUtf8(streamUtf8)));
        return;
    }
    const QByteArray sealed = QByteArray::fromBase64(stored.value(kSealed).toString().toLatin1());
    std::optional<QByteArray> plaintext = PersonalDataCipher::open(key.bytes, sealed, eventIdUtf8);
    if (!plaintext)
        throw KeyledgerError(
            tr("The personal data of event %1 cannot be decrypted: its key or its bytes were "
               "altered.")
                .arg(QString::fromLatin1(eventIdUtf8)));
    data.insert(kPersonal, QJsonDocument::fromJson(*plaintext).object());
    PersonalDataCipher::wipe(*plaintext);
}

QJsonObject PersonalDataVault::erasedObject(const QJsonObject& shape, const QString& streamId)
{
    return erased(shape, false, PersonalData::pseudonymForStream(streamId)).toObject();
}

} // namespace keyledger
