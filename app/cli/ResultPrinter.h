#pragma once

#include "CliOptions.h"

#include "commands/CommandResult.h"

#include <QCoreApplication>

namespace keyledger::cli {

class Console;

// Prints the answer of an accepted command: the result on stdout (table or JSON), and on
// stderr why nothing changed when the command was valid but had nothing to do.
class ResultPrinter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::ResultPrinter)

public:
    ResultPrinter(const CliOptions& options, Console& console);

    // The new user's id; with --format json {"id": ..., "position": ...}.
    void printCreated(const CommandResult& result);
    void printChanged(const CommandResult& result);

private:
    const CliOptions& m_options;
    Console& m_console;
};

} // namespace keyledger::cli
