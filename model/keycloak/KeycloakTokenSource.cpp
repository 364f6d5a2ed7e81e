#include "keycloak/KeycloakTokenSource.h"

#include "keycloak/KeycloakTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace keyledger {

namespace {
// Only the grant kind and the status: never the form (secret) or the answer (tokens).
Q_LOGGING_CATEGORY(lcKeycloakToken, "keyledger.keycloak", QtInfoMsg)
} // namespace

KeycloakTokenSource::KeycloakTokenSource(const ServerProfile& profile, KeycloakTransport& transport,
                                         QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_transport(transport)
{}

KeycloakTokenSource::~KeycloakTokenSource()
{
    if (m_tokenReply) {
        m_tokenReply->disconnect(this);
        m_tokenReply->abort();
        m_tokenReply->deleteLater();
    }
}

void KeycloakTokenSource::setSecret(const QString& secret)
{
    m_secret = secret;
    m_accessToken.clear();
    m_refreshToken.clear();
}

void KeycloakTokenSource::discard(const QByteArray& usedToken)
{
    if (m_accessToken == usedToken) {
        m_accessToken.clear();
    }
}

void KeycloakTokenSource::invalidateForTest()
{
    if (!m_accessToken.isEmpty()) {
        m_accessToken = "keyledger-invalidated-token";
    }
}

bool KeycloakTokenSource::hasFreshToken() const
{
    return !m_accessToken.isEmpty() && m_tokenAge.isValid() && m_tokenAge.elapsed() < m_renewAfterMs;
}

void KeycloakTokenSource::withToken(QPointer<KeycloakCall> call, std::function<void()> next)
{
    if (!call || call->isFinished()) {
        return;
    }
    if (hasFreshToken()) {
        next();
        return;
    }
    if (m_secret.isEmpty()) {
        KeycloakError error(KeycloakError::Kind::InvalidCredentials);
        error.setDetail(QStringLiteral("no secret given"));
        call->failLater(error);
        return;
    }
    m_waiters.append(Waiter{call, std::move(next)});
    requestToken();
}

void KeycloakTokenSource::requestToken()
{
    if (m_tokenReply) {
        return; // the waiters are served when it answers
    }
    const bool clientCredentials = m_profile.authMode == ServerProfile::AuthMode::ClientCredentials;
    // client_credentials gives no refresh token; for the password grant, use the refresh token
    // while its session lasts (5 s margin), then sign in again.
    const bool refreshGrant = !m_refreshToken.isEmpty() && m_tokenAge.isValid() &&
                              m_tokenAge.elapsed() < m_refreshTokenValidMs - 5000;
    QByteArray form;
    const auto add = [&form](const char* key, const QString& value) {
        if (!form.isEmpty()) {
            form += '&';
        }
        form += key;
        form += '=';
        form += QUrl::toPercentEncoding(value);
    };
    const QString clientId = clientCredentials ? m_profile.principal : QStringLiteral("admin-cli");
    if (refreshGrant) {
        add("grant_type", QStringLiteral("refresh_token"));
        add("client_id", clientId);
        add("refresh_token", QString::fromLatin1(m_refreshToken));
        if (clientCredentials) {
            add("client_secret", m_secret);
        }
    } else if (clientCredentials) {
        add("grant_type", QStringLiteral("client_credentials"));
        add("client_id", clientId);
        add("client_secret", m_secret);
    } else {
        add("grant_type", QStringLiteral("password"));
        add("client_id", clientId);
        add("username", m_profile.principal);
        add("password", m_secret);
    }

    const QUrl url = KeycloakTransport::endpoint(
        m_profile.baseUrl, QLatin1String("/realms/") +
                               KeycloakTransport::pathSegment(m_profile.effectiveTokenRealm()) +
                               QLatin1String("/protocol/openid-connect/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = m_transport.start(request, "POST", form);
    m_tokenReply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, refreshGrant] { onTokenReply(reply, refreshGrant); });
}

void KeycloakTokenSource::onTokenReply(QNetworkReply* reply, bool refreshGrant)
{
    reply->deleteLater();
    if (m_tokenReply == reply) {
        m_tokenReply = nullptr;
    }
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    KeycloakError error = m_transport.errorOf(reply, body, {}, true, false);
    qCDebug(lcKeycloakToken) << "token" << (refreshGrant ? "refresh" : "grant")
                             << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QJsonObject token;
    if (!error.isError()) {
        QJsonParseError parseError{};
        token = QJsonDocument::fromJson(body, &parseError).object();
        if (token.value(QLatin1String("access_token")).toString().isEmpty() ||
            token.value(QLatin1String("expires_in")).toDouble() <= 0) {
            error = KeycloakError::malformed(
                parseError.error != QJsonParseError::NoError
                    ? parseError.errorString()
                    : QStringLiteral("no access_token/expires_in in the token answer"));
        }
    }
    if (error.isError() && refreshGrant && error.kind() != KeycloakError::Kind::Cancelled &&
        (error.kind() == KeycloakError::Kind::InvalidCredentials ||
         error.kind() == KeycloakError::Kind::Validation)) {
        // The refresh token's session ended (idle or max): sign in again with the secret.
        m_refreshToken.clear();
        requestToken();
        return;
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (error.isError()) {
        m_accessToken.clear();
        m_refreshToken.clear();
        for (const Waiter& waiter : waiters) {
            if (waiter.call) {
                waiter.call->fail(error);
            }
        }
        return;
    }
    m_accessToken = token.value(QLatin1String("access_token")).toString().toLatin1();
    m_refreshToken = token.value(QLatin1String("refresh_token")).toString().toLatin1();
    const qint64 expiresMs = qint64(token.value(QLatin1String("expires_in")).toDouble() * 1000);
    m_renewAfterMs = expiresMs * 3 / 4;
    m_refreshTokenValidMs = qint64(token.value(QLatin1String("refresh_expires_in")).toDouble() * 1000);
    m_tokenAge.start();
    for (const Waiter& waiter : waiters) {
        if (waiter.call && !waiter.call->isFinished()) {
            waiter.next();
        }
    }
}

} // namespace keyledger
