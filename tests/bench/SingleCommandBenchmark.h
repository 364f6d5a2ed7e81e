#pragma once

#include <QString>

namespace keyledger::bench {

struct SingleCommandRun
{
    qint64 commands = 0;
    qint64 elapsedNs = 0; // the handler calls only

    double commandsPerSecond() const { return elapsedNs > 0 ? commands * 1e9 / double(elapsedNs) : 0.0; }
};

// User creations through the real UserCommandHandler, one command and one transaction each
// (event, username and e-mail claims, outbox row), distinct realistic usernames and e-mails.
class SingleCommandBenchmark
{
public:
    static SingleCommandRun run(const QString& storePath, qint64 commands);
};

} // namespace keyledger::bench
