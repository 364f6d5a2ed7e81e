#pragma once

#include "CliOptions.h"
#include "ExitCode.h"

namespace keyledger::cli {

class CommandLine;
class Console;

// One command of keyledger-cli: it declares its options, then runs once they are parsed.
// Errors are thrown (CliError or the model's KeyledgerError subclasses); CliRunner turns them
// into messages and exit codes.
class Command
{
public:
    virtual ~Command() = default;
    virtual void addOptions(CommandLine& line) const = 0;
    virtual ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) = 0;
    // Whether --format csv is accepted; the others refuse it as wrong usage.
    virtual bool supportsCsv() const { return false; }
};

} // namespace keyledger::cli
