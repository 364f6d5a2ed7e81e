#pragma once

#include "queries/UserStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace keyledger {

// One user as the detail page shows it: the chapter's UserApiQueryModel, plus first login,
// stream version, deletion, the Keycloak id and the sync state. Times are UTC; an invalid
// QDateTime means "never" (updatedAt: not changed since creation).
struct UserDetail
{
    QUuid id;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    bool enabled = false;
    bool emailVerified = false;
    QString organizationId;
    QStringList roles;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime firstLoginAt;
    QDateTime lastLoginAt;
    QJsonObject metadata;
    qint64 version = 0; // the user's stream version: pass it as the expected version of an edit
    bool deleted = false;
    QString keycloakId; // empty until the create reached Keycloak
    QString syncState;  // "pending", "synced", "failed" or "local-only"
    QString syncError;  // "<operation>: HTTP <status> <message>" while failed
    // From the flags by the chapter's rule; Unknown for a deleted user.
    UserStatus::Value status = UserStatus::Unknown;

    bool hasLoggedIn() const { return lastLoginAt.isValid(); }
};

} // namespace keyledger
