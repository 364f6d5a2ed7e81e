#pragma once

#include "keycloak/KeycloakError.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;

namespace keyledger {

// One Keycloak operation in flight, possibly several HTTP requests (token, GET then PUT...).
// It emits finished() exactly once, always from the event loop (never inside the call that
// created it), then deletes itself with deleteLater(): connect before returning to the event
// loop, read the result inside the slot and do not keep the pointer.
class KeycloakCall : public QObject
{
    Q_OBJECT
public:
    ~KeycloakCall() override;

    bool ok() const { return m_finished && !m_error.isError(); }
    bool isFinished() const { return m_finished; }
    const KeycloakError& error() const { return m_error; }
    // Status of the last HTTP answer (0 when none arrived).
    int httpStatus() const { return m_httpStatus; }
    // Parsed body of the last answer (array, object, number); Undefined for empty bodies.
    const QJsonValue& json() const { return m_json; }
    // Create calls: the last path segment of the Location header (Keycloak's new id).
    const QString& createdId() const { return m_createdId; }
    // Finishes the call with Kind::Cancelled (nothing happens once it has finished).
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class KeycloakClient;
    friend class KeycloakTokenSource;

    explicit KeycloakCall(QObject* parent);
    void setReply(QNetworkReply* reply);
    bool isCancelled() const { return m_cancelled; }
    void succeed(int httpStatus, QJsonValue json, QString createdId = {});
    void fail(const KeycloakError& error, int httpStatus = -1);
    // For failures found before any request went out: reported from the event loop.
    void failLater(const KeycloakError& error);
    void finish();

    KeycloakError m_error;
    QJsonValue m_json;
    QString m_createdId;
    QPointer<QNetworkReply> m_reply;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace keyledger
