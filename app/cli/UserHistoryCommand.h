#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// user history USER: the audit entries of one user, oldest first, each with its field diffs
// (a deleted user by id).
class UserHistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UserHistoryCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
