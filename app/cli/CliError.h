#pragma once

#include "ExitCode.h"

#include "common/KeyledgerError.h"

namespace keyledger::cli {

// A failure the command line itself detects (misuse, unknown user), with the exit code to use.
class CliError : public KeyledgerError
{
public:
    CliError(ExitCode code, QString message)
        : KeyledgerError(std::move(message))
        , m_code(code)
    {}
    ExitCode code() const { return m_code; }

    static CliError usage(QString message) { return CliError(ExitCode::Usage, std::move(message)); }

private:
    ExitCode m_code;
};

} // namespace keyledger::cli
