#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// sync [--once]: delivers the outbox to the active profile's Keycloak (until Ctrl+C, or only what
// is due now with --once). sync status: what waits, what was refused, when the next retry is.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::SyncCommand)

public:
    enum class Action
    {
        Run,
        Status,
    };
    explicit SyncCommand(Action action)
        : m_action(action)
    {}

    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;

private:
    ExitCode run(const CommandLine& line, const CliOptions& options, Console& console);
    ExitCode status(const CliOptions& options, Console& console);
    Action m_action;
};

} // namespace keyledger::cli
