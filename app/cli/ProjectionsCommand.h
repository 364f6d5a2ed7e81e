#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// projections status | update | rebuild [NAME]: where each read model stands, bring them up to
// date, or rebuild them from the first event (built aside; the old rows answer until the swap).
class ProjectionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::ProjectionsCommand)

public:
    enum class Action
    {
        Status,
        Update,
        Rebuild,
    };
    explicit ProjectionsCommand(Action action) : m_action(action) {}

    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;

private:
    ExitCode status(const CliOptions& options, Console& console);
    Action m_action;
};

} // namespace keyledger::cli
