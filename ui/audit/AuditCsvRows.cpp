#include "audit/AuditCsvRows.h"

#include <QDateTime>

namespace keyledger {

QStringList AuditCsvRows::header()
{
    return {QStringLiteral("position"), QStringLiteral("time"),         QStringLiteral("userId"),
            QStringLiteral("username"), QStringLiteral("organization"), QStringLiteral("type"),
            QStringLiteral("actor"),    QStringLiteral("source"),       QStringLiteral("summary"),
            QStringLiteral("changes")};
}

QStringList AuditCsvRows::fields(const AuditEntry& entry)
{
    return {QString::number(entry.position),
            isoTime(entry.timeMs),
            entry.userId.isNull() ? QString() : entry.userId.toString(QUuid::WithoutBraces),
            entry.username,
            entry.organizationId,
            entry.type,
            entry.actor,
            entry.source,
            entry.summary,
            changes(entry.diff)};
}

QString AuditCsvRows::changes(const QList<FieldDiff>& diff)
{
    QStringList parts;
    parts.reserve(diff.size());
    for (const FieldDiff& field : diff)
        parts.append(field.field + QLatin1String(": ") + field.before + QStringLiteral(" → ") + field.after);
    return parts.join(QLatin1String("; "));
}

QString AuditCsvRows::isoTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toUTC().toString(Qt::ISODateWithMs); // ends in "Z"
}

} // namespace keyledger
