#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace keyledger {

// One keychain operation started by CredentialStore. It emits finished() exactly once, always
// from the event loop (never inside the call that created it), then deletes itself: read the
// result inside the slot and do not keep the pointer.
class CredentialJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    Q_ENUM(Operation)

    enum class Error
    {
        NoError,
        NotFound,     // nothing stored under this key
        AccessDenied, // the keyring is locked or the user refused
        Unavailable,  // no Secret Service / keychain reachable (e.g. no D-Bus session)
        Other,
    };
    Q_ENUM(Error)

    ~CredentialJob() override;

    Operation operation() const { return m_operation; }
    const QString& key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    // Plain words for the person at the keyboard; it never contains the secret.
    const QString& errorString() const { return m_errorString; }
    // The secret, for a Read that succeeded; empty otherwise.
    const QString& value() const { return m_value; }

Q_SIGNALS:
    void finished(keyledger::CredentialJob* job);

private:
    friend class CredentialStore;

    CredentialJob(Operation operation, QString key, QObject* parent);
    void start(QKeychain::Job* keychainJob);
    void failLater(Error error, const QString& message);
    void onKeychainFinished(QKeychain::Job* keychainJob);
    void finish(Error error, const QString& message);

    Operation m_operation;
    QString m_key;
    QString m_value;
    QString m_errorString;
    Error m_error = Error::NoError;
    bool m_finished = false;
};

} // namespace keyledger
