#include "UserUpdateCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "ResultPrinter.h"
#include "StoreSession.h"

namespace keyledger::cli {

void UserUpdateCommand::addOptions(CommandLine& line) const
{
    line.addValueOption(QStringLiteral("email"), QStringLiteral("E"));
    line.addValueOption(QStringLiteral("first-name"), QStringLiteral("F"));
    line.addValueOption(QStringLiteral("last-name"), QStringLiteral("L"));
    line.addValueOption(QStringLiteral("org"), QStringLiteral("O"));
    line.addValueOption(QStringLiteral("expected-version"), QStringLiteral("N"));
}

ExitCode UserUpdateCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    const QString user = line.requirePositional({QStringLiteral("USER")}).constFirst();
    UpdateUserProfile command;
    command.email = line.optionalValue(QStringLiteral("email"));
    command.firstName = line.optionalValue(QStringLiteral("first-name"));
    command.lastName = line.optionalValue(QStringLiteral("last-name"));
    command.organizationId = line.optionalValue(QStringLiteral("org"));
    const std::optional<qint64> expectedVersion = line.number(QStringLiteral("expected-version"), 1);
    if (!command.email && !command.firstName && !command.lastName && !command.organizationId)
        throw CliError::usage(
            tr("Nothing to update: give at least one of --email, --first-name, --last-name, --org."));

    StoreSession session(options, StoreSession::Access::Write);
    const QUuid userId = session.resolveUser(user);
    const CommandResult result =
        session.users().updateProfile(userId, command, session.commandContext(), expectedVersion);
    ResultPrinter(options, console).printChanged(result);
    return ExitCode::Ok;
}

} // namespace keyledger::cli
