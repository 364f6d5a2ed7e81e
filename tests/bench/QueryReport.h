#pragma once

#include "QueryResults.h"

#include <QByteArray>
#include <QString>

namespace keyledger::bench {

// The two faces of a `keyledger-bench queries` run: one JSON object with exactly the keys of
// issue 3, or text for people: the machine, how the data was made, each figure with its parts,
// and the targets.
class QueryReport
{
public:
    explicit QueryReport(const QueryResults& results)
        : m_results(results)
    {}

    QByteArray json() const;
    QString text() const;

private:
    QString machineText() const;
    QString dataText() const;
    QString figuresText() const;
    QString targetsText() const;

    const QueryResults& m_results;
};

} // namespace keyledger::bench
