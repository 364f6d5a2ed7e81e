#include "domain/KeycloakDelivery.h"

#include "domain/ImportedEvents.h"

namespace keyledger {

bool KeycloakDelivery::required(const UserEvent& event)
{
    return !std::holds_alternative<UserLoggedIn>(event) &&
           !std::holds_alternative<UserSyncedToKeycloak>(event) &&
           !std::holds_alternative<UserSyncFailed>(event) && !std::holds_alternative<UserSyncRetried>(event) &&
           !std::holds_alternative<UserSyncDiscarded>(event) &&
           !std::holds_alternative<UserPersonalDataErased>(event) && !ImportedEvents::isImported(event);
}

} // namespace keyledger
