#include "domain/UserRoles.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyledger {

QStringList UserRoles::normalized(QStringList roles)
{
    for (QString& role : roles)
        role = role.trimmed();
    roles.removeAll(QString());
    roles.sort();
    roles.removeDuplicates();
    return roles;
}

QByteArray UserRoles::toJson(const QStringList& roles)
{
    return QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact);
}

QStringList UserRoles::fromJson(QByteArrayView json)
{
    QStringList roles;
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    for (const QJsonValue& role : array)
        roles.append(role.toString());
    return roles;
}

} // namespace keyledger
