#include "queries/UserListQuery.h"

#include "common/KeyledgerError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyledger {

QStringList UserListQuery::sortColumns()
{
    return {QStringLiteral("createdAt"), QStringLiteral("username"),       QStringLiteral("email"),
            QStringLiteral("firstName"), QStringLiteral("lastName"),       QStringLiteral("fullName"),
            QStringLiteral("status"),    QStringLiteral("organizationId"), QStringLiteral("lastLoginAt")};
}

void UserListQuery::setSort(const QString& spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString field = (colon < 0 ? spec : spec.left(colon)).trimmed();
    const QString order = colon < 0 ? QString() : spec.mid(colon + 1).trimmed().toLower();
    if (!sortColumns().contains(field))
        throw KeyledgerError(tr("Cannot sort by \"%1\"; use one of: %2.")
                                 .arg(field, sortColumns().join(QStringLiteral(", "))));
    if (order.isEmpty() || order == QLatin1String("asc"))
        direction = Direction::Ascending;
    else if (order == QLatin1String("desc"))
        direction = Direction::Descending;
    else
        throw KeyledgerError(tr("Unknown sort direction \"%1\"; use asc or desc.").arg(order));
    sortBy = field;
}

QString UserListQuery::cacheKey() const
{
    // Free text is JSON-quoted so that no value can imitate a separator.
    const QJsonArray parts{organizationId ? QJsonValue(*organizationId) : QJsonValue(),
                           status ? QJsonValue(UserStatus::key(*status)) : QJsonValue(),
                           search,
                           hasLoggedIn ? QJsonValue(*hasLoggedIn) : QJsonValue(),
                           sortBy,
                           direction == Direction::Descending ? QStringLiteral("desc")
                                                              : QStringLiteral("asc"),
                           limit,
                           after};
    return QStringLiteral("users.list:") +
           QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

} // namespace keyledger
