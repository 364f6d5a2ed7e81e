#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// user roles USER [--add R]... [--remove R]...
class UserRolesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UserRolesCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
