#pragma once

#include "audit/AuditExportResult.h"
#include "queries/AuditFilter.h"

#include <QCoreApplication>

#include <functional>

namespace keyledger {

// Writes the audit entries matching a filter to a CSV file (UTF-8, RFC 4180, see AuditCsvRows),
// reading them in pages on a connection of its own, so it can run on any thread. The file is
// written through QSaveFile: it appears complete or not at all.
class AuditCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AuditCsvExporter)

public:
    static constexpr int ChunkSize = 500;
    // Called after each chunk; returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static AuditExportResult write(const QString& viewsPath, const AuditFilter& filter, const QString& path,
                                   const Progress& progress = {});
};

} // namespace keyledger
