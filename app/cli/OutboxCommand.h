#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// outbox list [--user USER] [--state pending|failed|delivered|discarded] [--limit N]
// outbox retry USER: deliver the refused change again (after fixing the data)
// outbox discard USER: give the refused change up; Keycloak keeps its version
class OutboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::OutboxCommand)

public:
    enum class Action
    {
        List,
        Retry,
        Discard,
    };
    explicit OutboxCommand(Action action)
        : m_action(action)
    {}

    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;

private:
    ExitCode list(const CommandLine& line, const CliOptions& options, Console& console);
    Action m_action;
};

} // namespace keyledger::cli
