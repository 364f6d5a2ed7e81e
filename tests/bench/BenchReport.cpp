#include "BenchReport.h"

#include "MachineInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace keyledger::bench {

namespace {

// Targets of issue 2 on the 2-core reference machine.
constexpr double singleTarget = 5'000;
constexpr double bulkTarget = 150'000;
constexpr double ratioTarget = 0.5;
constexpr double rehydrateTarget = 2.0;

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString count(double value)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(value)));
}

QString seconds(qint64 ns)
{
    return QString::number(double(ns) / 1e9, 'f', 2) + QStringLiteral(" s");
}

QString rates(const std::vector<BulkRun>& runs)
{
    QStringList list;
    for (const BulkRun& run : runs)
        list.append(count(run.eventsPerSecond()));
    return list.join(QStringLiteral(", "));
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

} // namespace

QByteArray BenchReport::json() const
{
    const BenchResults& r = m_results;
    const QJsonObject object{
        {QStringLiteral("single_commands_per_s"), rounded(r.single.commandsPerSecond(), 0)},
        {QStringLiteral("bulk_events_per_s"), rounded(r.bulkEventsPerSecond(), 0)},
        {QStringLiteral("raw_sqlite_events_per_s"), rounded(r.rawEventsPerSecond(), 0)},
        {QStringLiteral("bulk_ratio"), rounded(r.bulkRatio(), 3)},
        {QStringLiteral("rehydrate_p99_ms"), rounded(r.rehydrate.p99Ms, 3)},
        {QStringLiteral("peak_rss_mb"), rounded(r.peakRssMb, 1)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString BenchReport::text() const
{
    return machineText() + figuresText() + untimedText() + targetsText();
}

QString BenchReport::machineText() const
{
    return QStringLiteral("Keyledger store benchmark\n"
                          "  CPU      %1 (%2 logical CPUs)\n"
                          "  SQLite   %3 (sqlite3 C API and QSQLITE use the same system library)\n"
                          "  Qt       %4\n"
                          "  files    %5 (removed after each pass)\n\n")
        .arg(MachineInfo::cpuModel())
        .arg(MachineInfo::cpuCount())
        .arg(MachineInfo::sqliteVersion(), MachineInfo::qtVersion(), m_results.directory);
}

QString BenchReport::figuresText() const
{
    const BenchResults& r = m_results;
    const qint64 events = r.storeRuns.empty() ? 0 : r.storeRuns.front().events;
    QString text;
    text += QStringLiteral("single commands  %1 commands/s  (%2 user creations via UserCommandHandler, one "
                           "transaction each)\n")
                .arg(count(r.single.commandsPerSecond()), count(double(r.single.commands)));
    text +=
        QStringLiteral("bulk append      %1 events/s    (%2 events, batches of %3, SqliteEventStore::append; "
                       "runs: %4)\n")
            .arg(count(r.bulkEventsPerSecond()), count(double(events)), count(double(r.batchSize)),
                 rates(r.storeRuns));
    text +=
        QStringLiteral("raw sqlite3      %1 events/s    (same rows and batches, sqlite3 C API; runs: %2)\n")
            .arg(count(r.rawEventsPerSecond()), rates(r.rawRuns));
    text += QStringLiteral("bulk / raw       %1             (best of %2 each; order %3)\n")
                .arg(QString::number(r.bulkRatio(), 'f', 3))
                .arg(r.storeRuns.size())
                .arg(r.roundOrder);
    text +=
        QStringLiteral("rehydrate        p99 %1 ms      (p50 %2 ms, max %3 ms; %4 loads of a %5-event user: "
                       "UserCommandHandler::load: replayStream + UserAggregate::fromHistory)\n")
            .arg(QString::number(r.rehydrate.p99Ms, 'f', 3), QString::number(r.rehydrate.p50Ms, 'f', 3),
                 QString::number(r.rehydrate.maxMs, 'f', 3))
            .arg(r.rehydrate.samples)
            .arg(count(double(r.rehydrate.streamLength)));
    text += QStringLiteral("peak RSS         %1 MB\n\n").arg(QString::number(r.peakRssMb, 'f', 1));
    return text;
}

QString BenchReport::untimedText() const
{
    const BenchResults& r = m_results;
    if (r.storeRuns.empty() || r.rawRuns.empty())
        return {};
    return QStringLiteral(
               "Not in the rates: building the NewEvent batches %1 per pass; serialising them to JSON "
               "bytes for the raw writer %2 per pass (the store does this inside append, so it is "
               "in the bulk rate); writing the %3-event history through the handler %4.\n\n")
        .arg(seconds(r.storeRuns.front().generateNs), seconds(r.rawRuns.front().serialiseNs),
             count(double(r.rehydrate.streamLength)), seconds(r.rehydrate.buildNs));
}

QString BenchReport::targetsText() const
{
    const BenchResults& r = m_results;
    if (!r.only.isEmpty())
        return QStringLiteral("Only \"%1\" ran (--only): the other figures were not measured.\n").arg(r.only);
    return QStringLiteral("Targets: single >= 5,000/s %1; bulk >= 150,000 events/s %2; ratio >= 0.5 %3; "
                          "rehydrate p99 <= 2 ms %4\n")
        .arg(verdict(r.single.commandsPerSecond() >= singleTarget),
             verdict(r.bulkEventsPerSecond() >= bulkTarget), verdict(r.bulkRatio() >= ratioTarget),
             verdict(r.rehydrate.p99Ms <= rehydrateTarget));
}

} // namespace keyledger::bench
