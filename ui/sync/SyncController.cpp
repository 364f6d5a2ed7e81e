#include "sync/SyncController.h"

#include "common/KeyledgerError.h"
#include "credentials/CredentialJob.h"
#include "credentials/CredentialStore.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "store/StoreNotifier.h"
#include "sync/ServerProfileRepository.h"
#include "sync/SyncWorker.h"

#include <QApplication>
#include <QDateTime>
#include <QInputDialog>
#include <QLineEdit>
#include <QThread>

namespace keyledger {

namespace {

constexpr int countsDelayMs = 200; // appends come in bursts (bulk actions): count once per burst

std::optional<QString> askWithDialog(const ServerProfile& profile, const QString& reason)
{
    const QString label =
        profile.authMode == ServerProfile::AuthMode::ClientCredentials
            ? SyncController::tr("%1\n\nClient secret of %2 for server profile %3 (kept in memory only):")
            : SyncController::tr("%1\n\nPassword of %2 for server profile %3 (kept in memory only):");
    bool ok = false;
    const QString secret = QInputDialog::getText(
        QApplication::activeWindow(), SyncController::tr("Server secret"),
        label.arg(reason, profile.principal, profile.name), QLineEdit::Password, {}, &ok);
    if (!ok || secret.isEmpty())
        return std::nullopt;
    return secret;
}

} // namespace

SyncController::SyncController(SqliteEventStore& store, StoreNotifier* notifier, CredentialStore& credentials,
                               QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_outbox(std::make_unique<SqliteOutbox>(store.connection()))
    , m_credentials(credentials)
    , m_settings(settings)
    , m_prompt(askWithDialog)
{
    qRegisterMetaType<keyledger::SyncStatus>();
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(countsDelayMs);
    connect(&m_countsTimer, &QTimer::timeout, this, &SyncController::refreshCounts);
    if (notifier)
        connect(notifier, &StoreNotifier::appended, this, [this] { m_countsTimer.start(); });
    refreshCounts();
}

SyncController::~SyncController()
{
    stop();
}

void SyncController::rememberSecret(const QString& profileName, const QString& secret)
{
    m_memorySecrets.insert(profileName, secret);
}

void SyncController::forgetSecret(const QString& profileName)
{
    m_memorySecrets.remove(profileName);
}

std::optional<QString> SyncController::rememberedSecret(const QString& profileName) const
{
    const auto found = m_memorySecrets.constFind(profileName);
    if (found == m_memorySecrets.constEnd())
        return std::nullopt;
    return *found;
}

void SyncController::restart()
{
    stop();
    const quint64 generation = ++m_generation;
    const std::optional<ServerProfile> previous = m_profile;
    m_profile = ServerProfileRepository(m_settings).active();
    if (!previous || !m_profile || previous->name != m_profile->name)
        m_status = SyncStatus{};
    m_status.connection = SyncStatus::Connection::Unknown;
    m_status.inFlight = 0;
    setProblem({});
    refreshCounts();
    Q_EMIT profileChanged(m_profile ? m_profile->name : QString());
    publish();
    if (!m_profile)
        return;
    if (const std::optional<QString> secret = rememberedSecret(m_profile->name)) {
        startWorker(*m_profile, *secret);
        return;
    }
    const ServerProfile profile = *m_profile;
    CredentialJob* job = m_credentials.readSecret(CredentialStore::profileSecretKey(profile.name));
    connect(job, &CredentialJob::finished, this, [this, generation, profile](CredentialJob* finished) {
        onSecret(generation, profile, finished);
    });
}

void SyncController::onSecret(quint64 generation, const ServerProfile& profile, CredentialJob* job)
{
    if (generation != m_generation)
        return; // the profile changed meanwhile
    if (job->error() == CredentialJob::Error::NoError && !job->value().isEmpty()) {
        startWorker(profile, job->value());
        return;
    }
    const QString reason = job->error() == CredentialJob::Error::NotFound
                               ? tr("The keychain holds no secret for this profile.")
                               : tr("The keychain cannot be read: %1").arg(job->errorString());
    // Not inside the job's signal: a modal prompt spins an event loop of its own.
    QTimer::singleShot(0, this, [this, generation, profile, reason] {
        if (generation == m_generation)
            askForSecret(profile, reason);
    });
}

void SyncController::askForSecret(const ServerProfile& profile, const QString& reason)
{
    const std::optional<QString> secret = m_prompt ? m_prompt(profile, reason) : std::nullopt;
    if (!secret) {
        setProblem(tr("Sync is paused: no secret for server profile %1. %2").arg(profile.name, reason));
        m_status.connection = SyncStatus::Connection::Offline;
        publish();
        return;
    }
    rememberSecret(profile.name, *secret);
    startWorker(profile, *secret);
}

void SyncController::startWorker(const ServerProfile& profile, const QString& secret)
{
    auto* thread = new QThread(this);
    thread->setObjectName(QStringLiteral("keyledger-sync"));
    m_thread = thread;
    const quint64 generation = m_generation;
    const QString path = m_store.connection().path();
    const int pollMs = m_pollMs;
    // Direct connection: the lambda runs in the new thread, so the worker, its store connection
    // and its network manager belong to that thread.
    connect(
        thread, &QThread::started, thread,
        [this, thread, generation, path, profile, secret, pollMs] {
            SyncWorker* worker = nullptr;
            try {
                worker = new SyncWorker(path, profile, secret);
            } catch (const KeyledgerError& error) {
                const QString message = error.message();
                QMetaObject::invokeMethod(this, [this, generation, message] {
                    if (generation == m_generation)
                        setProblem(tr("Sync cannot start: %1").arg(message));
                });
                return;
            }
            // Deleted in its own thread, when the thread's event loop has stopped.
            connect(
                thread, &QThread::finished, worker, [worker] { delete worker; }, Qt::DirectConnection);
            connect(worker, &SyncWorker::statusChanged, this, [this, generation](const SyncStatus& status) {
                if (generation == m_generation)
                    onWorkerStatus(status);
            });
            QMetaObject::invokeMethod(this, [this, generation, worker] {
                if (generation == m_generation)
                    m_worker = worker;
            });
            worker->start(pollMs);
        },
        Qt::DirectConnection);
    thread->start();
}

void SyncController::stop()
{
    ++m_generation;
    QThread* thread = m_thread;
    SyncWorker* worker = m_worker;
    m_thread = nullptr;
    m_worker = nullptr;
    if (!thread)
        return;
    if (worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->stop(); });
    thread->quit();
    thread->wait();
    delete thread;
}

void SyncController::syncNow()
{
    // Rows waiting for their retry time are made due now: the admin asked for it.
    try {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<OutboxEntry> waiting =
            m_outbox->entries(QString(), OutboxSettlement::State::Pending, 100'000);
        for (const OutboxEntry& entry : waiting) {
            if (entry.nextAttemptAtMs > now)
                m_outbox->scheduleRetry(entry.position, now, entry.lastError);
        }
    } catch (const KeyledgerError& error) {
        qWarning("keyledger sync: cannot reschedule the outbox: %s", qPrintable(error.message()));
    }
    if (!m_thread || m_status.circuitOpen || !m_worker) {
        restart();
        return;
    }
    SyncWorker* worker = m_worker;
    const int pollMs = m_pollMs;
    QMetaObject::invokeMethod(worker, [worker, pollMs] { worker->start(pollMs); });
}

void SyncController::refreshCounts()
{
    try {
        const OutboxCounts counts = m_outbox->counts();
        const bool changed =
            counts.pending != m_status.counts.pending || counts.failed != m_status.counts.failed ||
            counts.delivered != m_status.counts.delivered || counts.discarded != m_status.counts.discarded;
        m_status.counts = counts;
        if (changed)
            publish();
    } catch (const KeyledgerError& error) {
        qWarning("keyledger sync: cannot count the outbox: %s", qPrintable(error.message()));
    }
}

void SyncController::onWorkerStatus(const SyncStatus& status)
{
    const qint64 lastSuccess = std::max(m_status.lastSuccessAtMs, status.lastSuccessAtMs);
    m_status = status;
    m_status.lastSuccessAtMs = lastSuccess;
    publish();
}

void SyncController::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

void SyncController::publish()
{
    Q_EMIT statusChanged(m_status);
}

} // namespace keyledger
