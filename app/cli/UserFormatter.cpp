#include "UserFormatter.h"

#include "EventFormatter.h"

#include <QJsonArray>

#include <utility>

namespace keyledger::cli {

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(EventFormatter::isoTime(ms)) : QJsonValue();
}

} // namespace

QString UserFormatter::statusKey(const UserState& user)
{
    if (user.deleted)
        return QStringLiteral("deleted");
    if (!user.enabled)
        return QStringLiteral("disabled");
    if (!user.emailVerified)
        return QStringLiteral("unverified");
    return QStringLiteral("active");
}

QString UserFormatter::statusLabel(const UserState& user)
{
    if (user.deleted)
        return tr("Deleted");
    if (!user.enabled)
        return tr("Disabled");
    if (!user.emailVerified)
        return tr("Unverified");
    return tr("Active");
}

QJsonObject UserFormatter::toJson(const UserState& user, qint64 version)
{
    return QJsonObject{
        {QStringLiteral("id"), user.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("username"), user.personal.username},
        {QStringLiteral("email"), user.personal.email},
        {QStringLiteral("firstName"), user.personal.firstName},
        {QStringLiteral("lastName"), user.personal.lastName},
        {QStringLiteral("organizationId"), user.organizationId},
        {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)},
        {QStringLiteral("enabled"), user.enabled},
        {QStringLiteral("emailVerified"), user.emailVerified},
        {QStringLiteral("deleted"), user.deleted},
        {QStringLiteral("status"), statusKey(user)},
        {QStringLiteral("createdAt"), timeOrNull(user.createdAtMs)},
        {QStringLiteral("createdBy"), user.createdBy},
        {QStringLiteral("updatedAt"), timeOrNull(user.updatedAtMs)},
        {QStringLiteral("updatedBy"), user.updatedBy},
        {QStringLiteral("version"), version},
    };
}

QStringList UserFormatter::tableLines(const UserState& user, qint64 version)
{
    auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    auto when = [](qint64 ms, const QString& by) {
        return ms > 0 ? tr("%1 by %2").arg(EventFormatter::isoTime(ms), by) : QString();
    };
    const QList<std::pair<QString, QString>> fields = {
        {tr("Id"), user.id.toString(QUuid::WithoutBraces)},
        {tr("Username"), user.personal.username},
        {tr("E-mail"), user.personal.email},
        {tr("First name"), user.personal.firstName},
        {tr("Last name"), user.personal.lastName},
        {tr("Organisation"), user.organizationId},
        {tr("Roles"), user.roles.join(QStringLiteral(", "))},
        {tr("Enabled"), yesNo(user.enabled)},
        {tr("E-mail verified"), yesNo(user.emailVerified)},
        {tr("Deleted"), yesNo(user.deleted)},
        {tr("Status"), statusLabel(user)},
        {tr("Created"), when(user.createdAtMs, user.createdBy)},
        {tr("Updated"), when(user.updatedAtMs, user.updatedBy)},
        {tr("Version"), QString::number(version)},
    };
    qsizetype width = 0;
    for (const auto& field : fields)
        width = std::max(width, field.first.size());
    QStringList lines;
    for (const auto& field : fields) {
        const QString label = field.first + QLatin1Char(':');
        lines.append(field.second.isEmpty() ? label : label.leftJustified(width + 2) + field.second);
    }
    return lines;
}

} // namespace keyledger::cli
