#include "QueryReport.h"

#include "MachineInfo.h"
#include "UserPopulation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace keyledger::bench {

namespace {

// Targets of issue 3 on the 2-core reference machine.
constexpr double rebuildTarget = 50'000;
constexpr double pageTarget = 5;
constexpr double searchTarget = 20;
constexpr double analyticsTarget = 50;
constexpr double cachedTarget = 0.05;
constexpr double lagTarget = 50;

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString count(double value)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(value)));
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 0.1 ? 4 : 3) + QStringLiteral(" ms");
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

QString groupsText(const SampleGroups& groups)
{
    QString text;
    for (const auto& [name, samples] : groups)
        text += QStringLiteral("      %1: p50 %2, p95 %3, max %4 (%5 samples)\n")
                    .arg(name, ms(samples.p50Ms()), ms(samples.p95Ms()), ms(samples.maxMs()))
                    .arg(samples.count());
    return text;
}

} // namespace

QByteArray QueryReport::json() const
{
    const QueryResults& r = m_results;
    const QJsonObject object{
        {QStringLiteral("rebuild_events_per_s"), rounded(r.rebuildEventsPerSecond(), 0)},
        {QStringLiteral("list_first_page_p95_ms"), rounded(r.firstPageP95(), 3)},
        {QStringLiteral("list_deep_page_p95_ms"), rounded(r.deepPageP95(), 3)},
        {QStringLiteral("search_p95_ms"), rounded(r.searchP95(), 3)},
        {QStringLiteral("count_p95_ms"), rounded(r.countP95(), 3)},
        {QStringLiteral("analytics_uncached_ms"), rounded(r.analyticsUncachedMs(), 3)},
        {QStringLiteral("analytics_cached_ms"), rounded(r.analyticsCachedMs(), 4)},
        {QStringLiteral("projection_lag_p95_ms"), rounded(r.lagP95(), 3)},
        {QStringLiteral("peak_rss_mb"), rounded(r.peakRssMb, 1)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString QueryReport::text() const
{
    return machineText() + dataText() + figuresText() + targetsText();
}

QString QueryReport::machineText() const
{
    return QStringLiteral("Keyledger queries benchmark\n"
                          "  CPU      %1 (%2 logical CPUs)\n"
                          "  SQLite   %3\n"
                          "  Qt       %4\n"
                          "  files    %5 (removed at the end)\n\n")
        .arg(MachineInfo::cpuModel())
        .arg(MachineInfo::cpuCount())
        .arg(MachineInfo::sqliteVersion(), MachineInfo::qtVersion(), m_results.directory);
}

QString QueryReport::dataText() const
{
    const PopulationStats& p = m_results.population;
    QStringList types;
    for (auto it = p.eventsByType.cbegin(); it != p.eventsByType.cend(); ++it)
        types.append(QStringLiteral("%1 %2").arg(it.key(), count(double(it.value()))));
    return QStringLiteral(
               "Data: %1 users over %2 organisations (uneven, 1/sqrt(rank)), %3 events in %4 appends, "
               "written in %5 s (%6 events/s).\n"
               "  How: each user's history decided by the real UserAggregate, encoded by UserEventCodec and "
               "written with SqliteEventStore::append with the handler's username/e-mail claims, source "
               "keycloak-import; two appends per user (onboarding, then activity) in passes over chunks of "
               "%7 users, so streams interleave. UserCommandHandler itself is used for the lag commands.\n"
               "  Events: %8.\n"
               "  Times: creation = recorded time (today); logins spread from minutes to two months after "
               "creation, then every few hours to ten days (so many lie in the future of the run).\n\n")
        .arg(count(double(p.users)))
        .arg(UserPopulation::OrganisationCount)
        .arg(count(double(p.events)), count(double(p.appends)))
        .arg(double(p.elapsedNs) / 1e9, 0, 'f', 1)
        .arg(count(p.elapsedNs > 0 ? double(p.events) * 1e9 / double(p.elapsedNs) : 0))
        .arg(PopulationWriter::ChunkUsers)
        .arg(types.join(QStringLiteral(", ")));
}

QString QueryReport::figuresText() const
{
    const QueryResults& r = m_results;
    QString text;
    text +=
        QStringLiteral("rebuild          %1 events/s  (%2 events, all four read models together, from 0: "
                       "Projector::rebuild({}) on a fresh views file after initialize() created its empty "
                       "tables; %3 s; views file %4 MB)\n")
            .arg(count(r.rebuildEventsPerSecond()), count(double(r.rebuildEvents)))
            .arg(double(r.rebuildNs) / 1e9, 0, 'f', 1)
            .arg(double(r.viewsBytes) / (1024.0 * 1024.0), 0, 'f', 0);
    text += QStringLiteral("list first page  p95 %1  (50 rows with the total, UserQueries::list)\n%2")
                .arg(ms(r.firstPageP95()), groupsText(r.firstPage));
    text += QStringLiteral("list deep page   p95 %1  (50 rows after %2 rows, reached by walking the keyset "
                           "cursor once, untimed: %3 s for the walks)\n%4")
                .arg(ms(r.deepPageP95()), count(double(r.deepOffset)))
                .arg(double(r.walkNs) / 1e9, 0, 'f', 1)
                .arg(groupsText(r.deepPage));
    text +=
        QStringLiteral("search           p95 %1  (first page of 50 with the total; 90 prefixes of first and "
                       "last names, a third within one organisation, each twice)\n%2")
            .arg(ms(r.searchP95()), groupsText(r.search));
    text += QStringLiteral("      slowest: %1\n").arg(r.slowestSearches.join(QStringLiteral("; ")));
    text += QStringLiteral("count            p95 %1  (UserQueries::count)\n%2")
                .arg(ms(r.countP95()), groupsText(r.count));
    text += QStringLiteral(
                "analytics        %1 uncached  (the worse p95 of the two kinds; AnalyticsQueries::figures, "
                "creation dates %2; the very first call %3)\n%4")
                .arg(ms(r.analyticsUncachedMs()), r.analyticsRange, ms(r.analyticsFirstCallMs),
                     groupsText(r.analytics));
    text += QStringLiteral("                 %1 cached    (p95 of %2 hits: key built from the query, "
                           "QueryCache::find, value copied out; p50 %3)\n")
                .arg(ms(r.analyticsCachedMs()))
                .arg(r.analyticsCached.count())
                .arg(ms(r.analyticsCached.p50Ms()));
    text +=
        QStringLiteral("projection lag   p95 %1  (append committed -> ProjectionRunner::waitForPosition "
                       "returns, watched from a thread of its own; %2 commands through UserCommandHandler "
                       "in %3 s from the main thread, timer-paced; p50 %4, max %5; %6 never reached)\n")
            .arg(ms(r.lagP95()))
            .arg(r.lagCommands)
            .arg(r.lagSeconds, 0, 'f', 1)
            .arg(ms(r.lagVisible.p50Ms()), ms(r.lagVisible.maxMs()))
            .arg(r.lagUnreached);
    text += QStringLiteral("                 append -> views batch committed: p50 %1, p95 %2; the commands "
                           "themselves: p50 %3, p95 %4\n")
                .arg(ms(r.lagCommit.p50Ms()), ms(r.lagCommit.p95Ms()), ms(r.commandTime.p50Ms()),
                     ms(r.commandTime.p95Ms()));
    text += QStringLiteral("peak RSS         %1 MB\n\n").arg(QString::number(r.peakRssMb, 'f', 1));
    return text;
}

QString QueryReport::targetsText() const
{
    const QueryResults& r = m_results;
    return QStringLiteral(
               "Targets: rebuild >= 50,000 events/s %1; list pages p95 <= 5 ms %2 (first) %3 (deep); "
               "search p95 <= 20 ms %4; analytics <= 50 ms uncached %5, <= 0.05 ms cached %6; "
               "lag p95 <= 50 ms %7\n")
        .arg(verdict(r.rebuildEventsPerSecond() >= rebuildTarget), verdict(r.firstPageP95() <= pageTarget),
             verdict(r.deepPageP95() <= pageTarget), verdict(r.searchP95() <= searchTarget),
             verdict(r.analyticsUncachedMs() <= analyticsTarget),
             verdict(r.analyticsCachedMs() <= cachedTarget),
             verdict(r.lagP95() <= lagTarget && r.lagUnreached == 0));
}

} // namespace keyledger::bench
