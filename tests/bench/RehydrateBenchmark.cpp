#include "RehydrateBenchmark.h"

#include "UserHistoryWriter.h"
#include "commands/UserCommandHandler.h"
#include "store/SqliteEventStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace keyledger::bench {

namespace {

constexpr quint64 historyPersonIndex = 1'000'000; // far from the single-command users
constexpr int warmUpLoads = 5;

double percentile(const std::vector<qint64>& sortedNs, double fraction)
{
    const auto rank = static_cast<size_t>(std::ceil(fraction * double(sortedNs.size())));
    return double(sortedNs.at(std::max<size_t>(rank, 1) - 1)) / 1e6;
}

qint64 timedLoad(UserCommandHandler& handler, const QUuid& userId, qint64 expectedVersion)
{
    QElapsedTimer timer;
    timer.start();
    const UserAggregate user = handler.load(userId);
    const qint64 elapsed = timer.nsecsElapsed();
    if (user.version() != expectedVersion)
        throw std::runtime_error("rehydrate: the user was rebuilt at the wrong version");
    return elapsed;
}

} // namespace

RehydrateRun RehydrateBenchmark::run(const QString& storePath, qint64 streamLength, int samples)
{
    SqliteEventStore store(storePath, SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler handler(store);

    RehydrateRun run;
    QElapsedTimer build;
    build.start();
    const QUuid userId = UserHistoryWriter(handler, historyPersonIndex).write(streamLength);
    run.buildNs = build.nsecsElapsed();

    for (int i = 0; i < warmUpLoads; ++i)
        timedLoad(handler, userId, streamLength);
    std::vector<qint64> ns;
    ns.reserve(static_cast<size_t>(samples));
    for (int i = 0; i < samples; ++i)
        ns.push_back(timedLoad(handler, userId, streamLength));
    std::sort(ns.begin(), ns.end());

    run.streamLength = streamLength;
    run.samples = samples;
    run.p50Ms = percentile(ns, 0.50);
    run.p99Ms = percentile(ns, 0.99);
    run.maxMs = double(ns.back()) / 1e6;
    return run;
}

} // namespace keyledger::bench
