#include "UserHistoryCommand.h"

#include "AuditFormatter.h"
#include "CommandLine.h"
#include "Console.h"
#include "ViewSession.h"

#include "queries/AuditQueries.h"

namespace keyledger::cli {

void UserHistoryCommand::addOptions(CommandLine&) const {}

ExitCode UserHistoryCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    const QString user = line.requirePositional({QStringLiteral("USER")}).constFirst();
    ViewSession views(options, console);
    AuditFilter filter;
    filter.userId = views.store().resolveUser(user);
    AuditQueries queries(views.viewsPath());
    const QList<AuditEntry> entries = queries.entries(filter);
    AuditFormatter::print(entries, AuditFormatter::Columns::OneUser, options, console);
    if (!options.json())
        console.message(tr("%n event(s)", nullptr, int(entries.size())));
    return ExitCode::Ok;
}

} // namespace keyledger::cli
