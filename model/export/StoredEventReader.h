#pragma once

#include "export/StoredEvent.h"
#include "export/StoredEventView.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;

// Reads the ledger's rows byte for byte (no JSON parsing, no upcasting) on a read-only
// connection of its own, so that an export can run on any thread next to the writers.
class StoredEventReader
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::StoredEventReader)

public:
    struct Head
    {
        qint64 position = 0;
        QByteArray hash; // the genesis value for an empty ledger
    };

    explicit StoredEventReader(const QString& ledgerPath);
    ~StoredEventReader();
    StoredEventReader(const StoredEventReader&) = delete;
    StoredEventReader& operator=(const StoredEventReader&) = delete;

    Head head();
    // Rows with afterPosition < position <= upTo, oldest first, at most maxCount; replaces out.
    void readRange(qint64 afterPosition, qint64 upTo, int maxCount, std::vector<StoredEvent>& out);
    // Calls f with each row of afterPosition < position <= upTo, oldest first, at most maxCount,
    // without copying it; returns how many.
    int forEachInRange(qint64 afterPosition, qint64 upTo, int maxCount,
                       const std::function<void(const StoredEventView&)>& f);
    // The row at one position; false when there is none.
    bool readAt(qint64 position, StoredEvent& out);

private:
    static void fill(const SqliteStatement& statement, StoredEvent& out);

    std::unique_ptr<SqliteConnection> m_connection;
    std::unique_ptr<SqliteStatement> m_head;
    std::unique_ptr<SqliteStatement> m_range;
    std::unique_ptr<SqliteStatement> m_at;
    std::unique_ptr<SqliteStatement> m_views;
};

} // namespace keyledger
