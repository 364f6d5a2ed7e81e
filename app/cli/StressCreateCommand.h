#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// stress-create --count N [--prefix P] (maintenance, not in --help): creates N users, one
// command and one transaction each, and prints each new id on stdout, flushed, right after its
// commit. The crash test kills it at random moments and checks that every printed id survived.
class StressCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::StressCreateCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
