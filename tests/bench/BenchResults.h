#pragma once

#include "BulkBenchmark.h"
#include "RehydrateBenchmark.h"
#include "SingleCommandBenchmark.h"

#include <QString>

#include <algorithm>
#include <vector>

namespace keyledger::bench {

// Everything one `keyledger-bench store` run measured.
struct BenchResults
{
    qint64 batchSize = 0;
    QString directory;
    QString only;                   // --only: the part that ran alone; empty when everything ran
    std::vector<BulkRun> storeRuns; // one per round, in run order
    std::vector<BulkRun> rawRuns;
    QString roundOrder; // e.g. "raw, store, store, raw"
    SingleCommandRun single;
    RehydrateRun rehydrate;
    double peakRssMb = 0;

    double bulkEventsPerSecond() const { return best(storeRuns); }
    double rawEventsPerSecond() const { return best(rawRuns); }
    double bulkRatio() const
    {
        const double raw = rawEventsPerSecond();
        return raw > 0 ? bulkEventsPerSecond() / raw : 0.0;
    }

private:
    static double best(const std::vector<BulkRun>& runs)
    {
        double rate = 0;
        for (const BulkRun& run : runs)
            rate = std::max(rate, run.eventsPerSecond());
        return rate;
    }
};

} // namespace keyledger::bench
