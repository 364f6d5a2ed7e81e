#include "store/EventMetadata.h"

namespace keyledger {

QJsonObject EventMetadata::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("actor"), actor);
    json.insert(QStringLiteral("correlationId"), correlationId);
    json.insert(QStringLiteral("causationId"), causationId);
    json.insert(QStringLiteral("source"), source);
    json.insert(QStringLiteral("appVersion"), appVersion);
    json.insert(QStringLiteral("host"), host);
    return json;
}

EventMetadata EventMetadata::fromJson(const QJsonObject& json)
{
    EventMetadata m;
    m.actor = json.value(QStringLiteral("actor")).toString();
    m.correlationId = json.value(QStringLiteral("correlationId")).toString();
    m.causationId = json.value(QStringLiteral("causationId")).toString();
    m.source = json.value(QStringLiteral("source")).toString();
    m.appVersion = json.value(QStringLiteral("appVersion")).toString();
    m.host = json.value(QStringLiteral("host")).toString();
    return m;
}

} // namespace keyledger
