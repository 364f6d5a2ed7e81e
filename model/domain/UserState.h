#pragma once

#include "domain/PersonalData.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace keyledger {

// A user as its events leave it.
struct UserState
{
    QUuid id;
    PersonalData personal;
    QString organizationId;
    QStringList roles; // sorted, no duplicates
    bool enabled = false;
    bool emailVerified = false;
    bool exists = false;
    bool deleted = false;
    qint64 createdAtMs = 0;
    QString createdBy;
    qint64 updatedAtMs = 0;
    QString updatedBy;
    qint64 firstLoginAtMs = 0; // 0: never logged in
    qint64 lastLoginAtMs = 0;
    QString keycloakId; // empty until the create reached Keycloak
};

} // namespace keyledger
