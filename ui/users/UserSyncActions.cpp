#include "users/UserSyncActions.h"

#include "commands/CommandContext.h"
#include "commands/UserCommandHandler.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "sync/OutboxModel.h"

namespace keyledger {

UserSyncActions::UserSyncActions(EventStore& store, UserCommandHandler& users)
    : m_store(store)
    , m_users(users)
{}

std::optional<UserSyncActions::Refused> UserSyncActions::refusedHead(const QUuid& userId)
{
    auto* sqlite = dynamic_cast<SqliteEventStore*>(&m_store);
    if (!sqlite || userId.isNull())
        return std::nullopt;
    const QString streamId = UserAggregate::streamIdFor(userId);
    SqliteOutbox outbox(sqlite->connection());
    const std::optional<OutboxEntry> head = outbox.head(streamId);
    if (!head || head->state != OutboxSettlement::State::Failed)
        return std::nullopt;
    Refused refused{head->position, head->eventType, QString(), head->lastError};
    // The operation comes from the failure event, as the Sync page reads it.
    for (const RecordedEvent& event : m_store.readStream(streamId)) {
        if (event.type != QLatin1String("UserSyncFailed"))
            continue;
        const UserEvent decoded = UserEventCodec::decode(event.type, event.data);
        if (const auto* failed = std::get_if<UserSyncFailed>(&decoded);
            failed && failed->position == head->position)
            refused.operation = failed->operation;
    }
    return refused;
}

qint64 UserSyncActions::retry(const QUuid& userId, const Refused& refused)
{
    return m_users.retrySync(userId, refused.position, CommandContext::localUser()).position;
}

qint64 UserSyncActions::discard(const QUuid& userId, const Refused& refused)
{
    const QString operation = refused.operation.isEmpty() ? refused.eventType : refused.operation;
    return m_users.discardSync(userId, refused.position, operation, CommandContext::localUser()).position;
}

QString UserSyncActions::discardQuestion(const Refused& refused, const QString& username)
{
    return QCoreApplication::translate("keyledger::SyncView",
                                       "Discard the change “%1” of user %2?\n\nIt will never be sent: "
                                       "Keycloak keeps its own version of "
                                       "this user. The decision is recorded in the ledger, and the user's "
                                       "later changes are sent next.")
        .arg(OutboxModel::changeLabel(refused.eventType), username);
}

QString UserSyncActions::discardTitle()
{
    return QCoreApplication::translate("keyledger::SyncView", "Discard Change");
}

} // namespace keyledger
