#pragma once

#include "queries/UserStatus.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace keyledger {

// One row of the user list: the chapter's UserApiListQueryModel (status with its translated
// label and colour, and the four permissions), plus organisation and sync state.
struct UserListItem
{
    QUuid id;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString fullName; // "First Last", or the username when both are empty
    QString organizationId;
    bool enabled = false;
    bool emailVerified = false;
    UserStatus::Value status = UserStatus::Unknown;
    QString statusKey;    // "active", "unverified", "disabled"
    QString statusLabel;  // translated
    QString statusColour; // "#rrggbb"
    bool canEdit = false;
    bool canDelete = false;
    bool canEnable = false;
    bool canDisable = false;
    QStringList roles;
    QDateTime createdAt;   // UTC
    QDateTime lastLoginAt; // UTC; invalid: never logged in
    QString syncState;     // "pending", "synced", "failed" or "local-only"
};

} // namespace keyledger
