#include "UserListFormatter.h"

#include "EventFormatter.h"

#include <QJsonArray>

namespace keyledger::cli {

namespace {

QString isoOrEmpty(const QDateTime& time)
{
    return time.isValid() ? EventFormatter::isoTime(time.toMSecsSinceEpoch()) : QString();
}

QJsonValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(isoOrEmpty(time)) : QJsonValue();
}

// To the second, for a table that fits a terminal.
QString shortTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QStringList UserListFormatter::tableHeaders()
{
    return {tr("USERNAME"), tr("FULL NAME"), tr("E-MAIL"),     tr("ORGANISATION"), tr("STATUS"),
            tr("ROLES"),    tr("CREATED"),   tr("LAST LOGIN"), tr("SYNC")};
}

QStringList UserListFormatter::tableCells(const UserListItem& item)
{
    return {item.username,
            item.fullName,
            item.email,
            item.organizationId,
            item.statusLabel,
            item.roles.join(QStringLiteral(", ")),
            shortTime(item.createdAt),
            item.lastLoginAt.isValid() ? shortTime(item.lastLoginAt) : tr("never"),
            item.syncState};
}

QJsonObject UserListFormatter::toJson(const UserListItem& item)
{
    return QJsonObject{
        {QStringLiteral("id"), item.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("username"), item.username},
        {QStringLiteral("email"), item.email},
        {QStringLiteral("firstName"), item.firstName},
        {QStringLiteral("lastName"), item.lastName},
        {QStringLiteral("fullName"), item.fullName},
        {QStringLiteral("organizationId"), item.organizationId},
        {QStringLiteral("enabled"), item.enabled},
        {QStringLiteral("emailVerified"), item.emailVerified},
        {QStringLiteral("status"), item.statusKey},
        {QStringLiteral("statusLabel"), item.statusLabel},
        {QStringLiteral("statusColour"), item.statusColour},
        {QStringLiteral("canEdit"), item.canEdit},
        {QStringLiteral("canDelete"), item.canDelete},
        {QStringLiteral("canEnable"), item.canEnable},
        {QStringLiteral("canDisable"), item.canDisable},
        {QStringLiteral("roles"), QJsonArray::fromStringList(item.roles)},
        {QStringLiteral("createdAt"), isoOrNull(item.createdAt)},
        {QStringLiteral("lastLoginAt"), isoOrNull(item.lastLoginAt)},
        {QStringLiteral("syncState"), item.syncState},
    };
}

QStringList UserListFormatter::csvHeaders()
{
    return {QStringLiteral("id"),
            QStringLiteral("username"),
            QStringLiteral("email"),
            QStringLiteral("firstName"),
            QStringLiteral("lastName"),
            QStringLiteral("fullName"),
            QStringLiteral("organizationId"),
            QStringLiteral("enabled"),
            QStringLiteral("emailVerified"),
            QStringLiteral("status"),
            QStringLiteral("statusLabel"),
            QStringLiteral("statusColour"),
            QStringLiteral("canEdit"),
            QStringLiteral("canDelete"),
            QStringLiteral("canEnable"),
            QStringLiteral("canDisable"),
            QStringLiteral("roles"),
            QStringLiteral("createdAt"),
            QStringLiteral("lastLoginAt"),
            QStringLiteral("syncState")};
}

QStringList UserListFormatter::csvFields(const UserListItem& item)
{
    return {item.id.toString(QUuid::WithoutBraces),
            item.username,
            item.email,
            item.firstName,
            item.lastName,
            item.fullName,
            item.organizationId,
            boolText(item.enabled),
            boolText(item.emailVerified),
            item.statusKey,
            item.statusLabel,
            item.statusColour,
            boolText(item.canEdit),
            boolText(item.canDelete),
            boolText(item.canEnable),
            boolText(item.canDisable),
            item.roles.join(QStringLiteral(", ")),
            isoOrEmpty(item.createdAt),
            isoOrEmpty(item.lastLoginAt),
            item.syncState};
}

} // namespace keyledger::cli
