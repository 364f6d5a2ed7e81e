#pragma once

#include "ExitCode.h"

#include <QCoreApplication>

namespace keyledger::cli {

class Console;

// Turns the exception being handled into a plain-words message on stderr and its exit code:
// misuse 2, refused input 3, conflict 4, storage 5.
class ErrorReporter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::ErrorReporter)

public:
    explicit ErrorReporter(Console& console);

    // Call from inside a catch block.
    ExitCode reportCurrentException();

private:
    Console& m_console;
};

} // namespace keyledger::cli
