#include "RawSqliteWriter.h"

#include "store/HashChain.h"

#include <QDateTime>

#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace keyledger::bench {

namespace {

void bindText(sqlite3_stmt* statement, int index, const QByteArray& utf8)
{
    sqlite3_bind_text(statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void bindBlob(sqlite3_stmt* statement, int index, const QByteArray& bytes)
{
    sqlite3_bind_blob(statement, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_STATIC);
}

} // namespace

RawSqliteWriter::RawSqliteWriter(const QString& path)
{
    // The flags QSQLITE uses for a read-write connection.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK)
        fail("open");
    sqlite3_busy_timeout(m_db, 10'000);
    // The PRAGMAs of SqliteConnection::applyPragmas.
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA temp_store = MEMORY");
    exec("PRAGMA cache_size = -16000");
    m_insert = prepare("INSERT INTO events(position, event_id, stream_id, stream_version, event_type, "
                       "schema_version, data, metadata, recorded_at, previous_hash, hash) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    m_head = prepare("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1");
}

RawSqliteWriter::~RawSqliteWriter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_head);
    sqlite3_close(m_db);
}

void RawSqliteWriter::appendBatch(const std::vector<RawEventRow>& rows)
{
    exec("BEGIN IMMEDIATE");
    Head previous = readHead();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const RawEventRow& row : rows) {
        const ChainedRow chained{previous.position + 1,
                                 row.eventId,
                                 row.streamId,
                                 row.streamVersion,
                                 row.type,
                                 row.schemaVersion,
                                 row.data,
                                 row.metadata,
                                 now};
        const QByteArray hash = HashChain::hash(previous.hash, chained);
        insert(row, previous, hash, now);
        previous = Head{chained.position, hash};
    }
    exec("COMMIT");
}

RawSqliteWriter::Head RawSqliteWriter::readHead()
{
    Head head{0, HashChain::genesis()};
    const int rc = sqlite3_step(m_head);
    if (rc == SQLITE_ROW) {
        head.position = sqlite3_column_int64(m_head, 0);
        head.hash = QByteArray(static_cast<const char*>(sqlite3_column_blob(m_head, 1)),
                               sqlite3_column_bytes(m_head, 1));
    } else if (rc != SQLITE_DONE) {
        fail("SELECT chain head");
    }
    sqlite3_reset(m_head);
    return head;
}

void RawSqliteWriter::insert(const RawEventRow& row, const Head& previous, const QByteArray& hash,
                             qint64 recordedAt)
{
    sqlite3_bind_int64(m_insert, 1, previous.position + 1);
    bindText(m_insert, 2, row.eventId);
    bindText(m_insert, 3, row.streamId);
    sqlite3_bind_int64(m_insert, 4, row.streamVersion);
    bindText(m_insert, 5, row.type);
    sqlite3_bind_int(m_insert, 6, row.schemaVersion);
    bindText(m_insert, 7, row.data);
    bindText(m_insert, 8, row.metadata);
    sqlite3_bind_int64(m_insert, 9, recordedAt);
    bindBlob(m_insert, 10, previous.hash);
    bindBlob(m_insert, 11, hash);
    if (sqlite3_step(m_insert) != SQLITE_DONE)
        fail("INSERT INTO events");
    sqlite3_reset(m_insert);
}

void RawSqliteWriter::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(sql);
}

sqlite3_stmt* RawSqliteWriter::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        fail(sql);
    return statement;
}

void RawSqliteWriter::fail(const char* what) const
{
    throw std::runtime_error(std::string("raw sqlite3: ") + what + ": " + sqlite3_errmsg(m_db));
}

} // namespace keyledger::bench
