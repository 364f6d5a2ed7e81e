#pragma once

#include <QCoreApplication>

#include "store/OutboxEntry.h"

#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;

// Reads and schedules the outbox rows the event store wrote with the events. Rows of one user
// are delivered in order: only the oldest undelivered row of a stream (its head) is ever due,
// and a failed head stops the rows behind it until the admin retries or discards it (both are
// appends with an OutboxSettlement, so the decision is in the ledger).
// Uses the connection of the store it is given; same thread rules as SqliteEventStore.
class SqliteOutbox
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::SqliteOutbox)

public:
    explicit SqliteOutbox(SqliteConnection& connection);
    ~SqliteOutbox();

    // Heads of the users' queues that are pending and due at nowMs, oldest first, skipping
    // the streams in `busy` (being delivered already).
    QList<OutboxEntry> dueHeads(qint64 nowMs, int limit, const QSet<QString>& busy = {});
    // When the earliest pending head becomes due (0 if one is due now); nullopt if none waits.
    std::optional<qint64> nextDueAt();
    // The row of one event, if the event has one.
    std::optional<OutboxEntry> entry(qint64 position);
    // The head of a user's queue (its oldest pending or failed row), if any.
    std::optional<OutboxEntry> head(const QString& streamId);
    // Rows oldest first; filtered by stream (empty: all) and by state (nullopt: any).
    QList<OutboxEntry> entries(const QString& streamId, std::optional<OutboxSettlement::State> state,
                               int limit);
    OutboxCounts counts();

    // Counted before a request leaves, so that after a crash the next attempt knows an earlier
    // one may have reached Keycloak.
    void recordAttempt(qint64 position);
    // A transient failure: try again at atMs.
    void scheduleRetry(qint64 position, qint64 atMs, const QString& error);

private:
    SqliteStatement& statement(std::unique_ptr<SqliteStatement>& slot, const char* sql);
    static OutboxEntry readEntry(const SqliteStatement& row);

    SqliteConnection& m_connection;
    std::unique_ptr<SqliteStatement> m_dueHeads;
    std::unique_ptr<SqliteStatement> m_nextDue;
    std::unique_ptr<SqliteStatement> m_entry;
    std::unique_ptr<SqliteStatement> m_head;
    std::unique_ptr<SqliteStatement> m_counts;
    std::unique_ptr<SqliteStatement> m_attempt;
    std::unique_ptr<SqliteStatement> m_retry;
};

} // namespace keyledger
