#pragma once

#include "BenchOptions.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace keyledger::bench {

// What `keyledger-bench export` measured.
struct ExportResults
{
    qint64 users = 0;
    qint64 events = 0;
    double populateSeconds = 0;
    double projectSeconds = 0;
    double rssBeforeExportMb = 0; // resident after writing and projecting, when the peak is reset
    double jsonlSeconds = 0;
    qint64 jsonlBytes = 0;
    double csvSeconds = 0;
    qint64 csvBytes = 0;
    double verifySeconds = 0;
    bool verified = false;
    double peakRssMb = 0;   // VmHWM over the exports and the verification only
    bool peakReset = false; // false: /proc/self/clear_refs refused, the peak includes the set-up

    double jsonlPerSecond() const { return jsonlSeconds > 0 ? double(events) / jsonlSeconds : 0; }
    double csvPerSecond() const { return csvSeconds > 0 ? double(events) / csvSeconds : 0; }
    double verifyPerSecond() const { return verifySeconds > 0 ? double(events) / verifySeconds : 0; }
    QByteArray json() const;
    QString text() const;
};

// Runs `keyledger-bench export [--events N] [--json] [--dir PATH]`: writes about N events of
// the queries benchmark's population (PopulationWriter, about 10 events per user), projects the
// audit read model alone, resets the process's peak RSS, then exports the whole trail to JSON
// Lines and to CSV through AuditExporter (files in the benchmark folder, removed at the end) and
// verifies the JSON Lines file with AuditExportVerifier. Events/s = events / wall time of each.
class ExportBenchmark
{
public:
    using Log = std::function<void(const QString&)>;

    ExportBenchmark(const BenchOptions& options, QString directory, Log log);
    ExportResults run();

private:
    const BenchOptions& m_options;
    QString m_directory;
    Log m_log;
};

} // namespace keyledger::bench
