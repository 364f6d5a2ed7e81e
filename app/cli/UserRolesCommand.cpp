#include "UserRolesCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "ResultPrinter.h"
#include "StoreSession.h"

namespace keyledger::cli {

void UserRolesCommand::addOptions(CommandLine& line) const
{
    line.addValueOption(QStringLiteral("add"), QStringLiteral("R"));
    line.addValueOption(QStringLiteral("remove"), QStringLiteral("R"));
}

ExitCode UserRolesCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    const QString user = line.requirePositional({QStringLiteral("USER")}).constFirst();
    ChangeUserRoles command;
    command.add = line.values(QStringLiteral("add"));
    command.remove = line.values(QStringLiteral("remove"));
    if (command.add.isEmpty() && command.remove.isEmpty())
        throw CliError::usage(tr("Give the roles to change with --add R and/or --remove R."));

    StoreSession session(options, StoreSession::Access::Write);
    const QUuid userId = session.resolveUser(user);
    const CommandResult result = session.users().changeRoles(userId, command, session.commandContext());
    ResultPrinter(options, console).printChanged(result);
    return ExitCode::Ok;
}

} // namespace keyledger::cli
