#include "domain/UserEventCodec.h"

#include "common/KeyledgerError.h"
#include "store/UpcasterRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyledger {

namespace {

const QString kCreated = QStringLiteral("UserCreated");
const QString kUpdated = QStringLiteral("UserUpdated");
const QString kEnabled = QStringLiteral("UserEnabled");
const QString kDisabled = QStringLiteral("UserDisabled");
const QString kDeleted = QStringLiteral("UserDeleted");
const QString kRolesChanged = QStringLiteral("UserRolesChanged");
const QString kEmailVerified = QStringLiteral("UserEmailVerified");
const QString kPasswordReset = QStringLiteral("PasswordResetEmailRequested");
const QString kLoggedIn = QStringLiteral("UserLoggedIn");
const QString kSynced = QStringLiteral("UserSyncedToKeycloak");
const QString kSyncFailed = QStringLiteral("UserSyncFailed");
const QString kSyncRetried = QStringLiteral("UserSyncRetried");
const QString kSyncDiscarded = QStringLiteral("UserSyncDiscarded");
const QString kPersonalDataErased = QStringLiteral("UserPersonalDataErased");
const QString kImported = QStringLiteral("UserImported");
const QString kChangedInKeycloak = QStringLiteral("UserChangedInKeycloak");
const QString kDeletedInKeycloak = QStringLiteral("UserDeletedInKeycloak");

const QString kPersonal = QStringLiteral("personal");
const QString kChanges = QStringLiteral("changes");
const QString kBefore = QStringLiteral("before");
const QString kAfter = QStringLiteral("after");

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

QJsonObject encodeChanges(const QList<FieldChange>& changes, bool personal)
{
    QJsonObject object;
    for (const FieldChange& change : changes) {
        if (PersonalData::isPersonalField(change.field) == personal)
            object.insert(change.field, QJsonObject{{kBefore, change.before}, {kAfter, change.after}});
    }
    return object;
}

void decodeChanges(const QJsonObject& object, QList<FieldChange>& into)
{
    // Iterating beats keyed lookups here: replay decodes every change of a user's history.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        FieldChange change{it.key(), {}, {}};
        const QJsonObject values = it.value().toObject();
        for (auto value = values.constBegin(); value != values.constEnd(); ++value) {
            if (value.key() == kBefore)
                change.before = value.value().toString();
            else if (value.key() == kAfter)
                change.after = value.value().toString();
        }
        into.append(std::move(change));
    }
}

struct Encoder
{
    UserEventCodec::Encoded operator()(const UserCreated& e) const
    {
        return {kCreated, 1,
                QJsonObject{{QStringLiteral("userId"), e.userId.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("organizationId"), e.organizationId},
                            {QStringLiteral("roles"), toArray(e.roles)},
                            {QStringLiteral("enabled"), e.enabled},
                            {QStringLiteral("emailVerified"), e.emailVerified},
                            {kPersonal, e.personal.toJson()}}};
    }
    UserEventCodec::Encoded operator()(const UserUpdated& e) const
    {
        return {kUpdated, 1,
                QJsonObject{{kChanges, encodeChanges(e.changes, false)},
                            {kPersonal, encodeChanges(e.changes, true)}}};
    }
    UserEventCodec::Encoded operator()(const UserEnabled&) const { return {kEnabled, 1, {}}; }
    UserEventCodec::Encoded operator()(const UserDisabled&) const { return {kDisabled, 1, {}}; }
    UserEventCodec::Encoded operator()(const UserDeleted&) const { return {kDeleted, 1, {}}; }
    UserEventCodec::Encoded operator()(const UserRolesChanged& e) const
    {
        return {kRolesChanged, 1,
                QJsonObject{{QStringLiteral("added"), toArray(e.added)},
                            {QStringLiteral("removed"), toArray(e.removed)}}};
    }
    UserEventCodec::Encoded operator()(const UserEmailVerified&) const { return {kEmailVerified, 1, {}}; }
    UserEventCodec::Encoded operator()(const PasswordResetEmailRequested& e) const
    {
        return {kPasswordReset, 1, QJsonObject{{QStringLiteral("actions"), toArray(e.actions)}}};
    }
    UserEventCodec::Encoded operator()(const UserLoggedIn& e) const
    {
        QJsonObject data{{QStringLiteral("at"), e.atMs}};
        if (!e.ipAddress.isEmpty())
            data.insert(QStringLiteral("ip"), e.ipAddress);
        if (!e.clientId.isEmpty())
            data.insert(QStringLiteral("client"), e.clientId);
        return {kLoggedIn, 1, data};
    }
    UserEventCodec::Encoded operator()(const UserImported& e) const
    {
        return {kImported, 1,
                QJsonObject{{QStringLiteral("userId"), e.userId.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("organizationId"), e.organizationId},
                            {QStringLiteral("roles"), toArray(e.roles)},
                            {QStringLiteral("enabled"), e.enabled},
                            {QStringLiteral("emailVerified"), e.emailVerified},
                            {QStringLiteral("createdAt"), e.createdAtMs},
                            {kPersonal, e.personal.toJson()}}};
    }
    UserEventCodec::Encoded operator()(const UserChangedInKeycloak& e) const
    {
        return {kChangedInKeycloak, 1,
                QJsonObject{{kChanges, encodeChanges(e.changes, false)},
                            {kPersonal, encodeChanges(e.changes, true)}}};
    }
    UserEventCodec::Encoded operator()(const UserDeletedInKeycloak&) const
    {
        return {kDeletedInKeycloak, 1, {}};
    }
    UserEventCodec::Encoded operator()(const UserSyncedToKeycloak& e) const
    {
        return {kSynced, 1,
                QJsonObject{{QStringLiteral("keycloakId"), e.keycloakId},
                            {QStringLiteral("position"), e.position},
                            {QStringLiteral("operation"), e.operation}}};
    }
    UserEventCodec::Encoded operator()(const UserSyncFailed& e) const
    {
        return {kSyncFailed, 1,
                QJsonObject{{QStringLiteral("position"), e.position},
                            {QStringLiteral("operation"), e.operation},
                            {QStringLiteral("httpStatus"), e.httpStatus},
                            {QStringLiteral("message"), e.message}}};
    }
    UserEventCodec::Encoded operator()(const UserSyncRetried& e) const
    {
        return {kSyncRetried, 1, QJsonObject{{QStringLiteral("position"), e.position}}};
    }
    UserEventCodec::Encoded operator()(const UserSyncDiscarded& e) const
    {
        return {kSyncDiscarded, 1,
                QJsonObject{{QStringLiteral("position"), e.position},
                            {QStringLiteral("operation"), e.operation}}};
    }
    UserEventCodec::Encoded operator()(const UserPersonalDataErased&) const
    {
        return {kPersonalDataErased, 1, {}};
    }
};

} // namespace

UserEventCodec::Encoded UserEventCodec::encode(const UserEvent& event)
{
    return std::visit(Encoder{}, event);
}

UserEvent UserEventCodec::decode(const QString& type, const QJsonObject& data)
{
    if (type == kCreated) {
        UserCreated e;
        e.userId = QUuid::fromString(data.value(QStringLiteral("userId")).toString());
        if (e.userId.isNull())
            throw KeyledgerError(QStringLiteral("UserCreated without a valid userId"));
        e.personal = PersonalData::fromJson(data.value(kPersonal).toObject());
        e.organizationId = data.value(QStringLiteral("organizationId")).toString();
        e.roles = toStringList(data.value(QStringLiteral("roles")));
        e.enabled = data.value(QStringLiteral("enabled")).toBool(true);
        e.emailVerified = data.value(QStringLiteral("emailVerified")).toBool(false);
        return e;
    }
    if (type == kUpdated) {
        UserUpdated e;
        decodeChanges(data.value(kChanges).toObject(), e.changes);
        decodeChanges(data.value(kPersonal).toObject(), e.changes);
        return e;
    }
    if (type == kEnabled)
        return UserEnabled{};
    if (type == kDisabled)
        return UserDisabled{};
    if (type == kDeleted)
        return UserDeleted{};
    if (type == kRolesChanged)
        return UserRolesChanged{toStringList(data.value(QStringLiteral("added"))),
                                toStringList(data.value(QStringLiteral("removed")))};
    if (type == kEmailVerified)
        return UserEmailVerified{};
    if (type == kPasswordReset)
        return PasswordResetEmailRequested{toStringList(data.value(QStringLiteral("actions")))};
    if (type == kLoggedIn)
        return UserLoggedIn{qint64(data.value(QStringLiteral("at")).toDouble()),
                            data.value(QStringLiteral("ip")).toString(),
                            data.value(QStringLiteral("client")).toString()};
    if (type == kImported) {
        UserImported e;
        e.userId = QUuid::fromString(data.value(QStringLiteral("userId")).toString());
        if (e.userId.isNull())
            throw KeyledgerError(QStringLiteral("UserImported without a valid userId"));
        e.personal = PersonalData::fromJson(data.value(kPersonal).toObject());
        e.organizationId = data.value(QStringLiteral("organizationId")).toString();
        e.roles = toStringList(data.value(QStringLiteral("roles")));
        e.enabled = data.value(QStringLiteral("enabled")).toBool(true);
        e.emailVerified = data.value(QStringLiteral("emailVerified")).toBool(false);
        e.createdAtMs = qint64(data.value(QStringLiteral("createdAt")).toDouble());
        return e;
    }
    if (type == kChangedInKeycloak) {
        UserChangedInKeycloak e;
        decodeChanges(data.value(kChanges).toObject(), e.changes);
        decodeChanges(data.value(kPersonal).toObject(), e.changes);
        return e;
    }
    if (type == kDeletedInKeycloak)
        return UserDeletedInKeycloak{};
    if (type == kSynced)
        return UserSyncedToKeycloak{data.value(QStringLiteral("keycloakId")).toString(),
                                    qint64(data.value(QStringLiteral("position")).toDouble()),
                                    data.value(QStringLiteral("operation")).toString()};
    if (type == kSyncFailed)
        return UserSyncFailed{qint64(data.value(QStringLiteral("position")).toDouble()),
                              data.value(QStringLiteral("operation")).toString(),
                              data.value(QStringLiteral("httpStatus")).toInt(),
                              data.value(QStringLiteral("message")).toString()};
    if (type == kSyncRetried)
        return UserSyncRetried{qint64(data.value(QStringLiteral("position")).toDouble())};
    if (type == kSyncDiscarded)
        return UserSyncDiscarded{qint64(data.value(QStringLiteral("position")).toDouble()),
                                 data.value(QStringLiteral("operation")).toString()};
    if (type == kPersonalDataErased)
        return UserPersonalDataErased{};
    throw KeyledgerError(
        QCoreApplication::translate("keyledger::UserEventCodec", "Unknown user event type %1").arg(type));
}

QStringList UserEventCodec::eventTypes()
{
    return {kCreated,           kUpdated,           kEnabled,       kDisabled, kDeleted,
            kRolesChanged,      kEmailVerified,     kPasswordReset, kLoggedIn, kSynced,
            kSyncFailed,        kSyncRetried,       kSyncDiscarded, kImported, kChangedInKeycloak,
            kDeletedInKeycloak, kPersonalDataErased};
}

bool UserEventCodec::isKnownType(const QString& type)
{
    static const QStringList types = eventTypes();
    return types.contains(type);
}

void UserEventCodec::registerUpcasters(UpcasterRegistry& registry)
{
    Q_UNUSED(registry) // every user event is still at its first schema version
}

} // namespace keyledger
