#include "commands/UserCommandHandler.h"

#include "domain/ImportedEvents.h"

#include "common/Uuid7.h"
#include "domain/KeycloakDelivery.h"
#include "domain/UserEventCodec.h"
#include "domain/UserRuleError.h"
#include "domain/UserValidator.h"
#include "domain/ValidationError.h"
#include "store/EventStore.h"
#include "store/StoreErrors.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

namespace keyledger {

namespace {

// Each conflict means another writer succeeded, so retrying makes progress; the deadline only
// guards against a pathological livelock.
constexpr int retryDeadlineMs = 10000;
const QString usernameScope = QStringLiteral("username");
const QString emailScope = QStringLiteral("email");

// The claims a decision implies: usernames and e-mails are unique among live users.
QList<UniqueClaim> claimsFor(const UserState& before, const QList<UserEvent>& decided)
{
    QList<UniqueClaim> claims;
    QList<UserEvent> events;
    for (const UserEvent& event : decided)
        events += ImportedEvents::asLocalEquivalents(event);
    for (const UserEvent& event : events) {
        if (const auto* created = std::get_if<UserCreated>(&event)) {
            claims.append({usernameScope, created->personal.username, UniqueClaim::Action::Claim});
            if (!created->personal.email.isEmpty())
                claims.append({emailScope, created->personal.email, UniqueClaim::Action::Claim});
        } else if (const auto* updated = std::get_if<UserUpdated>(&event)) {
            for (const FieldChange& change : updated->changes) {
                if (change.field != QLatin1String("email"))
                    continue;
                if (!change.before.isEmpty())
                    claims.append({emailScope, change.before, UniqueClaim::Action::Release});
                if (!change.after.isEmpty())
                    claims.append({emailScope, change.after, UniqueClaim::Action::Claim});
            }
        } else if (std::holds_alternative<UserDeleted>(event)) {
            claims.append({usernameScope, before.personal.username, UniqueClaim::Action::Release});
            if (!before.personal.email.isEmpty())
                claims.append({emailScope, before.personal.email, UniqueClaim::Action::Release});
        }
    }
    return claims;
}

ValidationError claimTaken(const ClaimConflictError& conflict)
{
    if (conflict.scope() == usernameScope)
        return ValidationError({{QStringLiteral("username"), QStringLiteral("error-username-exists"),
                                 UserCommandHandler::tr("The username %1 is already taken by another user.")
                                     .arg(conflict.value())}});
    return ValidationError({{QStringLiteral("email"), QStringLiteral("error-email-exists"),
                             UserCommandHandler::tr("The e-mail address %1 is already used by another user.")
                                 .arg(conflict.value())}});
}

} // namespace

UserCommandHandler::UserCommandHandler(EventStore& store)
    : m_store(store)
{}

UserAggregate UserCommandHandler::load(const QUuid& userId)
{
    return UserAggregate::fromHistory(m_store.replayStream(UserAggregate::streamIdFor(userId)));
}

std::optional<QUuid> UserCommandHandler::resolve(const QString& userIdOrUsername)
{
    const QUuid asId = QUuid::fromString(userIdOrUsername.trimmed());
    if (!asId.isNull() && m_store.streamVersion(UserAggregate::streamIdFor(asId)) > 0)
        return asId;
    // Not a known id: it may still be a username that happens to look like a UUID.
    const QString owner =
        m_store.claimOwner(usernameScope, UserValidator::normalizeUsername(userIdOrUsername));
    if (owner.isEmpty())
        return std::nullopt;
    return UserAggregate::userIdFromStream(owner);
}

CommandResult UserCommandHandler::create(const CreateUser& command, const CommandContext& context)
{
    const QUuid userId = Uuid7::create();
    return execute(
        userId, [&](const UserAggregate&) { return UserAggregate::create(userId, command); }, context, 0);
}

CommandResult UserCommandHandler::updateProfile(const QUuid& userId, const UpdateUserProfile& command,
                                                const CommandContext& context,
                                                std::optional<qint64> expectedVersion)
{
    return execute(
        userId, [&](const UserAggregate& user) { return user.updateProfile(command); }, context,
        expectedVersion);
}

CommandResult UserCommandHandler::enable(const QUuid& userId, const CommandContext& context)
{
    return execute(
        userId, [](const UserAggregate& user) { return user.enable(); }, context, std::nullopt);
}

CommandResult UserCommandHandler::disable(const QUuid& userId, const CommandContext& context)
{
    return execute(
        userId, [](const UserAggregate& user) { return user.disable(); }, context, std::nullopt);
}

CommandResult UserCommandHandler::remove(const QUuid& userId, const CommandContext& context)
{
    return execute(
        userId, [](const UserAggregate& user) { return user.remove(); }, context, std::nullopt);
}

CommandResult UserCommandHandler::changeRoles(const QUuid& userId, const ChangeUserRoles& command,
                                              const CommandContext& context)
{
    return execute(
        userId, [&](const UserAggregate& user) { return user.changeRoles(command); }, context, std::nullopt);
}

CommandResult UserCommandHandler::markEmailVerified(const QUuid& userId, const CommandContext& context)
{
    return execute(
        userId, [](const UserAggregate& user) { return user.markEmailVerified(); }, context, std::nullopt);
}

CommandResult UserCommandHandler::requestPasswordReset(const QUuid& userId, const CommandContext& context)
{
    return execute(
        userId, [](const UserAggregate& user) { return user.requestPasswordReset(); }, context, std::nullopt);
}

CommandResult UserCommandHandler::recordLogin(const QUuid& userId, qint64 atMs, const CommandContext& context)
{
    return execute(
        userId, [atMs](const UserAggregate& user) { return user.recordLogin(atMs); }, context, std::nullopt);
}

CommandResult UserCommandHandler::recordLogin(const QUuid& userId, const UserLoggedIn& login,
                                              const CommandContext& context)
{
    return execute(
        userId, [&](const UserAggregate& user) { return user.recordLogin(login); }, context, std::nullopt);
}

CommandResult UserCommandHandler::recordImported(const UserImported& imported, const CommandContext& context)
{
    return execute(
        imported.userId, [&](const UserAggregate& user) { return user.recordImported(imported); }, context,
        std::nullopt);
}

CommandResult UserCommandHandler::recordChangedInKeycloak(const QUuid& userId,
                                                          const QList<FieldChange>& changes,
                                                          const CommandContext& context)
{
    return execute(
        userId, [&](const UserAggregate& user) { return user.recordChangedInKeycloak(changes); }, context,
        std::nullopt);
}

CommandResult UserCommandHandler::recordDeletedInKeycloak(const QUuid& userId, const CommandContext& context)
{
    return execute(
        userId, [&](const UserAggregate& user) { return user.recordDeletedInKeycloak(); }, context,
        std::nullopt);
}

CommandResult UserCommandHandler::recordSynced(const QUuid& userId, const UserSyncedToKeycloak& outcome,
                                               const CommandContext& context, bool settleOutbox)
{
    QList<OutboxSettlement> settlements;
    if (settleOutbox)
        settlements.append(OutboxSettlement{outcome.position, OutboxSettlement::State::Delivered, {}});
    return execute(
        userId, [&](const UserAggregate& user) { return user.recordSynced(outcome); }, context, std::nullopt,
        settlements);
}

CommandResult UserCommandHandler::recordSyncFailed(const QUuid& userId, const UserSyncFailed& outcome,
                                                   const CommandContext& context, bool settleOutbox)
{
    QList<OutboxSettlement> settlements;
    if (settleOutbox)
        settlements.append(
            OutboxSettlement{outcome.position, OutboxSettlement::State::Failed,
                             QStringLiteral("HTTP %1 %2").arg(outcome.httpStatus).arg(outcome.message)});
    return execute(
        userId, [&](const UserAggregate& user) { return user.recordSyncFailed(outcome); }, context,
        std::nullopt, settlements);
}

CommandResult UserCommandHandler::retrySync(const QUuid& userId, qint64 position,
                                            const CommandContext& context)
{
    return execute(userId, [&](const UserAggregate& user) { return user.retrySync(position); }, context,
                   std::nullopt, {OutboxSettlement{position, OutboxSettlement::State::Pending, {}}});
}

CommandResult UserCommandHandler::discardSync(const QUuid& userId, qint64 position, const QString& operation,
                                              const CommandContext& context)
{
    return execute(userId, [&](const UserAggregate& user) { return user.discardSync(position, operation); },
                   context, std::nullopt,
                   {OutboxSettlement{position, OutboxSettlement::State::Discarded, {}}});
}

CommandResult UserCommandHandler::execute(const QUuid& userId, const Decide& decide,
                                          const CommandContext& context,
                                          std::optional<qint64> expectedVersion,
                                          const QList<OutboxSettlement>& settlements)
{
    const QString streamId = UserAggregate::streamIdFor(userId);
    EventMetadata metadata;
    metadata.actor = context.actor;
    metadata.source = context.source;
    metadata.causationId = Uuid7::create().toString(QUuid::WithoutBraces); // this command
    metadata.correlationId = context.correlationId.isEmpty() ? metadata.causationId : context.correlationId;
    metadata.appVersion = QStringLiteral(KEYLEDGER_VERSION);
    metadata.host = QSysInfo::machineHostName();

    const QDeadlineTimer retryDeadline(retryDeadlineMs);
    for (int attempt = 1;; ++attempt) {
        const UserAggregate user = expectedVersion == 0 ? UserAggregate() : load(userId);
        if (expectedVersion && *expectedVersion != user.version())
            throw ConcurrencyError(streamId, QString::number(*expectedVersion), user.version());

        const UserDecision decision = decide(user);
        if (decision.events.isEmpty())
            return CommandResult{userId, m_store.lastPosition(), user.version(), 0, decision.noChangeReason};

        AppendRequest request;
        request.streamId = streamId;
        request.expected =
            user.version() == 0 ? ExpectedVersion::noStream() : ExpectedVersion::exact(user.version());
        request.claims = claimsFor(user.state(), decision.events);
        request.settlements = settlements;
        for (const UserEvent& event : decision.events) {
            const UserEventCodec::Encoded encoded = UserEventCodec::encode(event);
            request.events.append(NewEvent{
                Uuid7::create(), encoded.type, encoded.schemaVersion, encoded.data, metadata,
                context.source == EventMetadata::sourceLocal() && KeycloakDelivery::required(event)});
        }

        try {
            const AppendResult appended = m_store.append(request);
            return CommandResult{userId,
                                 appended.lastPosition,
                                 appended.streamVersion,
                                 static_cast<int>(request.events.size()),
                                 {}};
        } catch (const ClaimConflictError& conflict) {
            throw claimTaken(conflict);
        } catch (const ConcurrencyError&) {
            if (expectedVersion || retryDeadline.hasExpired())
                throw;
            // Someone appended between our read and our write: decide again on the new state,
            // after a short random pause so two busy writers stop colliding in lockstep.
            QThread::usleep(QRandomGenerator::global()->bounded(200u << std::min(attempt, 6)));
        }
    }
}

} // namespace keyledger
