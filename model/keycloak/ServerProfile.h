#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace keyledger {

// Where and as whom Keyledger talks to Keycloak. A plain value: the secret is never part of it
// (it lives in the keychain and reaches KeycloakClient through setSecret()).
struct ServerProfile
{
    enum class AuthMode
    {
        AdminPassword,    // password grant through the public admin-cli client
        ClientCredentials // confidential client with a service account
    };

    QString name;  // "prod", "local"
    QUrl baseUrl;  // http://127.0.0.1:18080 (no /auth)
    QString realm; // the managed realm
    AuthMode authMode = AuthMode::AdminPassword;
    QString principal;                   // admin username (AdminPassword) or client id (ClientCredentials)
    QString tokenRealm;                  // empty = "master" for AdminPassword, `realm` for ClientCredentials
    QByteArray trustedCertificateSha256; // hex; a certificate the admin chose to trust

    QString effectiveTokenRealm() const
    {
        if (!tokenRealm.isEmpty()) {
            return tokenRealm;
        }
        return authMode == AuthMode::AdminPassword ? QStringLiteral("master") : realm;
    }
};

} // namespace keyledger
