#pragma once

#include "domain/KeycloakDelivery.h"
#include "domain/UserEvents.h"
#include "store/RecordedEvent.h"

#include <QString>

namespace keyledger {

// The sync state a read model shows for a user, from the ledger alone: one set of rules for every
// row that has syncState, syncPendingPosition and syncFailedPosition (and syncError, when it
// keeps the refusal's text).
// - "pending" from the first local change Keycloak must hear about (its position is kept),
//   "synced" once a UserSyncedToKeycloak reports a position at or after it;
// - "failed" after a UserSyncFailed, and it stays shown until a delivery succeeds, even when
//   new local changes queue behind it;
// - users imported from Keycloak start "synced", users created by any other non-local source
//   "local-only".
class SyncStateRules
{
public:
    static inline const QString Pending = QStringLiteral("pending");
    static inline const QString Synced = QStringLiteral("synced");
    static inline const QString Failed = QStringLiteral("failed");
    static inline const QString LocalOnly = QStringLiteral("local-only");

    // The state of a user the event creates.
    template <typename Row>
    static void created(Row& row, const RecordedEvent& event, const UserEvent& creation)
    {
        row.syncPendingPosition = 0;
        row.syncFailedPosition = 0;
        if (event.metadata.source == EventMetadata::sourceKeycloakImport()) {
            row.syncState = Synced;
        } else if (needsDelivery(event, creation)) {
            row.syncState = Pending;
            row.syncPendingPosition = event.position;
        } else {
            row.syncState = LocalOnly;
        }
    }

    // A later event of the user: a change to deliver queues, a sync outcome settles.
    template <typename Row>
    static void apply(Row& row, const RecordedEvent& event, const UserEvent& decoded)
    {
        if (const auto* synced = std::get_if<UserSyncedToKeycloak>(&decoded))
            delivered(row, synced->position);
        else if (const auto* failed = std::get_if<UserSyncFailed>(&decoded))
            refused(row, *failed);
        else if (const auto* retried = std::get_if<UserSyncRetried>(&decoded))
            settleFailure(row, retried->position, Pending);
        else if (const auto* discarded = std::get_if<UserSyncDiscarded>(&decoded))
            // Keycloak keeps its own version: nothing of this user is in sync any more than before.
            settleFailure(row, discarded->position,
                          discarded->position >= row.syncPendingPosition ? LocalOnly : Pending);
        else if (needsDelivery(event, decoded)) {
            row.syncPendingPosition = event.position;
            if (row.syncState != Failed) // a failure stays visible until a delivery succeeds
                row.syncState = Pending;
        }
    }

private:
    static bool needsDelivery(const RecordedEvent& event, const UserEvent& decoded)
    {
        return event.metadata.source == EventMetadata::sourceLocal() && KeycloakDelivery::required(decoded);
    }

    template <typename Row>
    static void clearFailure(Row& row)
    {
        row.syncFailedPosition = 0;
        if constexpr (requires { row.syncError; })
            row.syncError.clear();
    }

    template <typename Row>
    static void delivered(Row& row, qint64 position)
    {
        if (position >= row.syncPendingPosition) {
            row.syncState = Synced;
            clearFailure(row);
        } else if (row.syncState == Failed && position >= row.syncFailedPosition) {
            // The change that failed went through after all; later ones are still queued.
            row.syncState = Pending;
            clearFailure(row);
        }
    }

    template <typename Row>
    static void refused(Row& row, const UserSyncFailed& failed)
    {
        row.syncState = Failed;
        row.syncFailedPosition = failed.position;
        if constexpr (requires { row.syncError; })
            row.syncError = QStringLiteral("%1: HTTP %2 %3")
                                .arg(failed.operation)
                                .arg(failed.httpStatus)
                                .arg(failed.message)
                                .trimmed();
    }

    // The admin decided about the refused change at `position` (retry or discard).
    template <typename Row>
    static void settleFailure(Row& row, qint64 position, const QString& next)
    {
        if (row.syncState != Failed || position != row.syncFailedPosition)
            return;
        row.syncState = next;
        clearFailure(row);
    }
};

} // namespace keyledger
