#include "audit/AuditExportSinks.h"

#include "audit/AuditPdfSink.h"
#include "export/AuditCsvSink.h"
#include "export/AuditJsonLinesSink.h"

namespace keyledger {

std::unique_ptr<AuditExportSink> AuditExportSinks::create(AuditExportFormat format)
{
    switch (format) {
    case AuditExportFormat::Csv:
        return std::make_unique<AuditCsvSink>();
    case AuditExportFormat::JsonLines:
        return std::make_unique<AuditJsonLinesSink>();
    case AuditExportFormat::Pdf:
        return std::make_unique<AuditPdfSink>();
    }
    return std::make_unique<AuditCsvSink>();
}

} // namespace keyledger
