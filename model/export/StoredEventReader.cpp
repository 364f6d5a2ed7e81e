#include "export/StoredEventReader.h"

#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#define STORED_COLUMNS                                                                                       \
    "position, event_id, stream_id, stream_version, event_type, schema_version, data, metadata, "            \
    "recorded_at, previous_hash, hash"

namespace keyledger {

StoredEventReader::StoredEventReader(const QString& ledgerPath)
    : m_connection(std::make_unique<SqliteConnection>(ledgerPath, SqliteConnection::OpenMode::ReadOnly))
{
    m_head = std::make_unique<SqliteStatement>(
        *m_connection, "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1");
    m_range = std::make_unique<SqliteStatement>(
        *m_connection, "SELECT " STORED_COLUMNS
                       " FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?");
    m_at = std::make_unique<SqliteStatement>(*m_connection,
                                             "SELECT " STORED_COLUMNS " FROM events WHERE position = ?");
    // SQLite hexes the hashes itself: no 32-byte copies per row.
    m_views = std::make_unique<SqliteStatement>(
        *m_connection,
        "SELECT position, event_id, stream_id, stream_version, event_type, schema_version, data, "
        "metadata, recorded_at, lower(hex(previous_hash)), lower(hex(hash)) FROM events "
        "WHERE position > ? AND position <= ? ORDER BY position LIMIT ?");
}

StoredEventReader::~StoredEventReader()
{
    // Statements first: they must be finalised before the connection closes.
    m_head.reset();
    m_range.reset();
    m_at.reset();
    m_views.reset();
}

StoredEventReader::Head StoredEventReader::head()
{
    SqliteStatement::ResetOnExit reset(*m_head);
    Head result;
    result.hash = HashChain::genesis();
    if (m_head->step()) {
        result.position = m_head->int64(0);
        result.hash = m_head->blob(1);
    }
    return result;
}

void StoredEventReader::fill(const SqliteStatement& statement, StoredEvent& out)
{
    out.row.position = statement.int64(0);
    out.row.eventId = statement.text(1);
    out.row.streamId = statement.text(2);
    out.row.streamVersion = statement.int64(3);
    out.row.type = statement.text(4);
    out.row.schemaVersion = int(statement.int64(5));
    out.row.data = statement.text(6);
    out.row.metadata = statement.text(7);
    out.row.recordedAtMs = statement.int64(8);
    out.previousHash = statement.blob(9);
    out.hash = statement.blob(10);
}

void StoredEventReader::readRange(qint64 afterPosition, qint64 upTo, int maxCount,
                                  std::vector<StoredEvent>& out)
{
    out.clear();
    SqliteStatement::ResetOnExit reset(*m_range);
    m_range->bind(1, afterPosition);
    m_range->bind(2, upTo);
    m_range->bind(3, qint64(maxCount));
    while (m_range->step()) {
        out.emplace_back();
        fill(*m_range, out.back());
    }
}

int StoredEventReader::forEachInRange(qint64 afterPosition, qint64 upTo, int maxCount,
                                      const std::function<void(const StoredEventView&)>& f)
{
    SqliteStatement::ResetOnExit reset(*m_views);
    m_views->bind(1, afterPosition);
    m_views->bind(2, upTo);
    m_views->bind(3, qint64(maxCount));
    int count = 0;
    StoredEventView row;
    while (m_views->step()) {
        row.position = m_views->int64(0);
        row.eventId = m_views->textView(1);
        row.streamId = m_views->textView(2);
        row.streamVersion = m_views->int64(3);
        row.type = m_views->textView(4);
        row.schemaVersion = int(m_views->int64(5));
        row.data = m_views->textView(6);
        row.metadata = m_views->textView(7);
        row.recordedAtMs = m_views->int64(8);
        row.previousHashHex = m_views->textView(9);
        row.hashHex = m_views->textView(10);
        f(row);
        ++count;
    }
    return count;
}

bool StoredEventReader::readAt(qint64 position, StoredEvent& out)
{
    SqliteStatement::ResetOnExit reset(*m_at);
    m_at->bind(1, position);
    if (!m_at->step())
        return false;
    fill(*m_at, out);
    return true;
}

} // namespace keyledger
