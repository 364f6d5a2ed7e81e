#include "UserShowCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "StoreSession.h"
#include "UserFormatter.h"

#include <QJsonDocument>

namespace keyledger::cli {

void UserShowCommand::addOptions(CommandLine&) const {}

ExitCode UserShowCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    const QString user = line.requirePositional({QStringLiteral("USER")}).constFirst();
    StoreSession session(options, StoreSession::Access::Read);
    const UserAggregate aggregate = session.users().load(session.resolveUser(user));

    if (options.json()) {
        console.result(
            QString::fromUtf8(QJsonDocument(UserFormatter::toJson(aggregate.state(), aggregate.version()))
                                  .toJson(QJsonDocument::Compact)));
    } else {
        for (const QString& text : UserFormatter::tableLines(aggregate.state(), aggregate.version()))
            console.result(text);
    }
    return ExitCode::Ok;
}

} // namespace keyledger::cli
