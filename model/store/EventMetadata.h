#pragma once

#include <QJsonObject>
#include <QString>

namespace keyledger {

// Who and what caused an event. Stored as JSON next to the data and covered by the hash chain.
struct EventMetadata
{
    QString actor;         // who asked for the change, e.g. "alice@laptop" or a Keycloak admin
    QString correlationId; // ties together every event caused by one user action
    QString causationId;   // the command or event that directly caused this one
    QString source;        // "local", "keycloak-import", ...
    QString appVersion;
    QString host;

    bool operator==(const EventMetadata&) const = default;

    QJsonObject toJson() const;
    static EventMetadata fromJson(const QJsonObject& json);

    static QString sourceLocal() { return QStringLiteral("local"); }
    static QString sourceKeycloakImport() { return QStringLiteral("keycloak-import"); }
};

} // namespace keyledger
