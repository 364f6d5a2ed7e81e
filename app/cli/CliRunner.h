#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace keyledger::cli {

class Command;
class Console;

// keyledger-cli itself: parses the command line, runs the command it names, and turns every
// outcome into an exit code.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::CliRunner)

public:
    explicit CliRunner(Console& console);

    // arguments as QCoreApplication::arguments(): the program's name first.
    int run(const QStringList& arguments);

private:
    ExitCode dispatch(const QStringList& arguments);
    // The command named at the start of words, which are consumed ("user", "show").
    static std::unique_ptr<Command> commandFor(QStringList& words);

    Console& m_console;
};

} // namespace keyledger::cli
