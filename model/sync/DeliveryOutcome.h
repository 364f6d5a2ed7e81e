#pragma once

#include <QString>

namespace keyledger {

// How one outbox row's delivery ended.
struct DeliveryOutcome
{
    enum class Kind
    {
        Delivered, // Keycloak has the change (or already had it)
        Transient, // try again later (network, timeout, 429, 5xx)
        Refused    // Keycloak said no for good; the user's queue stops
    };

    Kind kind = Kind::Delivered;
    QString operation;  // "create", "update", "delete", "roles", "actions-email"
    QString keycloakId; // known after a create or an adoption
    int httpStatus = 0;
    QString message; // Keycloak's message, or ours when it gave none
};

} // namespace keyledger
