#pragma once

#include "store/OutboxSettlement.h"

#include <QString>

namespace keyledger {

// One outbox row: an event Keycloak must hear about, and how its delivery goes.
struct OutboxEntry
{
    qint64 position = 0; // the event's position in the ledger
    QString streamId;
    QString eventType;
    OutboxSettlement::State state = OutboxSettlement::State::Pending;
    int attempts = 0;           // deliveries started (counted before the request is sent)
    qint64 nextAttemptAtMs = 0; // 0: as soon as possible
    QString lastError;
    qint64 createdAtMs = 0;
};

// How much is waiting: rows still to deliver, users whose queue stopped on a refusal.
struct OutboxCounts
{
    qint64 pending = 0;
    qint64 failed = 0; // failed rows (one per stopped user)
    qint64 delivered = 0;
    qint64 discarded = 0;
    qint64 blockedUsers = 0; // users with a failed row at the head of their queue
};

} // namespace keyledger
