#include "export/AuditCsvSink.h"

#include "common/CsvFormat.h"
#include "common/UtcTimestamp.h"
#include "export/AuditCsvColumns.h"

namespace keyledger {

void AuditCsvSink::begin(const AuditExportHeader&, QIODevice& out)
{
    m_buffer.reserve(1 << 20); // a batch's records; kept between batches
    writeAll(out, CsvFormat::record(AuditCsvColumns::header()).toUtf8());
}

void AuditCsvSink::add(const AuditEntry* entry, const StoredEvent*)
{
    if (!entry) // a CSV export is driven by the audit entries: always set
        return;
    // What CsvFormat::record(AuditCsvColumns::fields(entry)) gives, cell by cell into the batch's
    // buffer: the two string lists per row cost a tenth of the export.
    const auto cell = [this](const QString& value) {
        m_buffer += CsvFormat::field(value);
        m_buffer += QLatin1Char(',');
    };
    m_buffer += QString::number(entry->position);
    m_buffer += QLatin1Char(',');
    m_buffer += UtcTimestamp::format(entry->timeMs); // never needs quoting
    m_buffer += QLatin1Char(',');
    if (!entry->userId.isNull())
        m_buffer += entry->userId.toString(QUuid::WithoutBraces);
    m_buffer += QLatin1Char(',');
    cell(entry->username);
    cell(entry->organizationId);
    cell(entry->type);
    cell(entry->actor);
    cell(entry->source);
    cell(entry->summary);
    m_buffer += CsvFormat::field(AuditCsvColumns::changes(entry->diff));
    m_buffer += QLatin1String("\r\n");
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
