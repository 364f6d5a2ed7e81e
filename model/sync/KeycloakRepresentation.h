#pragma once

#include "domain/UserState.h"

#include <QJsonObject>

namespace keyledger {

// The Keycloak UserRepresentation of a local user: the fields Keyledger owns. Everything else
// Keycloak keeps (KeycloakClient::updateUser merges). The organisation travels as the
// "organizationId" attribute, which Keycloak stores only when its user profile allows it.
class KeycloakRepresentation
{
public:
    static QString organizationAttribute() { return QStringLiteral("organizationId"); }
    // For POST: username, e-mail, names, enabled (always sent: Keycloak defaults to false),
    // emailVerified and the organisation attribute when there is one.
    static QJsonObject forCreate(const UserState& user);
    // For the GET-merge-PUT: the same fields; a cleared organisation removes the attribute.
    static QJsonObject forUpdate(const UserState& user);
};

} // namespace keyledger
