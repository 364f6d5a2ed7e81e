#pragma once

#include <QString>

namespace keyledger::bench {

struct RehydrateRun
{
    qint64 streamLength = 0;
    int samples = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    qint64 buildNs = 0; // writing the stream through the handler (not part of the figure)
};

// Writes one user's 1,000-event history through the real command handler (a creation, then
// profile updates, disable/enable and role changes, one command each), then times
// UserCommandHandler::load: readStream plus UserAggregate::fromHistory.
class RehydrateBenchmark
{
public:
    static RehydrateRun run(const QString& storePath, qint64 streamLength, int samples);
};

} // namespace keyledger::bench
