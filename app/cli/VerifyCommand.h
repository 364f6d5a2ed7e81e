#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// verify: walks the hash chain. Exit 0 with the head position and hash, or exit 6 with the
// first position that does not match and what is wrong with it.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::VerifyCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
