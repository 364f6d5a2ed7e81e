#pragma once

#include <QCoreApplication>

#include "commands/CommandContext.h"
#include "commands/CommandResult.h"
#include "domain/UserAggregate.h"
#include "domain/UserCommands.h"
#include "store/OutboxSettlement.h"

#include <QUuid>

#include <functional>
#include <optional>

namespace keyledger {

class EventStore;

// Loads a user's stream, lets the aggregate decide, then appends the events, the username and
// e-mail claims and one outbox row per event Keycloak must hear about, in one transaction,
// with the loaded version as the expected version.
//
// With no expectedVersion the handler re-reads and re-decides after a concurrent append (up
// to a few times); with one, a mismatch is the caller's ConcurrencyError to show.
class UserCommandHandler
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::UserCommandHandler)

public:
    explicit UserCommandHandler(EventStore& store);

    CommandResult create(const CreateUser& command, const CommandContext& context);
    CommandResult updateProfile(const QUuid& userId, const UpdateUserProfile& command,
                                const CommandContext& context,
                                std::optional<qint64> expectedVersion = std::nullopt);
    CommandResult enable(const QUuid& userId, const CommandContext& context);
    CommandResult disable(const QUuid& userId, const CommandContext& context);
    CommandResult remove(const QUuid& userId, const CommandContext& context);
    CommandResult changeRoles(const QUuid& userId, const ChangeUserRoles& command,
                              const CommandContext& context);
    CommandResult markEmailVerified(const QUuid& userId, const CommandContext& context);
    CommandResult requestPasswordReset(const QUuid& userId, const CommandContext& context);
    // Facts reported by Keycloak or the sync worker; they need no delivery back to Keycloak.
    CommandResult recordLogin(const QUuid& userId, qint64 atMs, const CommandContext& context);
    CommandResult recordLogin(const QUuid& userId, const UserLoggedIn& login, const CommandContext& context);
    // What an import found in Keycloak (no outbox rows: Keycloak already has it).
    CommandResult recordImported(const UserImported& imported, const CommandContext& context);
    CommandResult recordChangedInKeycloak(const QUuid& userId, const QList<FieldChange>& changes,
                                          const CommandContext& context);
    CommandResult recordDeletedInKeycloak(const QUuid& userId, const CommandContext& context);
    // With settleOutbox, the outbox row of outcome.position is settled in the same transaction.
    CommandResult recordSynced(const QUuid& userId, const UserSyncedToKeycloak& outcome,
                               const CommandContext& context, bool settleOutbox = false);
    CommandResult recordSyncFailed(const QUuid& userId, const UserSyncFailed& outcome,
                                   const CommandContext& context, bool settleOutbox = false);
    // The admin's decisions about a refused change (the head of the user's outbox queue).
    CommandResult retrySync(const QUuid& userId, qint64 position, const CommandContext& context);
    CommandResult discardSync(const QUuid& userId, qint64 position, const QString& operation,
                              const CommandContext& context);

    UserAggregate load(const QUuid& userId);
    // A user id, or the username of a live user; std::nullopt when neither matches.
    std::optional<QUuid> resolve(const QString& userIdOrUsername);

private:
    using Decide = std::function<UserDecision(const UserAggregate&)>;
    CommandResult execute(const QUuid& userId, const Decide& decide, const CommandContext& context,
                          std::optional<qint64> expectedVersion,
                          const QList<OutboxSettlement>& settlements = {});

    EventStore& m_store;
};

} // namespace keyledger
