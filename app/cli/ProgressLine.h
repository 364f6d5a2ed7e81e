#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace keyledger::cli {

class Console;

// A one-line progress indicator on stderr, redrawn in place, shown only on a terminal (never in
// pipes or logs) and at most a few times a second.
class ProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::ProgressLine)

public:
    ProgressLine(Console& console, QString label);
    // Always returns true (a terminal user cancels with Ctrl+C; the work is built aside).
    bool update(qint64 done, qint64 total);
    void finish();

private:
    Console& m_console;
    QString m_label;
    bool m_onTerminal;
    bool m_shown = false;
    QElapsedTimer m_sinceDraw;
};

} // namespace keyledger::cli
