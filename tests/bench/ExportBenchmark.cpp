#include "ExportBenchmark.h"

#include "MachineInfo.h"
#include "PopulationWriter.h"
#include "StoreFile.h"
#include "export/AuditCsvSink.h"
#include "export/AuditExportVerifier.h"
#include "export/AuditExporter.h"
#include "export/AuditJsonLinesSink.h"
#include "projections/AuditProjection.h"
#include "projections/Projector.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <stdexcept>

namespace keyledger::bench {

namespace {

// Targets of issue 6 on the 2-core reference machine.
constexpr double eventsPerSecondTarget = 100'000;
constexpr double peakRssTarget = 150;

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString number(double value)
{
    return QLocale(QLocale::English).toString(qint64(std::llround(value)));
}

// Linux: writing 5 to clear_refs resets VmHWM to the current RSS, so the peak covers the
// exports only, not the population and the projection before them.
bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

double currentRssMb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

ExportBenchmark::ExportBenchmark(const BenchOptions& options, QString directory, Log log)
    : m_options(options)
    , m_directory(std::move(directory))
    , m_log(std::move(log))
{}

ExportResults ExportBenchmark::run()
{
    ExportResults results;
    const StoreFile ledger(m_directory, QStringLiteral("export.db"));
    const StoreFile views(m_directory, QFileInfo(ViewDatabase::pathFor(ledger.path())).fileName());
    const StoreFile jsonl(m_directory, QStringLiteral("export.jsonl"));
    const StoreFile csv(m_directory, QStringLiteral("export.csv"));

    results.users = std::max<qint64>(1, m_options.bulkEvents / 10);
    m_log(QStringLiteral("writing %1 users (about 10 events each)...").arg(number(double(results.users))));
    {
        SqliteEventStore store(ledger.path(), SqliteConnection::OpenMode::CreateIfMissing);
        PopulationWriter writer(store, m_log);
        const PopulationStats stats = writer.write(results.users);
        results.events = stats.events;
        results.populateSeconds = double(stats.elapsedNs) / 1e9;
    }
    m_log(QStringLiteral("wrote %1 events in %2 s")
              .arg(number(double(results.events)))
              .arg(results.populateSeconds, 0, 'f', 1));

    {
        QElapsedTimer timer;
        timer.start();
        SqliteEventStore store(ledger.path(), SqliteConnection::OpenMode::ReadOnly);
        ViewDatabase database(views.path());
        std::vector<std::unique_ptr<ReadModel>> models;
        models.push_back(std::make_unique<AuditProjection>());
        Projector projector(store, database, std::move(models));
        projector.initialize();
        if (!projector.rebuild({}))
            throw std::runtime_error("the audit read model's rebuild did not complete");
        if (projector.projectedPosition() != results.events)
            throw std::runtime_error("the audit read model stopped before the head of the ledger");
        results.projectSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    m_log(QStringLiteral("projected the audit read model in %1 s").arg(results.projectSeconds, 0, 'f', 1));

    results.rssBeforeExportMb = currentRssMb();
    results.peakReset = resetPeakRss();
    AuditExportRequest request;
    request.ledgerPath = ledger.path();
    request.viewsPath = views.path();

    const auto timedExport = [&](AuditExportSink& sink, const QString& path, AuditExportFormat format,
                                 double& seconds, qint64& bytes) {
        request.format = format;
        QElapsedTimer timer;
        timer.start();
        const AuditExportResult result = AuditExporter::writeFile(request, sink, path);
        seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!result.ok)
            throw std::runtime_error(result.error.toStdString());
        if (result.rows != results.events)
            throw std::runtime_error("the export did not write every event");
        bytes = QFileInfo(path).size();
        m_log(QStringLiteral("%1: %2 events in %3 s, %4 MB, peak RSS so far %5 MB")
                  .arg(formatName(format), number(double(result.rows)))
                  .arg(seconds, 0, 'f', 2)
                  .arg(double(bytes) / 1e6, 0, 'f', 0)
                  .arg(MachineInfo::peakRssMb(), 0, 'f', 1));
    };
    {
        AuditJsonLinesSink sink;
        timedExport(sink, jsonl.path(), AuditExportFormat::JsonLines, results.jsonlSeconds,
                    results.jsonlBytes);
    }
    {
        AuditCsvSink sink;
        timedExport(sink, csv.path(), AuditExportFormat::Csv, results.csvSeconds, results.csvBytes);
    }
    {
        QElapsedTimer timer;
        timer.start();
        const AuditVerifyReport report = AuditExportVerifier::verifyFile(jsonl.path());
        results.verifySeconds = double(timer.nsecsElapsed()) / 1e9;
        results.verified = report.intact() && report.complete && report.events == results.events;
        m_log(QStringLiteral("verify: %1 in %2 s")
                  .arg(results.verified ? QStringLiteral("intact") : report.problem)
                  .arg(results.verifySeconds, 0, 'f', 2));
    }
    results.peakRssMb = MachineInfo::peakRssMb();
    return results;
}

QByteArray ExportResults::json() const
{
    const QJsonObject object{
        {QStringLiteral("events"), events},
        {QStringLiteral("export_jsonl_events_per_s"), rounded(jsonlPerSecond(), 0)},
        {QStringLiteral("export_csv_events_per_s"), rounded(csvPerSecond(), 0)},
        {QStringLiteral("export_peak_rss_mb"), rounded(peakRssMb, 1)},
        {QStringLiteral("export_peak_rss_reset"), peakReset},
        {QStringLiteral("rss_before_export_mb"), rounded(rssBeforeExportMb, 1)},
        {QStringLiteral("export_jsonl_bytes"), jsonlBytes},
        {QStringLiteral("export_csv_bytes"), csvBytes},
        {QStringLiteral("verify_jsonl_events_per_s"), rounded(verifyPerSecond(), 0)},
        {QStringLiteral("verify_jsonl_intact"), verified},
        {QStringLiteral("populate_s"), rounded(populateSeconds, 2)},
        {QStringLiteral("project_audit_s"), rounded(projectSeconds, 2)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QString ExportResults::text() const
{
    const auto verdict = [](bool ok) { return ok ? QStringLiteral("met") : QStringLiteral("MISSED"); };
    QString text;
    text += QStringLiteral("Audit export benchmark on %1 (%2 CPUs), SQLite %3, Qt %4\n")
                .arg(MachineInfo::cpuModel())
                .arg(MachineInfo::cpuCount())
                .arg(MachineInfo::sqliteVersion(), MachineInfo::qtVersion());
    text +=
        QStringLiteral("  ledger: %1 events of %2 users (written in %3 s, audit model projected in %4 s)\n")
            .arg(number(double(events)), number(double(users)))
            .arg(populateSeconds, 0, 'f', 1)
            .arg(projectSeconds, 0, 'f', 1);
    text += QStringLiteral("  JSON Lines: %1 events/s (%2 s, %3 MB)   target >= %4: %5\n")
                .arg(number(jsonlPerSecond()))
                .arg(jsonlSeconds, 0, 'f', 2)
                .arg(double(jsonlBytes) / 1e6, 0, 'f', 0)
                .arg(number(eventsPerSecondTarget), verdict(jsonlPerSecond() >= eventsPerSecondTarget));
    text += QStringLiteral("  CSV:        %1 events/s (%2 s, %3 MB)   target >= %4: %5\n")
                .arg(number(csvPerSecond()))
                .arg(csvSeconds, 0, 'f', 2)
                .arg(double(csvBytes) / 1e6, 0, 'f', 0)
                .arg(number(eventsPerSecondTarget), verdict(csvPerSecond() >= eventsPerSecondTarget));
    text +=
        QStringLiteral("  peak RSS during the exports: %1 MB%2 (resident before: %3 MB)   target <= %4: %5\n")
            .arg(peakRssMb, 0, 'f', 1)
            .arg(peakReset ? QString() : QStringLiteral(" (peak not reset: includes the set-up)"))
            .arg(rssBeforeExportMb, 0, 'f', 1)
            .arg(peakRssTarget, 0, 'f', 0)
            .arg(verdict(peakRssMb <= peakRssTarget));
    text +=
        QStringLiteral("  audit verify of the JSON Lines file: %1, %2 events/s\n")
            .arg(verified ? QStringLiteral("intact") : QStringLiteral("FAILED"), number(verifyPerSecond()));
    return text;
}

} // namespace keyledger::bench
