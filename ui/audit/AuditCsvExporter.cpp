#include "audit/AuditCsvExporter.h"

#include "audit/AuditCsvRows.h"
#include "common/CsvFormat.h"
#include "common/KeyledgerError.h"
#include "queries/AuditQueries.h"

#include <QSaveFile>

namespace keyledger {

AuditExportResult AuditCsvExporter::write(const QString& viewsPath, const AuditFilter& filter,
                                          const QString& path, const Progress& progress)
{
    AuditExportResult result;
    result.path = path;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    try {
        AuditQueries queries(viewsPath);
        AuditFilter page = filter;
        page.limit = ChunkSize;
        page.afterPosition = 0;
        const qint64 total = queries.count(filter);
        file.write(CsvFormat::record(AuditCsvRows::header()).toUtf8());
        for (;;) {
            const QList<AuditEntry> entries = queries.entries(page);
            QString chunk;
            for (const AuditEntry& entry : entries)
                chunk += CsvFormat::record(AuditCsvRows::fields(entry));
            if (file.write(chunk.toUtf8()) < 0) {
                result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
                file.cancelWriting();
                return result;
            }
            result.rows += entries.size();
            if (progress && !progress(result.rows, std::max(total, result.rows))) {
                file.cancelWriting();
                result.cancelled = true;
                return result;
            }
            if (entries.size() < ChunkSize)
                break;
            page.afterPosition = entries.last().position;
        }
    } catch (const KeyledgerError& error) {
        file.cancelWriting();
        result.error = error.message();
        return result;
    }
    if (!file.commit()) {
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace keyledger
