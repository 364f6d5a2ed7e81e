#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// user create --username U --email E [--first-name F] [--last-name L] [--org O] [--role R]...
class UserCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UserCreateCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
