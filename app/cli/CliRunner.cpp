#include "CliRunner.h"

#include "ImportCommand.h"
#include "OutboxCommand.h"
#include "ProfileCommand.h"
#include "SyncCommand.h"

#include "AnalyticsCommand.h"
#include "AuditCommand.h"
#include "AuditExportCommand.h"
#include "AuditVerifyCommand.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ErrorReporter.h"
#include "EventsCommand.h"
#include "HelpText.h"
#include "ProjectionsCommand.h"
#include "StressCreateCommand.h"
#include "UserActionCommand.h"
#include "UserCreateCommand.h"
#include "UserForgetCommand.h"
#include "UserHistoryCommand.h"
#include "UserRolesCommand.h"
#include "UserShowCommand.h"
#include "UserUpdateCommand.h"
#include "UsersListCommand.h"
#include "VerifyCommand.h"

namespace keyledger::cli {

CliRunner::CliRunner(Console& console)
    : m_console(console)
{}

int CliRunner::run(const QStringList& arguments)
{
    ExitCode code = ExitCode::Ok;
    try {
        code = dispatch(arguments.mid(1));
    } catch (...) {
        code = ErrorReporter(m_console).reportCurrentException();
    }
    m_console.flush();
    return toInt(code);
}

ExitCode CliRunner::dispatch(const QStringList& arguments)
{
    CliOptions options;
    CommandLine top(CommandLine::Mode::StopAtFirstPositional);
    top.parse(arguments, options);
    QStringList words = top.positional();

    std::unique_ptr<Command> command;
    if (!options.help && !options.version) {
        if (words.isEmpty())
            throw CliError::usage(tr("No command given."));
        // `keyledger-cli help`, or --help anywhere, e.g. `keyledger-cli user --help`.
        if (words.constFirst() == QLatin1String("help") || words.contains(QLatin1String("--help")) ||
            words.contains(QLatin1String("-h")))
            options.help = true;
        else
            command = commandFor(words);
    }
    CommandLine line;
    if (command) {
        command->addOptions(line);
        line.parse(words, options);
    }
    if (options.help) {
        m_console.out() << HelpText::usage();
        return ExitCode::Ok;
    }
    if (options.version) {
        m_console.result(HelpText::version());
        return ExitCode::Ok;
    }
    if (options.csv() && !command->supportsCsv())
        throw CliError::usage(tr("--format csv is only for users list and audit."));
    return command->execute(line, options, m_console);
}

std::unique_ptr<Command> CliRunner::commandFor(QStringList& words)
{
    const QString name = words.takeFirst();
    if (name == QLatin1String("events"))
        return std::make_unique<EventsCommand>();
    if (name == QLatin1String("verify"))
        return std::make_unique<VerifyCommand>();
    if (name == QLatin1String("stress-create"))
        return std::make_unique<StressCreateCommand>();
    if (name == QLatin1String("analytics"))
        return std::make_unique<AnalyticsCommand>();
    if (name == QLatin1String("audit")) {
        if (!words.isEmpty() && words.constFirst() == QLatin1String("export")) {
            words.removeFirst();
            return std::make_unique<AuditExportCommand>(words);
        }
        if (!words.isEmpty() && words.constFirst() == QLatin1String("verify")) {
            words.removeFirst();
            return std::make_unique<AuditVerifyCommand>();
        }
        return std::make_unique<AuditCommand>();
    }
    if (name == QLatin1String("profile")) {
        const QString action = words.isEmpty() ? QString() : words.takeFirst();
        if (action == QLatin1String("add"))
            return std::make_unique<ProfileCommand>(ProfileCommand::Action::Add);
        if (action == QLatin1String("list"))
            return std::make_unique<ProfileCommand>(ProfileCommand::Action::List);
        if (action == QLatin1String("remove"))
            return std::make_unique<ProfileCommand>(ProfileCommand::Action::Remove);
        if (action == QLatin1String("use"))
            return std::make_unique<ProfileCommand>(ProfileCommand::Action::Use);
        if (action == QLatin1String("trust"))
            return std::make_unique<ProfileCommand>(ProfileCommand::Action::Trust);
        if (action == QLatin1String("allow-organization"))
            return std::make_unique<ProfileCommand>(ProfileCommand::Action::AllowOrganization);
        throw CliError::usage(tr("profile needs an action: add, list, remove or use."));
    }
    if (name == QLatin1String("import"))
        return std::make_unique<ImportCommand>();
    if (name == QLatin1String("login"))
        return std::make_unique<ProfileCommand>(ProfileCommand::Action::Login);
    if (name == QLatin1String("sync")) {
        if (!words.isEmpty() && words.constFirst() == QLatin1String("status")) {
            words.removeFirst();
            return std::make_unique<SyncCommand>(SyncCommand::Action::Status);
        }
        return std::make_unique<SyncCommand>(SyncCommand::Action::Run);
    }
    if (name == QLatin1String("outbox")) {
        const QString action = words.isEmpty() ? QString() : words.takeFirst();
        if (action == QLatin1String("list"))
            return std::make_unique<OutboxCommand>(OutboxCommand::Action::List);
        if (action == QLatin1String("retry"))
            return std::make_unique<OutboxCommand>(OutboxCommand::Action::Retry);
        if (action == QLatin1String("discard"))
            return std::make_unique<OutboxCommand>(OutboxCommand::Action::Discard);
        throw CliError::usage(tr("outbox needs an action: list, retry or discard."));
    }
    if (name == QLatin1String("users")) {
        const QString action = words.isEmpty() ? QString() : words.takeFirst();
        if (action == QLatin1String("list"))
            return std::make_unique<UsersListCommand>();
        throw CliError::usage(tr("users needs an action: list."));
    }
    if (name == QLatin1String("projections")) {
        const QString action = words.isEmpty() ? QString() : words.takeFirst();
        if (action == QLatin1String("status"))
            return std::make_unique<ProjectionsCommand>(ProjectionsCommand::Action::Status);
        if (action == QLatin1String("update"))
            return std::make_unique<ProjectionsCommand>(ProjectionsCommand::Action::Update);
        if (action == QLatin1String("rebuild"))
            return std::make_unique<ProjectionsCommand>(ProjectionsCommand::Action::Rebuild);
        throw CliError::usage(tr("projections needs an action: status, update or rebuild."));
    }
    if (name != QLatin1String("user"))
        throw CliError::usage(tr("Unknown command \"%1\".").arg(name));

    if (words.isEmpty() || words.constFirst().startsWith(QLatin1Char('-')))
        throw CliError::usage(tr("user needs an action: create, update, %1, roles, show or history.")
                                  .arg(UserActionCommand::actionNames().join(QStringLiteral(", "))));
    const QString action = words.takeFirst();
    if (action == QLatin1String("create"))
        return std::make_unique<UserCreateCommand>();
    if (action == QLatin1String("update"))
        return std::make_unique<UserUpdateCommand>();
    if (action == QLatin1String("roles"))
        return std::make_unique<UserRolesCommand>();
    if (action == QLatin1String("show"))
        return std::make_unique<UserShowCommand>();
    if (action == QLatin1String("history"))
        return std::make_unique<UserHistoryCommand>();
    if (action == QLatin1String("forget"))
        return std::make_unique<UserForgetCommand>();
    if (const std::optional<UserActionCommand::Action> simple = UserActionCommand::actionNamed(action))
        return std::make_unique<UserActionCommand>(*simple);
    throw CliError::usage(tr("Unknown user action \"%1\".").arg(action));
}

} // namespace keyledger::cli
