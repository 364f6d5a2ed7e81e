#pragma once

#include "BenchResults.h"

#include <QByteArray>
#include <QString>

namespace keyledger::bench {

// The two faces of a run: one JSON object (exactly the keys of issue 2), or text for people,
// with the machine context, every round and the targets.
class BenchReport
{
public:
    explicit BenchReport(const BenchResults& results)
        : m_results(results)
    {}

    QByteArray json() const;
    QString text() const;

private:
    QString machineText() const;
    QString figuresText() const;
    QString untimedText() const;
    QString targetsText() const;

    const BenchResults& m_results;
};

} // namespace keyledger::bench
