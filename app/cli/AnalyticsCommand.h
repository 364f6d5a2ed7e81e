#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// analytics [--org O] [--from DATE] [--to DATE]: the chapter's figures over the users created in
// the range (days of the local time zone, both inclusive); in JSON also the sign-ups per week
// and the distribution of days to first login.
class AnalyticsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::AnalyticsCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
