#pragma once

#include "BenchOptions.h"
#include "BenchResults.h"

#include <functional>

namespace keyledger::bench {

// Runs every part of `keyledger-bench store` in its order (see main.cpp) and collects the figures.
class StoreBenchmark
{
public:
    using Log = std::function<void(const QString&)>;

    StoreBenchmark(const BenchOptions& options, QString directory, Log log);
    BenchResults run();

private:
    void runBulkRounds(BenchResults& results);
    void runCommandBenchmarks(BenchResults& results);

    const BenchOptions& m_options;
    QString m_directory;
    Log m_log;
};

} // namespace keyledger::bench
