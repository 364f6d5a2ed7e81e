#pragma once

#include "keycloak/KeycloakError.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslError;

namespace keyledger {

// The HTTP layer under KeycloakClient: starts requests on the shared QNetworkAccessManager with
// one deadline each, applies the profile's certificate trust, and turns a finished reply into a
// KeycloakError (network, timeout, TLS, or the HTTP status with Keycloak's message).
class KeycloakTransport : public QObject
{
    Q_OBJECT
public:
    KeycloakTransport(QNetworkAccessManager& network, QByteArray trustedCertificateSha256,
                      QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    QNetworkReply* start(QNetworkRequest& request, const QByteArray& verb, const QByteArray& body);
    // The error of a finished reply, or Kind::None for a 2xx answer. `role` is named on 403;
    // `tokenEndpoint` maps refused grants to InvalidCredentials.
    KeycloakError errorOf(QNetworkReply* reply, const QByteArray& body, const QString& role,
                          bool tokenEndpoint, bool cancelled) const;

    // base + encodedPath (segments already percent-encoded) + encodedQuery.
    static QUrl endpoint(const QUrl& base, const QString& encodedPath, const QString& encodedQuery = {});
    static QString pathSegment(const QString& value);
    // Objects, arrays and bare numbers (users/count); an empty body gives Undefined.
    static bool parseJson(const QByteArray& body, QJsonValue& value, QString& error);

Q_SIGNALS:
    void certificateRejected(const QString& fingerprintSha256, const QString& details);

private:
    void onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors);

    QNetworkAccessManager& m_network;
    QByteArray m_trustedCertificateSha256; // lower-case hex, no colons
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace keyledger
