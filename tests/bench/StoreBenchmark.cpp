#include "StoreBenchmark.h"

#include "MachineInfo.h"
#include "StoreFile.h"
#include "UserEventFactory.h"

#include <QElapsedTimer>
#include <QStringList>

namespace keyledger::bench {

StoreBenchmark::StoreBenchmark(const BenchOptions& options, QString directory, Log log)
    : m_options(options)
    , m_directory(std::move(directory))
    , m_log(std::move(log))
{}

BenchResults StoreBenchmark::run()
{
    BenchResults results;
    results.batchSize = m_options.batchSize;
    results.directory = m_directory;
    results.only = m_options.only;
    if (m_options.runs(QStringLiteral("store")) || m_options.runs(QStringLiteral("raw")))
        runBulkRounds(results);
    if (m_options.runs(QStringLiteral("single")) || m_options.runs(QStringLiteral("rehydrate")))
        runCommandBenchmarks(results);
    results.peakRssMb = MachineInfo::peakRssMb();
    return results;
}

void StoreBenchmark::runBulkRounds(BenchResults& results)
{
    QElapsedTimer ids;
    ids.start();
    const UserEventFactory factory(m_options.bulkEvents, m_options.batchSize);
    m_log(QStringLiteral("generated %1 event ids in %2 ms").arg(factory.totalEvents()).arg(ids.elapsed()));

    const BulkBenchmark bulk(factory, m_directory);
    QStringList order;
    for (int round = 1; round <= m_options.bulkRounds; ++round) {
        // ABBA: raw first in odd rounds, store first in even ones.
        const bool rawFirst = round % 2 == 1;
        for (int side = 0; side < 2; ++side) {
            const bool raw = (side == 0) == rawFirst;
            if (!m_options.runs(raw ? QStringLiteral("raw") : QStringLiteral("store")))
                continue;
            const BulkRun run = raw ? bulk.runRaw(round) : bulk.runStore(round);
            (raw ? results.rawRuns : results.storeRuns).push_back(run);
            order.append(raw ? QStringLiteral("raw") : QStringLiteral("store"));
            m_log(QStringLiteral("round %1 %2: %3 events/s")
                      .arg(round)
                      .arg(order.back())
                      .arg(qint64(run.eventsPerSecond())));
        }
    }
    results.roundOrder = order.join(QStringLiteral(", "));
}

void StoreBenchmark::runCommandBenchmarks(BenchResults& results)
{
    // One file: the 1,000-event user is rehydrated from a store that already holds 10,000 users.
    const StoreFile file(m_directory, QStringLiteral("commands.db"));
    if (m_options.runs(QStringLiteral("single"))) {
        results.single = SingleCommandBenchmark::run(file.path(), m_options.singleCommands);
        m_log(QStringLiteral("single commands: %1/s").arg(qint64(results.single.commandsPerSecond())));
    }
    if (m_options.runs(QStringLiteral("rehydrate"))) {
        results.rehydrate =
            RehydrateBenchmark::run(file.path(), m_options.streamLength, m_options.rehydrateSamples);
        m_log(QStringLiteral("rehydrate: p99 %1 ms").arg(results.rehydrate.p99Ms));
    }
}

} // namespace keyledger::bench
