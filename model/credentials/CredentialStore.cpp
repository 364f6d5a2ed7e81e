#include "credentials/CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QUrl>

namespace keyledger {

QString CredentialStore::serviceName()
{
    return QStringLiteral("Keyledger");
}

QString CredentialStore::profileKey(const QString& profileName, const QString& item)
{
    return QStringLiteral("profile/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(profileName)), item);
}

QString CredentialStore::profileSecretKey(const QString& profileName)
{
    return profileKey(profileName, QStringLiteral("secret"));
}

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{}

CredentialStore::~CredentialStore() = default;

CredentialJob* CredentialStore::newJob(CredentialJob::Operation operation, const QString& key)
{
    auto* job = new CredentialJob(operation, key, this);
    if (key.isEmpty()) {
        job->failLater(CredentialJob::Error::Other, tr("A keychain entry needs a non-empty key."));
    }
    return job;
}

CredentialJob* CredentialStore::readSecret(const QString& key)
{
    CredentialJob* job = newJob(CredentialJob::Operation::Read, key);
    if (!key.isEmpty()) {
        job->start(new QKeychain::ReadPasswordJob(serviceName()));
    }
    return job;
}

CredentialJob* CredentialStore::writeSecret(const QString& key, const QString& value)
{
    CredentialJob* job = newJob(CredentialJob::Operation::Write, key);
    if (!key.isEmpty()) {
        auto* keychainJob = new QKeychain::WritePasswordJob(serviceName());
        keychainJob->setTextData(value);
        job->start(keychainJob);
    }
    return job;
}

CredentialJob* CredentialStore::removeSecret(const QString& key)
{
    CredentialJob* job = newJob(CredentialJob::Operation::Remove, key);
    if (!key.isEmpty()) {
        job->start(new QKeychain::DeletePasswordJob(serviceName()));
    }
    return job;
}

} // namespace keyledger
