#pragma once

#include <QTextStream>

namespace keyledger::cli {

// Where results (stdout) and messages (stderr) go, as UTF-8 text.
class Console
{
public:
    Console();
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;
    ~Console();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints one line of result / message.
    void result(const QString& line);
    void message(const QString& line);
    // Pushes everything written so far to the operating system (both streams).
    void flush();

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace keyledger::cli
