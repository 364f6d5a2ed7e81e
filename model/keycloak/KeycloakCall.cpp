#include "keycloak/KeycloakCall.h"

#include <QNetworkReply>

namespace keyledger {

KeycloakCall::KeycloakCall(QObject* parent)
    : QObject(parent)
{}

KeycloakCall::~KeycloakCall()
{
    // A call destroyed with its parent (the client) must not leave a request running for nobody.
    if (m_reply && !m_reply->isFinished()) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void KeycloakCall::abort()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    if (m_reply && !m_reply->isFinished()) {
        // The reply's finished handler reports Cancelled.
        m_reply->abort();
    }
    if (!m_finished) {
        // Waiting for a token or between two steps: nothing in flight to interrupt.
        fail(KeycloakError(KeycloakError::Kind::Cancelled));
    }
}

void KeycloakCall::setReply(QNetworkReply* reply)
{
    m_reply = reply;
}

void KeycloakCall::succeed(int httpStatus, QJsonValue json, QString createdId)
{
    if (m_finished) {
        return;
    }
    m_httpStatus = httpStatus;
    m_json = std::move(json);
    m_createdId = std::move(createdId);
    finish();
}

void KeycloakCall::fail(const KeycloakError& error, int httpStatus)
{
    if (m_finished) {
        return;
    }
    m_error = error;
    m_httpStatus = httpStatus >= 0 ? httpStatus : error.httpStatus();
    finish();
}

void KeycloakCall::failLater(const KeycloakError& error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { fail(error); }, Qt::QueuedConnection);
}

void KeycloakCall::finish()
{
    m_finished = true;
    m_reply = nullptr;
    Q_EMIT finished();
    deleteLater();
}

} // namespace keyledger
