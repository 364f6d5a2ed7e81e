#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// user show USER [--as-of TIME]: every field of the user's state and its version (deleted users
// too, by id); with --as-of, as it was then, replayed into a temporary read model (AsOfQueries).
class UserShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UserShowCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
