#pragma once

#include "export/AuditExportSink.h"
#include "export/Sha256Stream.h"

#include <QByteArray>

namespace keyledger {

// JSON Lines an auditor can check without the database (`keyledger-cli audit verify`, or the
// few lines of Python in docs/audit-export.md):
//   line 1   {"kind":"keyledger-audit-export","format":1,"filters":{...},"exportedAt":...,
//             "chainHead":{"position":P,"hash":H},"appVersion":...,"database":...,"complete":bool}
//   events   {"position":..,"eventId":..,"streamId":..,"version":..,"type":..,"schemaVersion":..,
//             "recordedAt":"ISO","recordedAtMs":..,"data":"<stored JSON text>","metadata":"<...>",
//             "previousHash":..,"hash":..,"audit":{username, organization, actor, source, summary, diff}}
//   last     {"kind":"trailer","count":N,"sha256":"<hex of every byte of the lines above>"}
// data and metadata are the stored text as JSON strings, so that the hashed bytes come back
// exactly, whatever JSON library reads them. "audit" comes from the read model and is not
// covered by the event hash (only by the trailer's digest). Hashes are lowercase hex.
class AuditJsonLinesSink : public AuditExportSink
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr const char* Kind = "keyledger-audit-export";

    bool needsEvents() const override { return true; }
    void begin(const AuditExportHeader& header, QIODevice& out) override;
    void add(const AuditEntry* entry, const StoredEvent* event) override;
    bool readsViews() const override { return true; }
    void addView(const AuditRowView* audit, const StoredEventView& event) override;
    void flush(QIODevice& out) override;
    void finish(QIODevice& out) override;

    static QByteArray headerLine(const AuditExportHeader& header);

private:
    void writeHashed(const QByteArray& bytes, QIODevice& out);
    // The event's stored fields, without the closing brace.
    void appendEvent(const StoredEvent& event);
    void appendEvent(const StoredEventView& event);

    QByteArray m_buffer;
    Sha256Stream m_digest;
    qint64 m_count = 0;
};

} // namespace keyledger
