#include "AuditCommand.h"

#include "AuditFilterOptions.h"

#include "AuditFormatter.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ViewSession.h"

#include "queries/AuditQueries.h"


#include <limits>

namespace keyledger::cli {

namespace {

const QString limitOption = QStringLiteral("limit");

} // namespace

void AuditCommand::addOptions(CommandLine& line) const
{
    AuditFilterOptions::add(line);
    line.addValueOption(limitOption, QStringLiteral("N"));
}

ExitCode AuditCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    AuditFilter filter = AuditFilterOptions::read(line, options);
    if (const std::optional<qint64> limit = line.number(limitOption, 1))
        filter.limit = int(std::min<qint64>(*limit, std::numeric_limits<int>::max()));

    ViewSession views(options, console);
    if (const std::optional<QString> user = AuditFilterOptions::user(line))
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
