#include "sync/OutboxDelivery.h"

#include "keycloak/KeycloakCall.h"
#include "keycloak/KeycloakClient.h"
#include "sync/KeycloakRepresentation.h"

#include <QJsonArray>
#include <QTimer>

namespace keyledger {

namespace {

// Keycloak answers 500 when it cannot send an e-mail (no SMTP server): retrying forever helps
// nobody, so after this many attempts the request counts as refused.
constexpr int maxEmailAttempts = 3;

QString operationOf(const UserEvent& event)
{
    if (std::holds_alternative<UserCreated>(event))
        return QStringLiteral("create");
    if (std::holds_alternative<UserDeleted>(event))
        return QStringLiteral("delete");
    if (std::holds_alternative<UserRolesChanged>(event))
        return QStringLiteral("roles");
    if (std::holds_alternative<PasswordResetEmailRequested>(event))
        return QStringLiteral("actions-email");
    return QStringLiteral("update");
}

} // namespace

OutboxDelivery::OutboxDelivery(KeycloakClient& client, OutboxEntry entry, UserEvent event,
                               UserState currentUser, QString keycloakId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_entry(std::move(entry))
    , m_event(std::move(event))
    , m_user(std::move(currentUser))
    , m_keycloakId(std::move(keycloakId))
{
    m_outcome.operation = operationOf(m_event);
}

void OutboxDelivery::start()
{
    // Always report from the event loop, as KeycloakCall does, even for rows with nothing to send.
    QTimer::singleShot(0, this, &OutboxDelivery::deliver);
}

void OutboxDelivery::then(KeycloakCall* call, Next next)
{
    connect(call, &KeycloakCall::finished, this, [this, call, next = std::move(next)] {
        if (call->ok())
            next(*call);
        else
            fail(*call);
    });
}

void OutboxDelivery::deliver()
{
    if (std::holds_alternative<UserCreated>(m_event)) {
        if (!m_keycloakId.isEmpty())
            return assignRoles(m_user.roles,
                               {}); // created and recorded before: only the roles may be missing
        // attempts counts this attempt too: more than one means an earlier one may have arrived.
        if (m_entry.attempts > 1)
            return adoptOrCreate();
        return createUser();
    }
    if (std::holds_alternative<UserDeleted>(m_event)) {
        if (m_keycloakId.isEmpty())
            return succeed(); // never reached Keycloak: nothing to delete there
        KeycloakCall* call = m_client.deleteUser(m_keycloakId);
        connect(call, &KeycloakCall::finished, this, [this, call] {
            // Gone already (deleted in the console, or an earlier attempt arrived): done.
            if (call->ok() || call->error().kind() == KeycloakError::Kind::NotFound)
                succeed();
            else
                fail(*call);
        });
        return;
    }
    if (const auto* roles = std::get_if<UserRolesChanged>(&m_event)) {
        const QStringList add = roles->added, remove = roles->removed;
        return withKeycloakId([this, add, remove] { assignRoles(add, remove); });
    }
    if (const auto* reset = std::get_if<PasswordResetEmailRequested>(&m_event)) {
        const QStringList actions = reset->actions;
        return withKeycloakId([this, actions] {
            KeycloakCall* call = m_client.executeActionsEmail(m_keycloakId, actions);
            connect(call, &KeycloakCall::finished, this, [this, call] {
                if (call->ok())
                    return succeed();
                if (call->error().kind() == KeycloakError::Kind::Server &&
                    m_entry.attempts >= maxEmailAttempts)
                    return refuse(call->httpStatus(),
                                  call->error().serverMessage().isEmpty()
                                      ? tr("Keycloak could not send the e-mail (is its SMTP server set up?)")
                                      : call->error().serverMessage());
                fail(*call);
            });
        });
    }
    if (std::holds_alternative<UserUpdated>(m_event) || std::holds_alternative<UserEnabled>(m_event) ||
        std::holds_alternative<UserDisabled>(m_event) || std::holds_alternative<UserEmailVerified>(m_event)) {
        return withKeycloakId([this] {
            then(m_client.updateUser(m_keycloakId, KeycloakRepresentation::forUpdate(m_user)),
                 [this](KeycloakCall&) { succeed(); });
        });
    }
    refuse(0, tr("Keyledger does not know how to deliver a %1 event.").arg(m_entry.eventType));
}

void OutboxDelivery::createUser()
{
    KeycloakCall* call = m_client.createUser(KeycloakRepresentation::forCreate(m_user));
    connect(call, &KeycloakCall::finished, this, [this, call] {
        if (!call->ok())
            return fail(*call);
        m_keycloakId = call->createdId();
        m_outcome.keycloakId = m_keycloakId;
        assignRoles(m_user.roles, {});
    });
}

void OutboxDelivery::adoptOrCreate()
{
    then(m_client.findUserByUsername(m_user.personal.username), [this](KeycloakCall& call) {
        const QJsonArray found = call.json().toArray();
        if (found.isEmpty())
            return createUser();
        m_keycloakId = found.first().toObject().value(QStringLiteral("id")).toString();
        m_outcome.keycloakId = m_keycloakId;
        // The earlier attempt created it, maybe with the roles, maybe not: make them right.
        assignRoles(m_user.roles, {});
    });
}

void OutboxDelivery::withKeycloakId(std::function<void()> action)
{
    if (!m_keycloakId.isEmpty())
        return action();
    // Never guessed from the username: after a refused (and discarded) create, a Keycloak user
    // of the same name is someone else.
    refuse(404, tr("User %1 was never created in Keycloak (its creation was refused or discarded).")
                    .arg(m_user.personal.username));
}

void OutboxDelivery::assignRoles(const QStringList& add, const QStringList& remove)
{
    auto removeThen = [this, remove] {
        if (remove.isEmpty())
            return succeed();
        then(m_client.removeRealmRoles(m_keycloakId, remove), [this](KeycloakCall&) { succeed(); });
    };
    if (add.isEmpty())
        return removeThen();
    then(m_client.addRealmRoles(m_keycloakId, add), [removeThen](KeycloakCall&) { removeThen(); });
}

void OutboxDelivery::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.kind = DeliveryOutcome::Kind::Delivered;
    m_outcome.keycloakId = m_keycloakId;
    Q_EMIT finished();
}

void OutboxDelivery::fail(const KeycloakCall& call)
{
    if (m_finished)
        return;
    const KeycloakError& error = call.error();
    using Kind = KeycloakError::Kind;
    // Credentials and certificates are the admin's to fix, not the data's: the queue waits.
    const bool transient = error.isTransient() || error.kind() == Kind::Unauthorized ||
                           error.kind() == Kind::InvalidCredentials || error.kind() == Kind::Tls ||
                           error.kind() == Kind::MalformedResponse || error.kind() == Kind::Cancelled;
    m_finished = true;
    m_outcome.kind = transient ? DeliveryOutcome::Kind::Transient : DeliveryOutcome::Kind::Refused;
    m_outcome.httpStatus = call.httpStatus();
    m_outcome.message = error.serverMessage().isEmpty() ? error.userMessage() : error.serverMessage();
    m_outcome.keycloakId = m_keycloakId;
    Q_EMIT finished();
}

void OutboxDelivery::refuse(int httpStatus, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.kind = DeliveryOutcome::Kind::Refused;
    m_outcome.httpStatus = httpStatus;
    m_outcome.message = message;
    m_outcome.keycloakId = m_keycloakId;
    Q_EMIT finished();
}

} // namespace keyledger
