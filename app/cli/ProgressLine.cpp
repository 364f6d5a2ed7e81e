#include "ProgressLine.h"

#include "Console.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace keyledger::cli {

ProgressLine::ProgressLine(Console& console, QString label)
    : m_console(console)
    , m_label(std::move(label))
    , m_onTerminal(isatty(fileno(stderr)) != 0)
{
    m_sinceDraw.start();
}

bool ProgressLine::update(qint64 done, qint64 total)
{
    if (!m_onTerminal || (m_shown && m_sinceDraw.elapsed() < 200 && done < total))
        return true;
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    m_console.err() << '\r' << tr("%1: %2% (%3 of %4 events)").arg(m_label).arg(percent).arg(done).arg(total)
                    << Qt::flush;
    m_shown = true;
    m_sinceDraw.restart();
    return true;
}

void ProgressLine::finish()
{
    if (m_shown)
        m_console.err() << '\n' << Qt::flush;
    m_shown = false;
}

} // namespace keyledger::cli
