#include "StressCreateCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "StoreSession.h"

#include <QDateTime>

namespace keyledger::cli {

void StressCreateCommand::addOptions(CommandLine& line) const
{
    line.addValueOption(QStringLiteral("count"), QStringLiteral("N"));
    line.addValueOption(QStringLiteral("prefix"), QStringLiteral("P"));
}

ExitCode StressCreateCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    const qint64 count = line.number(QStringLiteral("count"), 1).value_or(1000);
    // Usernames must be new to the store: by default, derived from the current time.
    const QString prefix =
        line.optionalValue(QStringLiteral("prefix"))
            .value_or(QStringLiteral("stress%1-").arg(QDateTime::currentMSecsSinceEpoch(), 0, 36));

    StoreSession session(options, StoreSession::Access::Write);
    const CommandContext context = session.commandContext();
    for (qint64 i = 1; i <= count; ++i) {
        CreateUser command;
        command.username = prefix + QString::number(i);
        command.email = command.username + QStringLiteral("@stress.example.com");
        command.roles = {QStringLiteral("stress")};
        const CommandResult result = session.users().create(command, context);
        // Committed: only now may the id be reported as accepted.
        console.result(result.userId.toString(QUuid::WithoutBraces));
        console.flush();
    }
    return ExitCode::Ok;
}

} // namespace keyledger::cli
