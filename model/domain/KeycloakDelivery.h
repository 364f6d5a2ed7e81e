#pragma once

#include "domain/UserEvents.h"

namespace keyledger {

// Which user events Keycloak must hear about: the outbox gets a row for them when they are
// local changes. Logins and sync outcomes come from Keycloak; sending them back makes no sense.
class KeycloakDelivery
{
public:
    static bool required(const UserEvent& event);
};

} // namespace keyledger
