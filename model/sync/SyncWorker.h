#pragma once

#include <QCoreApplication>

#include "keycloak/ServerProfile.h"
#include "store/OutboxEntry.h"
#include "sync/CircuitBreaker.h"
#include "sync/DeliveryOutcome.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QSet>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace keyledger {

class KeycloakClient;
class OutboxDelivery;
class SqliteEventStore;
class SqliteOutbox;
class UserCommandHandler;

// Drains the outbox to Keycloak. Each user's rows go in order (only a queue's head is ever in
// flight); different users go in parallel, at most maxParallel at once. Transient failures wait
// (RetryPolicy) and feed a circuit breaker; refusals stop the user's queue with a
// UserSyncFailed event; successes append UserSyncedToKeycloak. Outcome events and the outbox
// row's settlement are one transaction.
//
// Owns its own store connection and network manager: create it in the thread it runs in.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const QString& databasePath, const ServerProfile& profile, const QString& secret,
               QObject* parent = nullptr);
    ~SyncWorker() override;

    void setMaxParallel(int maxParallel) { m_maxParallel = qMax(1, maxParallel); }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    void setCircuitBreaker(const CircuitBreaker& breaker) { m_breaker = breaker; }
    void setRequestTimeout(std::chrono::milliseconds timeout);
    // The actor stamped on outcome events, e.g. "sync@prod".
    void setActor(const QString& actor) { m_actor = actor; }

    // Keeps delivering as rows arrive (checks every pollMs for rows written by other processes).
    void start(int pollMs = 1000);
    // Delivers what is due now and emits drained() once nothing more can be delivered now.
    void runOnce();
    void stop();

    SyncStatus status();

Q_SIGNALS:
    void statusChanged(const keyledger::SyncStatus& status);
    void deliveryStarted(qint64 position);
    void delivered(qint64 position, const QString& operation);
    void refused(qint64 position, const QString& message);
    void retryScheduled(qint64 position, qint64 atMs, const QString& error);
    // runOnce(): nothing due is left (rows may still wait for a retry time or behind a refusal).
    void drained();
    // The realm's user profile drops organizationId: organisations do not reach Keycloak.
    void warning(const QString& message);

private:
    void pump();
    void startDelivery(OutboxEntry entry);
    void onDeliveryFinished(OutboxDelivery* delivery);
    void record(const OutboxEntry& entry, const DeliveryOutcome& outcome);
    void scheduleWake(qint64 nowMs);
    void publishStatus();
    void checkOrganizationAttribute();

    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<SqliteOutbox> m_outbox;
    std::unique_ptr<UserCommandHandler> m_users;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeycloakClient> m_client;
    QTimer* m_wake;
    RetryPolicy m_retry;
    CircuitBreaker m_breaker;
    QString m_actor;
    QSet<QString> m_busy; // streams with a delivery in flight
    int m_maxParallel = 6;
    int m_pollMs = 1000;
    bool m_running = false;
    bool m_once = false;
    bool m_profileChecked = false;
    SyncStatus m_status;
};

} // namespace keyledger

Q_DECLARE_METATYPE(keyledger::SyncStatus)
