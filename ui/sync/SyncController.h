#pragma once

#include "keycloak/ServerProfile.h"
#include "sync/SyncStatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QSettings;
class QThread;

namespace keyledger {

class CredentialJob;
class CredentialStore;
class SqliteEventStore;
class SqliteOutbox;
class StoreNotifier;
class SyncWorker;

// The UI side of synchronisation: runs one SyncWorker for the active server profile in its own
// thread (the worker opens its own store connection and network manager there), fetches the
// profile's secret from the keychain first, and restarts everything when the profile changes.
// Keeps the latest SyncStatus for the status bar and the Sync page; the outbox counts are also
// read on the UI's own connection, so that they are right with no server configured at all.
class SyncController : public QObject
{
    Q_OBJECT

public:
    // Asks the admin for a profile's secret when the keychain cannot give it (reason says why);
    // std::nullopt when the admin cancels.
    using SecretPrompt = std::function<std::optional<QString>(const ServerProfile&, const QString& reason)>;

    // store: the UI thread's store (outbox counts); settings: nullptr = the application's.
    SyncController(SqliteEventStore& store, StoreNotifier* notifier, CredentialStore& credentials,
                   QSettings* settings = nullptr, QObject* parent = nullptr);
    ~SyncController() override;

    const SyncStatus& status() const { return m_status; }
    // The active profile, if any (set as soon as start() found one, before the secret arrives).
    const std::optional<ServerProfile>& profile() const { return m_profile; }
    bool isWorkerRunning() const { return m_thread != nullptr; }
    // The problem that keeps sync from running (no secret, keychain error), or empty.
    const QString& problem() const { return m_problem; }
    CredentialStore& credentials() { return m_credentials; }

    void setSecretPrompt(SecretPrompt prompt) { m_prompt = std::move(prompt); }
    void setPollInterval(int pollMs) { m_pollMs = pollMs; }
    // A secret the keychain could not keep: remembered for this session only, never on disk.
    void rememberSecret(const QString& profileName, const QString& secret);
    void forgetSecret(const QString& profileName);
    std::optional<QString> rememberedSecret(const QString& profileName) const;

public Q_SLOTS:
    // Reads the active profile and (re)starts the worker for it; stops it when there is none.
    void restart();
    // Delivers now: rows waiting for a retry time become due, the worker pumps at once (a fresh
    // worker when the circuit breaker is open or none runs).
    void syncNow();
    void stop();
    // Reads the outbox counts again on the UI connection.
    void refreshCounts();

Q_SIGNALS:
    void statusChanged(const keyledger::SyncStatus& status);
    // The active profile changed (empty name: no server).
    void profileChanged(const QString& name);
    void problemChanged(const QString& problem);

private:
    void onSecret(quint64 generation, const ServerProfile& profile, CredentialJob* job);
    void askForSecret(const ServerProfile& profile, const QString& reason);
    void startWorker(const ServerProfile& profile, const QString& secret);
    void onWorkerStatus(const SyncStatus& status);
    void setProblem(const QString& problem);
    void publish();

    SqliteEventStore& m_store;
    std::unique_ptr<SqliteOutbox> m_outbox;
    CredentialStore& m_credentials;
    QSettings* m_settings;
    SecretPrompt m_prompt;
    QHash<QString, QString> m_memorySecrets;
    std::optional<ServerProfile> m_profile;
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr; // lives in m_thread; only reached through invokeMethod
    quint64 m_generation = 0;       // bumped by every restart: late keychain answers are dropped
    SyncStatus m_status;
    QString m_problem;
    QTimer m_countsTimer;
    int m_pollMs = 1000;
};

} // namespace keyledger
