#pragma once

#include <QStringList>

namespace keyledger::cli {

class Console;

// CSV as RFC 4180 describes it, for spreadsheets: UTF-8, CRLF line ends, a field quoted when it
// holds a comma, a quote or a line break (quotes doubled). A field that a spreadsheet would run
// as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading single
// quote, so that opening an export never executes what a user typed as their name.
class CsvWriter
{
public:
    explicit CsvWriter(Console& console)
        : m_console(console)
    {}

    void writeRow(const QStringList& fields);

    static QString field(const QString& value);
    static QString row(const QStringList& fields); // without the line end

private:
    Console& m_console;
};

} // namespace keyledger::cli
