#include "AnalyticsCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ViewSession.h"

#include "queries/AnalyticsQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace keyledger::cli {

namespace {

const QString orgOption = QStringLiteral("org");
const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");

QJsonValue dateOrNull(const std::optional<QDate>& date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

void AnalyticsCommand::addOptions(CommandLine& line) const
{
    line.addValueOption(orgOption, QStringLiteral("O"));
    line.addValueOption(fromOption, QStringLiteral("DATE"));
    line.addValueOption(toOption, QStringLiteral("DATE"));
}

ExitCode AnalyticsCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    AnalyticsQuery query;
    query.organizationId = line.optionalValue(orgOption);
    query.from = line.date(fromOption);
    query.to = line.date(toOption);
    if (query.from && query.to && *query.from > *query.to)
        throw CliError::usage(tr("--from must not be after --to."));

    ViewSession views(options, console);
    AnalyticsQueries queries(views.viewsPath());
    const UserAnalytics figures = queries.figures(query);

    if (options.json()) {
        QJsonArray weeks;
        for (const auto& [monday, count] : queries.signUpsPerWeek(query))
            weeks.append(QJsonObject{{QStringLiteral("week"), monday.toString(Qt::ISODate)},
                                     {QStringLiteral("signUps"), count}});
        QJsonArray distribution;
        for (const auto& [days, users] : queries.daysToFirstLoginDistribution(query))
            distribution.append(
                QJsonObject{{QStringLiteral("days"), days}, {QStringLiteral("users"), users}});
        const QJsonObject answer{
            {QStringLiteral("organizationId"),
             query.organizationId ? QJsonValue(*query.organizationId) : QJsonValue()},
            {QStringLiteral("from"), dateOrNull(query.from)},
            {QStringLiteral("to"), dateOrNull(query.to)},
            {QStringLiteral("total"), figures.total},
            {QStringLiteral("active"), figures.active},
            {QStringLiteral("inactive"), figures.inactive},
            {QStringLiteral("verified"), figures.verified},
            {QStringLiteral("withLogin"), figures.withLogin},
            {QStringLiteral("averageDaysToFirstLogin"),
             figures.averageDaysToFirstLogin ? QJsonValue(*figures.averageDaysToFirstLogin) : QJsonValue()},
            {QStringLiteral("signUpsPerWeek"), weeks},
            {QStringLiteral("daysToFirstLogin"), distribution},
        };
        console.result(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
        return ExitCode::Ok;
    }

    const QString all = tr("all");
    const QString open = tr("…");
    const QList<std::pair<QString, QString>> fields = {
        {tr("Organisation"), !query.organizationId             ? all
                             : query.organizationId->isEmpty() ? tr("(none)")
                                                               : *query.organizationId},
        {tr("Created"), (query.from || query.to)
                            ? tr("%1 to %2")
                                  .arg(query.from ? query.from->toString(Qt::ISODate) : open,
                                       query.to ? query.to->toString(Qt::ISODate) : open)
                            : all},
        {tr("Total"), QString::number(figures.total)},
        {tr("Active"), QString::number(figures.active)},
        {tr("Inactive"), QString::number(figures.inactive)},
        {tr("Verified"), QString::number(figures.verified)},
        {tr("With a login"), QString::number(figures.withLogin)},
        {tr("Average days to first login"), figures.averageDaysToFirstLogin
                                                ? QString::number(*figures.averageDaysToFirstLogin, 'f', 1)
                                                : QStringLiteral("—")},
    };
    qsizetype width = 0;
    for (const auto& field : fields)
        width = std::max(width, field.first.size());
    for (const auto& field : fields)
        console.result((field.first + QLatin1Char(':')).leftJustified(width + 2) + field.second);
    return ExitCode::Ok;
}

} // namespace keyledger::cli
