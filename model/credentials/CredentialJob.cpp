#include "credentials/CredentialJob.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

namespace keyledger {

namespace {
// Debug lines (one per finished job) are off unless asked for: keyledger.credentials.debug=true.
Q_LOGGING_CATEGORY(lcCredentials, "keyledger.credentials", QtInfoMsg)

CredentialJob::Error fromKeychainError(QKeychain::Error error, const QString& message)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialJob::Error::NoError;
    case QKeychain::EntryNotFound:
        return CredentialJob::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialJob::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialJob::Error::Unavailable;
    case QKeychain::OtherError:
        // QtKeychain reports a missing or unreachable session bus ("Cannot autolaunch D-Bus
        // without X11 $DISPLAY") as OtherError; for the user that is "no keychain available".
        if (message.contains(QLatin1String("D-Bus")) || message.contains(QLatin1String("DBus"))) {
            return CredentialJob::Error::Unavailable;
        }
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return CredentialJob::Error::Other;
}
} // namespace

CredentialJob::CredentialJob(Operation operation, QString key, QObject* parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(std::move(key))
{}

CredentialJob::~CredentialJob() = default;

void CredentialJob::start(QKeychain::Job* keychainJob)
{
    // The keychain job is not our child: QtKeychain's backend callbacks hold raw pointers to it,
    // so it must live until it finishes even if we are destroyed first. It deletes itself.
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(m_key);
    connect(keychainJob, &QKeychain::Job::finished, this, &CredentialJob::onKeychainFinished);
    // QtKeychain queues the real start, so finished() cannot fire before our caller connects.
    keychainJob->start();
}

void CredentialJob::failLater(Error error, const QString& message)
{
    QMetaObject::invokeMethod(
        this, [this, error, message] { finish(error, message); }, Qt::QueuedConnection);
}

void CredentialJob::onKeychainFinished(QKeychain::Job* keychainJob)
{
    const Error error = fromKeychainError(keychainJob->error(), keychainJob->errorString());
    if (error == Error::NoError && m_operation == Operation::Read) {
        m_value = static_cast<QKeychain::ReadPasswordJob*>(keychainJob)->textData();
    }
    finish(error, error == Error::NoError ? QString() : keychainJob->errorString());
}

void CredentialJob::finish(Error error, const QString& message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_errorString = message;
    // The key names the secret, the value never appears here.
    if (error == Error::NoError || error == Error::NotFound) {
        qCDebug(lcCredentials) << m_operation << m_key << error;
    } else {
        qCWarning(lcCredentials) << m_operation << m_key << error << message;
    }
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace keyledger
