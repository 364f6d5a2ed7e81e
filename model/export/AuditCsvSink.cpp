#include "export/AuditCsvSink.h"

#include "common/CsvFormat.h"
#include "export/AuditCsvColumns.h"

namespace keyledger {

void AuditCsvSink::begin(const AuditExportHeader&, QIODevice& out)
{
    m_buffer.reserve(1 << 20); // a batch's records; kept between batches
    writeAll(out, CsvFormat::record(AuditCsvColumns::header()).toUtf8());
}

void AuditCsvSink::add(const AuditEntry* entry, const StoredEvent*)
{
    if (entry) // a CSV export is driven by the audit entries: always set
        m_buffer += CsvFormat::record(AuditCsvColumns::fields(*entry));
}

void AuditCsvSink::flush(QIODevice& out)
{
    writeAll(out, m_buffer.toUtf8());
    m_buffer.truncate(0); // keeps the capacity (clear() would free it)
}

void AuditCsvSink::finish(QIODevice& out)
{
    flush(out);
}

} // namespace keyledger
