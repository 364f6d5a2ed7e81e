#include "UserCreateCommand.h"

#include "CommandLine.h"
#include "ResultPrinter.h"
#include "StoreSession.h"

namespace keyledger::cli {

void UserCreateCommand::addOptions(CommandLine& line) const
{
    line.addValueOption(QStringLiteral("username"), QStringLiteral("U"));
    line.addValueOption(QStringLiteral("email"), QStringLiteral("E"));
    line.addValueOption(QStringLiteral("first-name"), QStringLiteral("F"));
    line.addValueOption(QStringLiteral("last-name"), QStringLiteral("L"));
    line.addValueOption(QStringLiteral("org"), QStringLiteral("O"));
    line.addValueOption(QStringLiteral("role"), QStringLiteral("R"));
}

ExitCode UserCreateCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    CreateUser command;
    command.username = line.required(QStringLiteral("username"));
    command.email = line.required(QStringLiteral("email"));
    command.firstName = line.value(QStringLiteral("first-name"));
    command.lastName = line.value(QStringLiteral("last-name"));
    command.organizationId = line.value(QStringLiteral("org"));
    command.roles = line.values(QStringLiteral("role"));

    StoreSession session(options, StoreSession::Access::Write);
    const CommandResult result = session.users().create(command, session.commandContext());
    ResultPrinter(options, console).printCreated(result);
    return ExitCode::Ok;
}

} // namespace keyledger::cli
