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

} // namespace keyledger
