#include "sync/KeycloakRepresentation.h"

#include <QJsonArray>

namespace keyledger {

namespace {

QJsonObject common(const UserState& user)
{
    return QJsonObject{{QStringLiteral("username"), user.personal.username},
                       {QStringLiteral("email"), user.personal.email},
                       {QStringLiteral("firstName"), user.personal.firstName},
                       {QStringLiteral("lastName"), user.personal.lastName},
                       {QStringLiteral("enabled"), user.enabled},
                       {QStringLiteral("emailVerified"), user.emailVerified}};
}

} // namespace

QJsonObject KeycloakRepresentation::forCreate(const UserState& user)
{
    QJsonObject representation = common(user);
    if (!user.organizationId.isEmpty())
        representation.insert(QStringLiteral("attributes"),
                              QJsonObject{{organizationAttribute(), QJsonArray{user.organizationId}}});
    return representation;
}

QJsonObject KeycloakRepresentation::forUpdate(const UserState& user)
{
    QJsonObject representation = common(user);
    representation.insert(
        QStringLiteral("attributes"),
        QJsonObject{{organizationAttribute(), user.organizationId.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(QJsonArray{user.organizationId})}});
    return representation;
}

} // namespace keyledger
