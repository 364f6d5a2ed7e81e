#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// profile add NAME --url URL --realm REALM (--client ID | --admin USER) [--token-realm R]
// profile list | remove NAME | use NAME; and `login [NAME]`, which stores the profile's secret
// in the OS keychain after checking it against the server.
class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::ProfileCommand)

public:
    enum class Action
    {
        Add,
        List,
        Remove,
        Use,
        Login,
        AllowOrganization,
        Trust,
    };
    explicit ProfileCommand(Action action)
        : m_action(action)
    {}

    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;

private:
    ExitCode add(const CommandLine& line, Console& console);
    ExitCode list(const CliOptions& options, Console& console);
    ExitCode login(const CommandLine& line, Console& console);
    ExitCode allowOrganization(const CommandLine& line, Console& console);
    ExitCode trust(const CommandLine& line, Console& console);
    Action m_action;
};

} // namespace keyledger::cli
