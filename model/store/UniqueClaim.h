#pragma once

#include <QString>

namespace keyledger {

// A value that at most one live stream may hold (a username, an e-mail), written in the same
// transaction as the events: the asynchronous read models cannot be trusted for uniqueness.
struct UniqueClaim
{
    enum class Action
    {
        Claim,
        Release
    };

    QString scope; // "username", "email"
    QString value; // already normalised by the domain (lower-cased)
    Action action = Action::Claim;
};

} // namespace keyledger
