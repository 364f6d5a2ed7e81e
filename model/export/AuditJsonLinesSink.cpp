#include "export/AuditJsonLinesSink.h"

#include "common/UtcTimestamp.h"
#include "export/JsonText.h"

#include <QIODevice>

namespace keyledger {

namespace {

void appendHex(QByteArray& out, const QByteArray& bytes)
{
    out.append('"');
    out.append(bytes.toHex());
    out.append('"');
}

void appendTime(QByteArray& out, const QDateTime& time)
{
    JsonText::appendString(out, UtcTimestamp::format(time.toMSecsSinceEpoch()));
}

} // namespace

QByteArray AuditJsonLinesSink::headerLine(const AuditExportHeader& header)
{
    QByteArray line;
    bool first = true;
    line.append('{');
    JsonText::appendKey(line, "kind", first);
    JsonText::appendUtf8(line, QByteArrayView(Kind));
    JsonText::appendKey(line, "format", first);
    JsonText::appendNumber(line, FormatVersion);

    JsonText::appendKey(line, "filters", first);
    line.append('{');
    bool firstFilter = true;
    const AuditFilter& filter = header.filter;
    if (!filter.userId.isNull()) {
        JsonText::appendKey(line, "user", firstFilter);
        JsonText::appendUtf8(line, filter.userId.toByteArray(QUuid::WithoutBraces));
    }
    const auto text = [&](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            JsonText::appendKey(line, key, firstFilter);
            JsonText::appendString(line, value);
        }
    };
    text("organization", filter.organizationId);
    text("actor", filter.actor);
    text("type", filter.type);
    text("source", filter.source);
    if (filter.from.isValid()) {
        JsonText::appendKey(line, "from", firstFilter);
        appendTime(line, filter.from);
    }
    if (filter.to.isValid()) {
        JsonText::appendKey(line, "to", firstFilter);
        appendTime(line, filter.to);
    }
    line.append('}');

    JsonText::appendKey(line, "exportedAt", first);
    JsonText::appendString(line, UtcTimestamp::format(header.exportedAtMs));
    JsonText::appendKey(line, "chainHead", first);
    line.append("{\"position\":");
    JsonText::appendNumber(line, header.headPosition);
    line.append(",\"hash\":");
    appendHex(line, header.headHash);
    line.append('}');
    JsonText::appendKey(line, "appVersion", first);
    JsonText::appendString(line, header.appVersion);
    JsonText::appendKey(line, "database", first);
    JsonText::appendString(line, header.databaseLabel);
    JsonText::appendKey(line, "complete", first);
    line.append(header.complete ? "true" : "false");
    line.append("}\n");
    return line;
}

void AuditJsonLinesSink::writeHashed(const QByteArray& bytes, QIODevice& out)
{
    m_digest.add(bytes);
    writeAll(out, bytes);
}

void AuditJsonLinesSink::begin(const AuditExportHeader& header, QIODevice& out)
{
    m_count = 0;
    m_buffer.clear();
    m_buffer.reserve(1 << 20);
    writeHashed(headerLine(header), out);
}

void AuditJsonLinesSink::appendEvent(const StoredEvent& event)
{
    const ChainedRow& row = event.row;
    QByteArray& out = m_buffer;
    out.append("{\"position\":");
    JsonText::appendNumber(out, row.position);
    out.append(",\"eventId\":");
    JsonText::appendUtf8(out, row.eventId);
    out.append(",\"streamId\":");
    JsonText::appendUtf8(out, row.streamId);
    out.append(",\"version\":");
    JsonText::appendNumber(out, row.streamVersion);
    out.append(",\"type\":");
    JsonText::appendUtf8(out, row.type);
    out.append(",\"schemaVersion\":");
    JsonText::appendNumber(out, row.schemaVersion);
    out.append(",\"recordedAt\":");
    JsonText::appendUtf8(out, UtcTimestamp::format(row.recordedAtMs).toLatin1());
    out.append(",\"recordedAtMs\":");
    JsonText::appendNumber(out, row.recordedAtMs);
    out.append(",\"data\":");
    JsonText::appendUtf8(out, row.data);
    out.append(",\"metadata\":");
    JsonText::appendUtf8(out, row.metadata);
    out.append(",\"previousHash\":");
    appendHex(out, event.previousHash);
    out.append(",\"hash\":");
    appendHex(out, event.hash);
}

void AuditJsonLinesSink::appendEvent(const StoredEventView& event)
{
    QByteArray& out = m_buffer;
    out.append("{\"position\":");
    JsonText::appendNumber(out, event.position);
    out.append(",\"eventId\":");
    JsonText::appendUtf8(out, event.eventId);
    out.append(",\"streamId\":");
    JsonText::appendUtf8(out, event.streamId);
    out.append(",\"version\":");
    JsonText::appendNumber(out, event.streamVersion);
    out.append(",\"type\":");
    JsonText::appendUtf8(out, event.type);
    out.append(",\"schemaVersion\":");
    JsonText::appendNumber(out, event.schemaVersion);
    out.append(",\"recordedAt\":");
    JsonText::appendUtf8(out, UtcTimestamp::format(event.recordedAtMs).toLatin1());
    out.append(",\"recordedAtMs\":");
    JsonText::appendNumber(out, event.recordedAtMs);
    out.append(",\"data\":");
    JsonText::appendUtf8(out, event.data);
    out.append(",\"metadata\":");
    JsonText::appendUtf8(out, event.metadata);
    out.append(",\"previousHash\":\"");
    out.append(event.previousHashHex);
    out.append("\",\"hash\":\"");
    out.append(event.hashHex);
    out.append('"');
}

void AuditJsonLinesSink::addView(const AuditRowView* audit, const StoredEventView& event)
{
    appendEvent(event);
    QByteArray& out = m_buffer;
    if (audit) {
        out.append(",\"audit\":{\"username\":");
        JsonText::appendUtf8(out, audit->username);
        out.append(",\"organization\":");
        JsonText::appendUtf8(out, audit->organization);
        out.append(",\"actor\":");
        JsonText::appendUtf8(out, audit->actor);
        out.append(",\"source\":");
        JsonText::appendUtf8(out, audit->source);
        out.append(",\"summary\":");
        JsonText::appendUtf8(out, audit->summary);
        out.append(",\"diff\":");
        // The projection's own compact JSON array, copied as it is.
        if (audit->diffJson.isEmpty())
            out.append("[]");
        else
            out.append(audit->diffJson);
        out.append('}');
    }
    out.append("}\n");
    ++m_count;
}

void AuditJsonLinesSink::add(const AuditEntry* entry, const StoredEvent* event)
{
    if (!event)
        return;
    appendEvent(*event);
    QByteArray& out = m_buffer;
    if (entry) {
        out.append(",\"audit\":{\"username\":");
        JsonText::appendString(out, entry->username);
        out.append(",\"organization\":");
        JsonText::appendString(out, entry->organizationId);
        out.append(",\"actor\":");
        JsonText::appendString(out, entry->actor);
        out.append(",\"source\":");
        JsonText::appendString(out, entry->source);
        out.append(",\"summary\":");
        JsonText::appendString(out, entry->summary);
        out.append(",\"diff\":[");
        for (qsizetype i = 0; i < entry->diff.size(); ++i) {
            const FieldDiff& field = entry->diff.at(i);
            out.append(i == 0 ? "{\"field\":" : ",{\"field\":");
            JsonText::appendString(out, field.field);
            out.append(",\"before\":");
            JsonText::appendString(out, field.before);
            out.append(",\"after\":");
            JsonText::appendString(out, field.after);
            out.append('}');
        }
        out.append("]}");
    }
    out.append("}\n");
    ++m_count;
}

void AuditJsonLinesSink::flush(QIODevice& out)
{
    if (m_buffer.isEmpty())
        return;
    writeHashed(m_buffer, out);
    m_buffer.truncate(0); // keeps the capacity for the next batch
}

void AuditJsonLinesSink::finish(QIODevice& out)
{
    flush(out);
    QByteArray trailer("{\"kind\":\"trailer\",\"count\":");
    JsonText::appendNumber(trailer, m_count);
    trailer.append(",\"sha256\":");
    appendHex(trailer, m_digest.result());
    trailer.append("}\n");
    writeAll(out, trailer);
}

} // namespace keyledger
