#include "AuditCommand.h"

#include "AuditFormatter.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ViewSession.h"

#include "queries/AuditQueries.h"

#include <QTimeZone>

#include <limits>

namespace keyledger::cli {

namespace {

const QString userOption = QStringLiteral("user");
const QString typeOption = QStringLiteral("type");
const QString sourceOption = QStringLiteral("source");
const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");
const QString limitOption = QStringLiteral("limit");

} // namespace

void AuditCommand::addOptions(CommandLine& line) const
{
    // --actor is a global option (CommandLine); here it filters.
    line.addValueOption(userOption, QStringLiteral("USER"));
    line.addValueOption(typeOption, QStringLiteral("T"));
    line.addValueOption(sourceOption, QStringLiteral("S"));
    line.addValueOption(fromOption, QStringLiteral("DATE"));
    line.addValueOption(toOption, QStringLiteral("DATE"));
    line.addValueOption(limitOption, QStringLiteral("N"));
}

ExitCode AuditCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    AuditFilter filter;
    filter.actor = options.actor; // the global --actor: nobody acts in a read, so it filters
    filter.type = line.value(typeOption);
    filter.source = line.value(sourceOption);
    const std::optional<QDate> from = line.date(fromOption);
    const std::optional<QDate> to = line.date(toOption);
    if (from && to && *from > *to)
        throw CliError::usage(tr("--from must not be after --to."));
    const QTimeZone utc = QTimeZone::utc();
    if (from)
        filter.from = from->startOfDay(utc);
    if (to)
        filter.to = to->endOfDay(utc);
    if (const std::optional<qint64> limit = line.number(limitOption, 1))
        filter.limit = int(std::min<qint64>(*limit, std::numeric_limits<int>::max()));

    ViewSession views(options, console);
    if (const std::optional<QString> user = line.optionalValue(userOption))
        filter.userId = views.store().resolveUser(*user);
    AuditQueries queries(views.viewsPath());
    const QList<AuditEntry> entries = queries.entries(filter);
    AuditFormatter::print(entries, AuditFormatter::Columns::Realm, options, console);
    if (!options.json()) {
        const qint64 total = filter.limit > 0 && entries.size() == filter.limit ? queries.count(filter)
                                                                                : qint64(entries.size());
        console.message(tr("%1 of %2 events").arg(entries.size()).arg(total));
    }
    return ExitCode::Ok;
}

} // namespace keyledger::cli
