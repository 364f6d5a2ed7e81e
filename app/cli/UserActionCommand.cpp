#include "UserActionCommand.h"

#include "CommandLine.h"
#include "ResultPrinter.h"
#include "StoreSession.h"

#include <array>
#include <utility>

namespace keyledger::cli {

namespace {

using Action = UserActionCommand::Action;

const std::array<std::pair<const char*, Action>, 5> actions{{
    {"enable", Action::Enable},
    {"disable", Action::Disable},
    {"delete", Action::Delete},
    {"verify-email", Action::VerifyEmail},
    {"reset-password", Action::ResetPassword},
}};

} // namespace

QStringList UserActionCommand::actionNames()
{
    QStringList names;
    for (const auto& [name, action] : actions)
        names.append(QString::fromLatin1(name));
    return names;
}

std::optional<UserActionCommand::Action> UserActionCommand::actionNamed(const QString& name)
{
    for (const auto& [candidate, action] : actions) {
        if (name == QLatin1String(candidate))
            return action;
    }
    return std::nullopt;
}

UserActionCommand::UserActionCommand(Action action)
    : m_action(action)
{}

void UserActionCommand::addOptions(CommandLine&) const {}

ExitCode UserActionCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    const QString user = line.requirePositional({QStringLiteral("USER")}).constFirst();
    StoreSession session(options, StoreSession::Access::Write);
    const QUuid userId = session.resolveUser(user);
    const CommandContext context = session.commandContext();
    UserCommandHandler& users = session.users();

    CommandResult result;
    switch (m_action) {
    case Action::Enable:
        result = users.enable(userId, context);
        break;
    case Action::Disable:
        result = users.disable(userId, context);
        break;
    case Action::Delete:
        result = users.remove(userId, context);
        break;
    case Action::VerifyEmail:
        result = users.markEmailVerified(userId, context);
        break;
    case Action::ResetPassword:
        result = users.requestPasswordReset(userId, context);
        break;
    }
    ResultPrinter(options, console).printChanged(result);
    return ExitCode::Ok;
}

} // namespace keyledger::cli
