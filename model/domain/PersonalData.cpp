#include "domain/PersonalData.h"

namespace keyledger {

QJsonObject PersonalData::toJson() const
{
    return QJsonObject{{QStringLiteral("username"), username},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("firstName"), firstName},
                       {QStringLiteral("lastName"), lastName}};
}

PersonalData PersonalData::fromJson(const QJsonObject& json)
{
    return PersonalData{json.value(QStringLiteral("username")).toString(),
                        json.value(QStringLiteral("email")).toString(),
                        json.value(QStringLiteral("firstName")).toString(),
                        json.value(QStringLiteral("lastName")).toString()};
}

bool PersonalData::isPersonalField(const QString& field)
{
    return field == QLatin1String("username") || field == QLatin1String("email") ||
           field == QLatin1String("firstName") || field == QLatin1String("lastName");
}

QString PersonalData::pseudonymFor(const QUuid& userId)
{
    return QStringLiteral("erased-") + userId.toString(QUuid::Id128).left(8);
}

QString PersonalData::pseudonymForStream(const QString& streamId)
{
    // Streams are "<kind>-<uuid>"; the uuid is what the person was known by in the ledger.
    const qsizetype dash = streamId.indexOf(QLatin1Char('-'));
    const QUuid id = QUuid::fromString(dash < 0 ? streamId : streamId.mid(dash + 1));
    if (!id.isNull())
        return pseudonymFor(id);
    return QStringLiteral("erased-") + streamId.left(8);
}

} // namespace keyledger
