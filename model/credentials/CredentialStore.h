#pragma once

#include "credentials/CredentialJob.h"

#include <QObject>
#include <QString>

namespace keyledger {

// The one door to the OS keychain (Secret Service on Linux, through QtKeychain). Secrets live
// there and in memory only: never on disk elsewhere, never in a log line. Every call is
// asynchronous and returns a CredentialJob that reports once through finished().
// QtKeychain's plaintext fallback is never enabled: with no keychain the job fails Unavailable.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    // Every Keyledger secret is stored under this service name.
    static QString serviceName();

    // The key of one secret of a server profile: "profile/<name>/<item>". The name is
    // percent-encoded so that a '/' inside it cannot reach another profile's keys.
    static QString profileKey(const QString& profileName, const QString& item);
    // The profile's client secret or password: profileKey(name, "secret").
    static QString profileSecretKey(const QString& profileName);

    explicit CredentialStore(QObject* parent = nullptr);
    ~CredentialStore() override;

    // Jobs are children of the store; they delete themselves after finished().
    CredentialJob* readSecret(const QString& key);
    CredentialJob* writeSecret(const QString& key, const QString& value);
    // Removing a key that holds nothing finishes with NoError or NotFound, depending on the
    // backend; callers that only want it gone can treat both as success.
    CredentialJob* removeSecret(const QString& key);

private:
    CredentialJob* newJob(CredentialJob::Operation operation, const QString& key);
};

} // namespace keyledger
