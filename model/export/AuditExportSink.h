#pragma once

#include "export/AuditExportHeader.h"
#include "export/StoredEvent.h"
#include "export/StoredEventView.h"
#include "queries/AuditEntry.h"

#include <QCoreApplication>

class QIODevice;

namespace keyledger {

// One output format of AuditExporter, fed batch by batch so that memory stays bounded. The
// exporter calls begin, then add for every row in position order, flush after every batch,
// then finish. Write errors are thrown as StorageError by the helpers below.
class AuditExportSink
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AuditExportSink)

public:
    virtual ~AuditExportSink() = default;

    // The stored row of every event (JSON Lines); otherwise only the audit entries are read.
    virtual bool needsEvents() const { return false; }
    // Counts by type and actor and the period before the rows (a report's summary): costs
    // one more pass over the matching entries.
    virtual bool needsSummary() const { return false; }

    virtual void begin(const AuditExportHeader& header, QIODevice& out) = 0;
    // entry is null only for an event the audit read model has not reached yet (a complete
    // JSON Lines export reads the ledger itself); event is null unless needsEvents().
    virtual void add(const AuditEntry* entry, const StoredEvent* event) = 0;
    // For the whole ledger in position order, when the sink says it takes them (readsViews): the
    // stored row and its audit row as stored, without copies (valid during the call only);
    // audit is null where the read model lags.
    virtual bool readsViews() const { return false; }
    virtual void addView(const AuditRowView* /*audit*/, const StoredEventView& /*event*/) {}
    // Writes what add() buffered.
    virtual void flush(QIODevice& out) = 0;
    virtual void finish(QIODevice& out) = 0;
    // The export stops early (cancelled or failed) while out is still open: let go of it.
    virtual void abandon() {}

protected:
    // Writes all of bytes or throws StorageError.
    static void writeAll(QIODevice& out, const QByteArray& bytes);
};

} // namespace keyledger
