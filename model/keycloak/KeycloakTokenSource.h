#pragma once

#include "keycloak/KeycloakCall.h"
#include "keycloak/ServerProfile.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;

namespace keyledger {

class KeycloakTransport;

// The access token of one KeycloakClient, in memory only. Fetched on first use (password grant
// through admin-cli, or client credentials), renewed at 75 % of its lifetime (with the refresh
// token while its session lasts), one token request at a time however many calls wait for it.
class KeycloakTokenSource : public QObject
{
    Q_OBJECT
public:
    KeycloakTokenSource(const ServerProfile& profile, KeycloakTransport& transport,
                        QObject* parent = nullptr);
    ~KeycloakTokenSource() override;

    void setSecret(const QString& secret); // drops the current tokens
    // Runs `next` once a fresh access token is there, or fails `call` with the token's error.
    void withToken(QPointer<KeycloakCall> call, std::function<void()> next);
    const QByteArray& accessToken() const { return m_accessToken; }
    // After a 401: forget `usedToken` unless a newer one already replaced it.
    void discard(const QByteArray& usedToken);
    void invalidateForTest();

private:
    struct Waiter
    {
        QPointer<KeycloakCall> call;
        std::function<void()> next;
    };

    bool hasFreshToken() const;
    void requestToken();
    void onTokenReply(QNetworkReply* reply, bool refreshGrant);

    ServerProfile m_profile;
    KeycloakTransport& m_transport;
    QString m_secret;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QElapsedTimer m_tokenAge;
    qint64 m_renewAfterMs = 0;
    qint64 m_refreshTokenValidMs = 0;
    QPointer<QNetworkReply> m_tokenReply;
    QList<Waiter> m_waiters;
};

} // namespace keyledger
