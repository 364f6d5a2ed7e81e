#pragma once

#include <QCoreApplication>

#include "domain/UserEvents.h"
#include "domain/UserState.h"
#include "store/OutboxEntry.h"
#include "sync/DeliveryOutcome.h"

#include <QObject>

#include <functional>

namespace keyledger {

class KeycloakCall;
class KeycloakClient;

// Delivers one outbox row to Keycloak: the event's change, through one or a few Admin REST
// calls. Fields are sent as the user is now (not as the event left it): every delivery is then
// idempotent and converges, and a refused change the admin fixed locally goes through on retry. Reports once
// through finished(), then the owner reads outcome() and deletes it.
//
// Creates are the delicate part: when an earlier attempt may have reached Keycloak (a crash or a
// timeout after the POST left), the username is looked up first and an existing user adopted
// instead of created twice.
class OutboxDelivery : public QObject
{
    Q_OBJECT

public:
    OutboxDelivery(KeycloakClient& client, OutboxEntry entry, UserEvent event, UserState currentUser,
                   QString keycloakId, QObject* parent = nullptr);

    void start();
    const OutboxEntry& entry() const { return m_entry; }
    const DeliveryOutcome& outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished();

private:
    using Next = std::function<void(KeycloakCall&)>;
    // Runs `next` when the call succeeds; finishes the delivery with the error otherwise.
    void then(KeycloakCall* call, Next next);
    void deliver();
    void createUser();
    void adoptOrCreate();
    void assignRoles(const QStringList& add, const QStringList& remove);
    // Runs `action` when the user's Keycloak id is known; refuses the row otherwise.
    void withKeycloakId(std::function<void()> action);
    void succeed();
    void fail(const KeycloakCall& call);
    void refuse(int httpStatus, const QString& message);

    KeycloakClient& m_client;
    OutboxEntry m_entry;
    UserEvent m_event;
    UserState m_user;
    QString m_keycloakId;
    DeliveryOutcome m_outcome;
    bool m_finished = false;
};

} // namespace keyledger
