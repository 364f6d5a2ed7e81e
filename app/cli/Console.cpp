#include "Console.h"

#include <cstdio>

namespace keyledger::cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{}

Console::~Console()
{
    flush();
}

void Console::result(const QString& line)
{
    m_out << line << '\n';
}

void Console::message(const QString& line)
{
    m_err << line << '\n';
    m_err.flush();
}

void Console::flush()
{
    m_out.flush();
    m_err.flush();
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace keyledger::cli
