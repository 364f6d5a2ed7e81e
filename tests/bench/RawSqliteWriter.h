#pragma once

#include "RawEventRow.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace keyledger::bench {

// The honest baseline: a hand-written writer on the sqlite3 C API doing what the store's
// append must do for a new stream (one BEGIN IMMEDIATE transaction per batch, read the chain
// head inside it, SHA-256 hash chain through HashChain::hash, one prepared INSERT per row,
// text bound as UTF-8 without copies) and nothing else. It opens an existing Keyledger file
// and applies the same PRAGMAs as SqliteConnection.
class RawSqliteWriter
{
public:
    explicit RawSqliteWriter(const QString& path);
    ~RawSqliteWriter();
    RawSqliteWriter(const RawSqliteWriter&) = delete;
    RawSqliteWriter& operator=(const RawSqliteWriter&) = delete;

    void appendBatch(const std::vector<RawEventRow>& rows);

private:
    struct Head
    {
        qint64 position = 0;
        QByteArray hash;
    };

    void exec(const char* sql);
    sqlite3_stmt* prepare(const char* sql);
    Head readHead();
    void insert(const RawEventRow& row, const Head& previous, const QByteArray& hash, qint64 recordedAt);
    [[noreturn]] void fail(const char* what) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_head = nullptr;
};

} // namespace keyledger::bench
