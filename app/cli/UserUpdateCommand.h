#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// user update USER [--email E] [--first-name F] [--last-name L] [--org O] [--expected-version N]
// An empty value clears the field; with --expected-version a concurrent change is a conflict.
class UserUpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UserUpdateCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
