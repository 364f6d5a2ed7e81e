#pragma once

#include "domain/PersonalData.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <variant>

namespace keyledger {

// The facts a user stream is made of. Plain values; UserEventCodec turns them into stored JSON.

struct UserCreated
{
    QUuid userId;
    PersonalData personal;
    QString organizationId;
    QStringList roles;
    bool enabled = true;
    bool emailVerified = false;
    qint64 createdAtMs{}; // never stored: set when an import is read as a creation (ImportedEvents)
};

// One changed field, with the value before and after. Personal fields are stored in the
// event's "personal" object, the others in "changes".
struct FieldChange
{
    QString field;
    QString before;
    QString after;
    bool operator==(const FieldChange&) const = default;
};

struct UserUpdated
{
    QList<FieldChange> changes;
};

struct UserEnabled
{
};

struct UserDisabled
{
};

struct UserDeleted
{
};

struct UserRolesChanged
{
    QStringList added;
    QStringList removed;
};

struct UserEmailVerified
{
};

// Keycloak sends the e-mail (execute-actions-email); no password ever enters the store.
struct PasswordResetEmailRequested
{
    QStringList actions{QStringLiteral("UPDATE_PASSWORD")};
};

// A login Keycloak recorded (imported from its LOGIN events); feeds "last login" and analytics.
struct UserLoggedIn
{
    qint64 atMs = 0;
    QString ipAddress{};
    QString clientId{};
};

// The outbox worker delivered the change at `position` to Keycloak.
struct UserSyncedToKeycloak
{
    QString keycloakId; // Keycloak's own id for the user, known from the create's Location header
    qint64 position = 0;
    QString operation; // "create", "update", "delete", ...
};

// Keycloak refused the change at `position` for good (400, 403, 409, ...); the user's queue stops.
struct UserSyncFailed
{
    qint64 position = 0;
    QString operation;
    int httpStatus = 0;
    QString message;
};

// The admin asked to deliver the refused change at `position` again (after fixing the data).
struct UserSyncRetried
{
    qint64 position = 0;
};

// The admin gave up delivering the refused change at `position`: Keycloak keeps its version.
struct UserSyncDiscarded
{
    qint64 position = 0;
    QString operation;
};

// A user found in Keycloak by an import, as Keycloak had it. Its stream is the Keycloak id's.
struct UserImported
{
    QUuid userId; // = Keycloak's id
    PersonalData personal;
    QString organizationId;
    QStringList roles;
    bool enabled = true;
    bool emailVerified = false;
    qint64 createdAtMs = 0; // Keycloak's createdTimestamp
};

// Someone changed the user in Keycloak (its console, another tool): what an import found
// different from the ledger. Fields: email, firstName, lastName, organizationId, emailVerified,
// enabled ("true"/"false") and roles (sorted, comma-separated).
struct UserChangedInKeycloak
{
    QList<FieldChange> changes;
};

// The user is gone from Keycloak (deleted there, not through Keyledger).
struct UserDeletedInKeycloak
{
};

// The person's personal data was erased (right to be forgotten): the stream's key is destroyed,
// so every personal field of its events now reads "[erased]" and the username a pseudonym.
struct UserPersonalDataErased
{
};

using UserEvent = std::variant<UserCreated, UserUpdated, UserEnabled, UserDisabled, UserDeleted,
                               UserRolesChanged, UserEmailVerified, PasswordResetEmailRequested, UserLoggedIn,
                               UserSyncedToKeycloak, UserSyncFailed, UserSyncRetried, UserSyncDiscarded,
                               UserImported, UserChangedInKeycloak, UserDeletedInKeycloak,
                               UserPersonalDataErased>;

} // namespace keyledger
