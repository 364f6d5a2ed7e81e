#pragma once

#include "export/AuditExportSink.h"

#include <QByteArray>

namespace keyledger {

// RFC 4180 CSV, UTF-8 without a byte-order mark, a header row, CRLF line ends; one record per
// audit entry (AuditCsvColumns), every cell through CsvFormat (quoting, formula neutralising).
class AuditCsvSink : public AuditExportSink
{
public:
    void begin(const AuditExportHeader& header, QIODevice& out) override;
    void add(const AuditEntry* entry, const StoredEvent* event) override;
    void flush(QIODevice& out) override;
    void finish(QIODevice& out) override;

private:
    QString m_buffer;
};

} // namespace keyledger
