#pragma once

#include <QString>

namespace keyledger {

// How an outbox row ends, written in the same transaction as the event that records the
// outcome (UserSyncedToKeycloak, UserSyncFailed, ...), so that a crash never separates them.
struct OutboxSettlement
{
    enum class State
    {
        Pending,
        Delivered,
        Failed,
        Discarded
    };

    qint64 position = 0; // the outbox row of the event at this position
    State state = State::Delivered;
    QString error; // Keycloak's answer for Failed; empty otherwise
};

} // namespace keyledger
