#include "store/SqliteOutbox.h"

#include "store/OutboxStates.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

namespace keyledger {

namespace {

#define ENTRY_COLUMNS                                                                                        \
    "o.position, o.stream_id, o.event_type, o.state, o.attempts, o.next_attempt_at, o.last_error, "          \
    "o.created_at"

// A row is its stream's head when no older row of the stream is still pending or failed.
#define IS_HEAD                                                                                              \
    "NOT EXISTS (SELECT 1 FROM outbox p WHERE p.state IN ('pending', 'failed') AND p.stream_id = "           \
    "o.stream_id "                                                                                           \
    "AND p.id < o.id)"

} // namespace

SqliteOutbox::SqliteOutbox(SqliteConnection& connection)
    : m_connection(connection)
{}

SqliteOutbox::~SqliteOutbox() = default;

SqliteStatement& SqliteOutbox::statement(std::unique_ptr<SqliteStatement>& slot, const char* sql)
{
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_connection, sql);
    return *slot;
}

OutboxEntry SqliteOutbox::readEntry(const SqliteStatement& row)
{
    OutboxEntry entry;
    entry.position = row.int64(0);
    entry.streamId = row.string(1);
    entry.eventType = row.string(2);
    entry.state = OutboxStates::fromText(row.textView(3)).value_or(OutboxSettlement::State::Pending);
    entry.attempts = int(row.int64(4));
    entry.nextAttemptAtMs = row.int64(5);
    entry.lastError = row.string(6);
    entry.createdAtMs = row.int64(7);
    return entry;
}

QList<OutboxEntry> SqliteOutbox::dueHeads(qint64 nowMs, int limit, const QSet<QString>& busy)
{
    SqliteStatement& query = statement(
        m_dueHeads, "SELECT " ENTRY_COLUMNS " FROM outbox o WHERE o.state = 'pending' "
                    "AND coalesce(o.next_attempt_at, 0) <= ? AND " IS_HEAD " ORDER BY o.id LIMIT ?");
    // Busy streams still count against the limit in SQL; ask for enough rows to fill it.
    query.bind(1, nowMs);
    query.bind(2, qint64(limit + busy.size()));
    QList<OutboxEntry> heads;
    while (query.step() && heads.size() < limit) {
        OutboxEntry entry = readEntry(query);
        if (!busy.contains(entry.streamId))
            heads.append(std::move(entry));
    }
    query.reset();
    return heads;
}

std::optional<qint64> SqliteOutbox::nextDueAt()
{
    SqliteStatement& query = statement(
        m_nextDue,
        "SELECT min(coalesce(o.next_attempt_at, 0)) FROM outbox o WHERE o.state = 'pending' AND " IS_HEAD);
    std::optional<qint64> due;
    if (query.step() && !query.isNull(0))
        due = query.int64(0);
    query.reset();
    return due;
}

std::optional<OutboxEntry> SqliteOutbox::entry(qint64 position)
{
    SqliteStatement& query =
        statement(m_entry, "SELECT " ENTRY_COLUMNS " FROM outbox o WHERE o.position = ?");
    query.bind(1, position);
    std::optional<OutboxEntry> found;
    if (query.step())
        found = readEntry(query);
    query.reset();
    return found;
}

std::optional<OutboxEntry> SqliteOutbox::head(const QString& streamId)
{
    SqliteStatement& query = statement(m_head, "SELECT " ENTRY_COLUMNS " FROM outbox o WHERE o.stream_id = ? "
                                               "AND o.state IN ('pending', 'failed') ORDER BY o.id LIMIT 1");
    query.bind(1, streamId.toUtf8());
    std::optional<OutboxEntry> found;
    if (query.step())
        found = readEntry(query);
    query.reset();
    return found;
}

QList<OutboxEntry> SqliteOutbox::entries(const QString& streamId,
                                         std::optional<OutboxSettlement::State> state, int limit)
{
    // Rare and small: built per call rather than cached per filter combination.
    QByteArray sql = "SELECT " ENTRY_COLUMNS " FROM outbox o WHERE (?1 = '' OR o.stream_id = ?1) "
                     "AND (?2 = '' OR o.state = ?2) ORDER BY o.id LIMIT ?3";
    SqliteStatement query(m_connection, sql.constData());
    query.bind(1, streamId.toUtf8());
    query.bind(2, state ? OutboxStates::toText(*state) : QByteArray(""));
    query.bind(3, qint64(limit > 0 ? limit : -1));
    QList<OutboxEntry> list;
    while (query.step())
        list.append(readEntry(query));
    return list;
}

OutboxCounts SqliteOutbox::counts()
{
    // Called on the UI thread after appends and by the worker after every delivery, while
    // delivered rows pile up for ever: a GROUP BY over them took 78 ms at 1,000,000 rows. The
    // states still to act on are short ranges of the state index; delivered rows are the rest of
    // a table whose rows are only ever inserted (ids 1..max, never deleted: it is a record).
    SqliteStatement& query =
        statement(m_counts, "SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'), "
                            "(SELECT count(*) FROM outbox WHERE state = 'failed'), "
                            "(SELECT count(*) FROM outbox WHERE state = 'discarded'), "
                            "(SELECT count(DISTINCT stream_id) FROM outbox WHERE state = 'failed'), "
                            "(SELECT coalesce(max(id), 0) FROM outbox)");
    OutboxCounts counts;
    if (query.step()) {
        counts.pending = query.int64(0);
        counts.failed = query.int64(1);
        counts.discarded = query.int64(2);
        counts.blockedUsers = query.int64(3);
        counts.delivered = query.int64(4) - counts.pending - counts.failed - counts.discarded;
    }
    query.reset();
    return counts;
}

void SqliteOutbox::recordAttempt(qint64 position)
{
    SqliteStatement& update =
        statement(m_attempt, "UPDATE outbox SET attempts = attempts + 1 WHERE position = ?");
    update.bind(1, position);
    update.step();
    update.reset();
}

void SqliteOutbox::scheduleRetry(qint64 position, qint64 atMs, const QString& error)
{
    SqliteStatement& update = statement(
        m_retry,
        "UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE position = ? AND state = 'pending'");
    update.bind(1, atMs);
    update.bind(2, error.toUtf8());
    update.bind(3, position);
    update.step();
    update.reset();
}

} // namespace keyledger
