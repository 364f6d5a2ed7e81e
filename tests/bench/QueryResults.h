#pragma once

#include "LatencySamples.h"
#include "PopulationWriter.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <utility>
#include <vector>

namespace keyledger::bench {

// Named groups of samples: the figure is the p95 over every group; the text shows each group.
using SampleGroups = std::vector<std::pair<QString, LatencySamples>>;

inline LatencySamples merged(const SampleGroups& groups)
{
    LatencySamples all;
    for (const auto& group : groups)
        all.append(group.second);
    return all;
}

// Everything one `keyledger-bench queries` run measured.
struct QueryResults
{
    QString directory;
    PopulationStats population;

    // Rebuild of every read model from position 0 (Projector::rebuild({}) after initialize()
    // created the empty tables of a fresh views file).
    qint64 rebuildEvents = 0;
    qint64 rebuildNs = 0;
    qint64 viewsBytes = 0;
    double rebuildEventsPerSecond() const
    {
        return rebuildNs > 0 ? double(rebuildEvents) * 1e9 / double(rebuildNs) : 0;
    }

    SampleGroups firstPage;
    SampleGroups deepPage;
    qint64 deepOffset = 0; // rows before the deep page
    qint64 walkNs = 0;     // walking the cursor there (every variant), untimed in the figure
    SampleGroups search;
    QStringList slowestSearches; // "prefix" (scope, matches): time, slowest first
    SampleGroups count;
    SampleGroups analytics; // uncached: one organisation, all organisations
    double analyticsFirstCallMs = 0;
    LatencySamples analyticsCached;
    QString analyticsRange;

    // Lag: commands issued at a fixed rate from the main thread while a ProjectionRunner runs.
    int lagCommands = 0;
    double lagSeconds = 0;
    int lagUnreached = 0;
    LatencySamples lagVisible;  // append -> waitForPosition returned
    LatencySamples lagCommit;   // append -> the views batch committed
    LatencySamples commandTime; // the command itself (load, decide, append)

    double peakRssMb = 0;

    double firstPageP95() const { return merged(firstPage).p95Ms(); }
    double deepPageP95() const { return merged(deepPage).p95Ms(); }
    double searchP95() const { return merged(search).p95Ms(); }
    double countP95() const { return merged(count).p95Ms(); }
    double analyticsUncachedMs() const
    {
        double worst = 0;
        for (const auto& group : analytics)
            worst = std::max(worst, group.second.p95Ms());
        return worst;
    }
    double analyticsCachedMs() const { return analyticsCached.p95Ms(); }
    double lagP95() const { return lagVisible.p95Ms(); }
};

} // namespace keyledger::bench
