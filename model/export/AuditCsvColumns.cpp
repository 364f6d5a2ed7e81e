#include "export/AuditCsvColumns.h"

#include "common/UtcTimestamp.h"

namespace keyledger {

QStringList AuditCsvColumns::header()
{
    return {QStringLiteral("position"), QStringLiteral("time"),         QStringLiteral("userId"),
            QStringLiteral("username"), QStringLiteral("organization"), QStringLiteral("type"),
            QStringLiteral("actor"),    QStringLiteral("source"),       QStringLiteral("summary"),
            QStringLiteral("changes")};
}

QStringList AuditCsvColumns::fields(const AuditEntry& entry)
{
    return {QString::number(entry.position),
            UtcTimestamp::format(entry.timeMs),
            entry.userId.isNull() ? QString() : entry.userId.toString(QUuid::WithoutBraces),
            entry.username,
            entry.organizationId,
            entry.type,
            entry.actor,
            entry.source,
            entry.summary,
            changes(entry.diff)};
}

QString AuditCsvColumns::changes(const QList<FieldDiff>& diff)
{
    QString text;
    qsizetype size = 0;
    for (const FieldDiff& field : diff)
        size += field.field.size() + field.before.size() + field.after.size() + 7;
    text.reserve(size);
    for (const FieldDiff& field : diff) {
        if (!text.isEmpty())
            text += QLatin1String("; ");
        text += field.field + QLatin1String(": ") + field.before + QStringLiteral(" → ") + field.after;
    }
    return text;
}

} // namespace keyledger
