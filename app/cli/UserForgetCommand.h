#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// user forget USER --yes: erases the user's personal data for good (crypto-shredding). Without
// --yes it only says what would happen and exits with 2.
class UserForgetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UserForgetCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
