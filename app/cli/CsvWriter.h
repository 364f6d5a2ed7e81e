#pragma once

#include <QStringList>

namespace keyledger::cli {

class Console;

// CSV records on standard output, in the format of CsvFormat (RFC 4180, formula-like cells
// neutralised), so the CLI and the GUI export the same bytes.
class CsvWriter
{
public:
    explicit CsvWriter(Console& console)
        : m_console(console)
    {}

    void writeRow(const QStringList& fields);

private:
    Console& m_console;
};

} // namespace keyledger::cli
