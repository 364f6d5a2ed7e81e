#include "AuditFormatter.h"

#include "Console.h"
#include "CsvWriter.h"
#include "EventFormatter.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyledger::cli {

namespace {

QString userIdText(const AuditEntry& entry)
{
    return entry.userId.isNull() ? QString() : entry.userId.toString(QUuid::WithoutBraces);
}

} // namespace

QStringList AuditFormatter::tableHeaders(Columns columns)
{
    if (columns == Columns::OneUser)
        return {tr("TIME (UTC)"), tr("ACTOR"), tr("SOURCE"), tr("SUMMARY")};
    return {tr("POSITION"), tr("TIME (UTC)"), tr("USER"),   tr("TYPE"),
            tr("ACTOR"),    tr("SOURCE"),     tr("SUMMARY")};
}

QStringList AuditFormatter::tableCells(const AuditEntry& entry, Columns columns)
{
    const QString time = EventFormatter::isoTime(entry.timeMs);
    if (columns == Columns::OneUser)
        return {time, entry.actor, entry.source, entry.summary};
    return {QString::number(entry.position),
            time,
            entry.username.isEmpty() ? userIdText(entry) : entry.username,
            entry.type,
            entry.actor,
            entry.source,
            entry.summary};
}

QStringList AuditFormatter::diffLines(const AuditEntry& entry)
{
    auto shown = [](const QString& value) { return value.isEmpty() ? tr("(empty)") : value; };
    QStringList lines;
    for (const FieldDiff& diff : entry.diff)
        lines.append(tr("%1: %2 → %3").arg(diff.field, shown(diff.before), shown(diff.after)));
    return lines;
}

QJsonObject AuditFormatter::toJson(const AuditEntry& entry)
{
    QJsonArray diff;
    for (const FieldDiff& field : entry.diff)
        diff.append(QJsonObject{{QStringLiteral("field"), field.field},
                                {QStringLiteral("before"), field.before},
                                {QStringLiteral("after"), field.after}});
    return QJsonObject{
        {QStringLiteral("position"), entry.position},
        {QStringLiteral("time"), EventFormatter::isoTime(entry.timeMs)},
        {QStringLiteral("timeMs"), entry.timeMs},
        {QStringLiteral("streamId"), entry.streamId},
        {QStringLiteral("userId"), entry.userId.isNull() ? QJsonValue() : QJsonValue(userIdText(entry))},
        {QStringLiteral("username"), entry.username},
        {QStringLiteral("organizationId"), entry.organizationId},
        {QStringLiteral("type"), entry.type},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("source"), entry.source},
        {QStringLiteral("summary"), entry.summary},
        {QStringLiteral("diff"), diff},
    };
}

QStringList AuditFormatter::csvHeaders()
{
    return {QStringLiteral("position"), QStringLiteral("time"),     QStringLiteral("streamId"),
            QStringLiteral("userId"),   QStringLiteral("username"), QStringLiteral("organizationId"),
            QStringLiteral("type"),     QStringLiteral("actor"),    QStringLiteral("source"),
            QStringLiteral("summary"),  QStringLiteral("diff")};
}

QStringList AuditFormatter::csvFields(const AuditEntry& entry)
{
    // The diff in one cell, one "field: before → after" per line.
    QStringList diff;
    for (const FieldDiff& field : entry.diff)
        diff.append(QStringLiteral("%1: %2 → %3").arg(field.field, field.before, field.after));
    return {QString::number(entry.position),
            EventFormatter::isoTime(entry.timeMs),
            entry.streamId,
            userIdText(entry),
            entry.username,
            entry.organizationId,
            entry.type,
            entry.actor,
            entry.source,
            entry.summary,
            diff.join(QLatin1Char('\n'))};
}

void AuditFormatter::print(const QList<AuditEntry>& entries, Columns columns, const CliOptions& options,
                           Console& console)
{
    if (options.json()) {
        for (const AuditEntry& entry : entries)
            console.result(QString::fromUtf8(QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact)));
    } else if (options.csv()) {
        CsvWriter csv(console);
        csv.writeRow(csvHeaders());
        for (const AuditEntry& entry : entries)
            csv.writeRow(csvFields(entry));
    } else {
        TextTable table(tableHeaders(columns));
        for (const AuditEntry& entry : entries)
            table.addRow(tableCells(entry, columns), diffLines(entry));
        for (const QString& text : table.lines())
            console.result(text);
    }
    console.flush();
}

} // namespace keyledger::cli
