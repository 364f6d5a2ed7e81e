#pragma once

#include "export/AuditExportRequest.h"
#include "export/AuditExportResult.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace keyledger {

class AuditExportSink;

// Streams the audit trail into a sink (CSV, JSON Lines, PDF) in batches of BatchSize, on
// connections of its own to the ledger and its views file, so it runs on any thread and its
// memory does not grow with the ledger. Filters run on the audit read model; a complete
// JSON Lines export (no filter) reads the ledger itself from position 1 to the head taken at the
// start, so it holds every event even while the read model lags.
class AuditExporter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AuditExporter)

public:
    static constexpr int BatchSize = 2000;
    // Called after each batch; returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Whether a filter selects everything (an export of it is "complete").
    static bool isUnfiltered(const AuditFilter& filter);

    // Writes to out. A cancelled or failed export has written part of it: the caller discards it.
    static AuditExportResult write(const AuditExportRequest& request, AuditExportSink& sink, QIODevice& out,
                                   const Progress& progress = {});
    // Writes path + ".part", then renames it to path once complete; a cancelled or failed export
    // removes the part file and leaves path untouched.
    static AuditExportResult writeFile(const AuditExportRequest& request, AuditExportSink& sink,
                                       const QString& path, const Progress& progress = {});
};

} // namespace keyledger
