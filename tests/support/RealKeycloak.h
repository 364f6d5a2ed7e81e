#pragma once

#include "keycloak/ServerProfile.h"

#include <QString>
#include <QUrl>

namespace keyledger::test {

// The real Keycloak scripts/run-tests.sh starts, as its KEYLEDGER_KEYCLOAK_* variables describe it.
class RealKeycloak
{
public:
    static bool available() { return !qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL"); }
    static QUrl url() { return QUrl(qEnvironmentVariable("KEYLEDGER_KEYCLOAK_URL")); }
    static QString clientSecret() { return qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_SECRET"); }
    // A profile for the test realm through its service-account client; baseUrl may point
    // elsewhere (a relay in front of the server).
    static ServerProfile serviceProfile(const QString& name, const QUrl& baseUrl = url())
    {
        ServerProfile profile;
        profile.name = name;
        profile.baseUrl = baseUrl;
        profile.realm = qEnvironmentVariable("KEYLEDGER_KEYCLOAK_REALM");
        profile.authMode = ServerProfile::AuthMode::ClientCredentials;
        profile.principal = qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_ID");
        return profile;
    }
};

} // namespace keyledger::test
