#pragma once

#include "keycloak/KeycloakError.h"

#include <QJsonValue>

namespace keyledger {
class KeycloakCall;
}

namespace keyledger::cli {

// Waits for one Keycloak call in a local event loop (a command has no window to keep
// responsive) and keeps what it answered: the call deletes itself once finished.
class CallWaiter
{
public:
    struct Answer
    {
        bool ok = false;
        KeycloakError error;
        QJsonValue json;
    };

    static Answer wait(KeycloakCall* call);
};

} // namespace keyledger::cli
