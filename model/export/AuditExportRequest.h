#pragma once

#include "export/AuditExportFormat.h"
#include "queries/AuditFilter.h"

#include <QString>

namespace keyledger {

// What to export: the ledger file (for the stored rows and the chain head), its views file (the
// audit read model the filters run on), the filter (limit and afterPosition are ignored) and
// a label for the report's "database" line.
struct AuditExportRequest
{
    QString ledgerPath;
    QString viewsPath;
    AuditFilter filter;
    AuditExportFormat format = AuditExportFormat::Csv;
    QString databaseLabel = {}; // empty: the ledger's file name
    QString filterUser = {};    // the user filter as the person gave it (username or id), for reports
};

} // namespace keyledger
