#include "sync/SyncWorker.h"

#include "commands/CommandContext.h"
#include "commands/UserCommandHandler.h"
#include "common/KeyledgerError.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "keycloak/KeycloakCall.h"
#include "keycloak/KeycloakClient.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "sync/OutboxDelivery.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace keyledger {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString syncSource()
{
    return QStringLiteral("keycloak-sync");
}

} // namespace

SyncWorker::SyncWorker(const QString& databasePath, const ServerProfile& profile, const QString& secret,
                       QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<SqliteEventStore>(databasePath, SqliteConnection::OpenMode::MustExist))
    , m_outbox(std::make_unique<SqliteOutbox>(m_store->connection()))
    , m_users(std::make_unique<UserCommandHandler>(*m_store))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<KeycloakClient>(profile, *m_network))
    , m_wake(new QTimer(this))
    , m_actor(QStringLiteral("keyledger-sync@") + profile.name)
{
    qRegisterMetaType<keyledger::SyncStatus>();
    m_client->setSecret(secret);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &SyncWorker::pump);
}

SyncWorker::~SyncWorker()
{
    // Deliveries hold a reference to the client, a member destroyed before QObject's children.
    qDeleteAll(findChildren<OutboxDelivery*>(Qt::FindDirectChildrenOnly));
}

void SyncWorker::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_client->setTimeout(timeout);
}

void SyncWorker::start(int pollMs)
{
    m_pollMs = std::max(50, pollMs);
    m_once = false;
    m_running = true;
    QTimer::singleShot(0, this, &SyncWorker::pump);
}

void SyncWorker::runOnce()
{
    m_once = true;
    m_running = true;
    QTimer::singleShot(0, this, &SyncWorker::pump);
}

void SyncWorker::stop()
{
    m_running = false;
    m_wake->stop();
}

void SyncWorker::pump()
{
    if (!m_running)
        return;
    const qint64 now = nowMs();
    checkOrganizationAttribute();
    const int capacity = m_maxParallel - int(m_busy.size());
    if (capacity > 0 && m_breaker.state(now) != CircuitBreaker::State::Open) {
        const QList<OutboxEntry> heads = m_outbox->dueHeads(now, capacity, m_busy);
        for (const OutboxEntry& head : heads) {
            if (!m_breaker.allowRequest(now))
                break;
            startDelivery(head);
        }
    }
    publishStatus();
    if (m_busy.isEmpty() && m_once) {
        m_running = false;
        Q_EMIT drained();
        return;
    }
    scheduleWake(now);
}

void SyncWorker::scheduleWake(qint64 now)
{
    qint64 wait = m_once ? 60'000 : m_pollMs;
    if (const std::optional<qint64> due = m_outbox->nextDueAt())
        wait = std::min(wait, std::max<qint64>(0, *due - now));
    if (m_breaker.state(now) == CircuitBreaker::State::Open)
        wait = std::max(wait, m_breaker.reopensAtMs() - now);
    if (!m_busy.isEmpty() && m_busy.size() >= m_maxParallel)
        return; // a finishing delivery pumps again
    m_wake->start(int(std::clamp<qint64>(wait, 10, 60'000)));
}

void SyncWorker::startDelivery(OutboxEntry entry)
{
    // Counted before anything leaves: after a crash, the next attempt knows to look first.
    m_outbox->recordAttempt(entry.position);
    entry.attempts += 1;

    // The user as it is now (the store's replay, which opens only the personal data it needs)
    // and the one event to deliver, read by its position: not the user's whole history again.
    UserAggregate latest;
    std::optional<UserEvent> event;
    try {
        const QList<RecordedEvent> found = m_store->readAll(entry.position, 1);
        if (!found.isEmpty() && found.first().position == entry.position &&
            found.first().streamId == entry.streamId)
            event = UserEventCodec::decode(found.first().type, found.first().data);
        latest = m_users->load(UserAggregate::userIdFromStream(entry.streamId));
    } catch (const KeyledgerError& error) {
        record(entry, DeliveryOutcome{
                          DeliveryOutcome::Kind::Refused, QStringLiteral("read"), {}, 0, error.message()});
        return;
    }
    if (!event) {
        record(entry, DeliveryOutcome{
                          DeliveryOutcome::Kind::Refused,
                          QStringLiteral("read"),
                          {},
                          0,
                          tr("The event at position %1 is not in the user's stream.").arg(entry.position)});
        return;
    }
    auto* delivery =
        new OutboxDelivery(*m_client, entry, *event, latest.state(), latest.state().keycloakId, this);
    m_busy.insert(entry.streamId);
    Q_EMIT deliveryStarted(entry.position);
    connect(delivery, &OutboxDelivery::finished, this, [this, delivery] { onDeliveryFinished(delivery); });
    delivery->start();
}

void SyncWorker::onDeliveryFinished(OutboxDelivery* delivery)
{
    m_busy.remove(delivery->entry().streamId);
    record(delivery->entry(), delivery->outcome());
    delivery->deleteLater();
    if (m_running) {
        m_wake->stop();
        pump();
    }
}

void SyncWorker::record(const OutboxEntry& entry, const DeliveryOutcome& outcome)
{
    const qint64 now = nowMs();
    const QUuid userId = UserAggregate::userIdFromStream(entry.streamId);
    const CommandContext context{m_actor, syncSource(), {}};
    try {
        switch (outcome.kind) {
        case DeliveryOutcome::Kind::Delivered:
            m_users->recordSynced(userId,
                                  UserSyncedToKeycloak{outcome.keycloakId, entry.position, outcome.operation},
                                  context, true);
            m_breaker.recordSuccess();
            m_status.lastSuccessAtMs = now;
            m_status.lastError.clear();
            m_status.connection = SyncStatus::Connection::Online;
            Q_EMIT delivered(entry.position, outcome.operation);
            return;
        case DeliveryOutcome::Kind::Refused:
            m_users->recordSyncFailed(
                userId,
                UserSyncFailed{entry.position, outcome.operation, outcome.httpStatus, outcome.message},
                context, true);
            m_breaker.recordSuccess(); // the server answered; the data is the problem
            m_status.connection = SyncStatus::Connection::Online;
            Q_EMIT refused(entry.position, outcome.message);
            return;
        case DeliveryOutcome::Kind::Transient:
            break;
        }
    } catch (const KeyledgerError& error) {
        // The ledger could not take the outcome (a busy file, a concurrent writer): deliver again
        // later; Keycloak's side is idempotent for every operation but create, which adopts.
        qWarning("keyledger sync: cannot record the outcome of position %lld: %s", entry.position,
                 qPrintable(error.message()));
    }
    const qint64 at = now + m_retry.delayAfter(entry.attempts);
    m_outbox->scheduleRetry(entry.position, at, outcome.message);
    m_breaker.recordFailure(now);
    m_status.lastError = outcome.message;
    m_status.connection = SyncStatus::Connection::Offline;
    Q_EMIT retryScheduled(entry.position, at, outcome.message);
}

void SyncWorker::checkOrganizationAttribute()
{
    // Once per worker, and only when something is to be sent: Keycloak answers 201/204 and
    // silently drops an attribute its user profile does not declare.
    if (m_profileChecked ||
        m_breaker.state(QDateTime::currentMSecsSinceEpoch()) != CircuitBreaker::State::Closed ||
        !m_outbox->nextDueAt())
        return;
    m_profileChecked = true;
    KeycloakCall* call = m_client->userProfileConfig();
    connect(call, &KeycloakCall::finished, this, [this, call] {
        if (!call->ok()) {
            m_profileChecked = false; // offline or not allowed to read it: try again later
            return;
        }
        if (KeycloakClient::organizationAttributeAllowed(call->json().toObject()))
            return;
        m_status.warning = tr("Realm %1 does not keep the organizationId attribute, so organisations are not "
                              "stored in Keycloak. "
                              "Allow it with: keyledger-cli profile allow-organization %2")
                               .arg(m_client->profile().realm, m_client->profile().name);
        Q_EMIT warning(m_status.warning);
        publishStatus();
    });
}

SyncStatus SyncWorker::status()
{
    SyncStatus status = m_status;
    status.counts = m_outbox->counts();
    status.inFlight = int(m_busy.size());
    const qint64 now = nowMs();
    status.circuitOpen = m_breaker.state(now) == CircuitBreaker::State::Open;
    status.circuitReopensAtMs = status.circuitOpen ? m_breaker.reopensAtMs() : 0;
    if (status.inFlight > 0 && status.connection != SyncStatus::Connection::Offline)
        status.connection = SyncStatus::Connection::Syncing;
    return status;
}

void SyncWorker::publishStatus()
{
    Q_EMIT statusChanged(status());
}

} // namespace keyledger
