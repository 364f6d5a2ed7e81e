#include "store/SchemaMigrator.h"

#include "store/SqliteConnection.h"
#include "store/StoreErrors.h"

#include <QDateTime>
#include <QSqlQuery>

namespace keyledger {

namespace {

// Version 1: the event log with its hash chain, and the unique claims written with it.
const QStringList v1 = {
    QStringLiteral(R"(CREATE TABLE events (
        position        INTEGER PRIMARY KEY AUTOINCREMENT, -- global, gapless, never reused
        event_id        TEXT    NOT NULL UNIQUE,           -- UUID v7 chosen by the writer
        stream_id       TEXT    NOT NULL,
        stream_version  INTEGER NOT NULL,                  -- 1, 2, ... within the stream
        event_type      TEXT    NOT NULL,
        schema_version  INTEGER NOT NULL,
        data            TEXT    NOT NULL,                  -- compact JSON; personal fields under "personal"
        metadata        TEXT    NOT NULL,                  -- compact JSON: actor, correlation, source, ...
        recorded_at     INTEGER NOT NULL,                  -- UTC milliseconds since the epoch
        previous_hash   BLOB    NOT NULL,
        hash            BLOB    NOT NULL,                  -- SHA-256(previous_hash || canonical row)
        UNIQUE (stream_id, stream_version)
    ))"),
    QStringLiteral(R"(CREATE TABLE unique_claims (
        scope      TEXT    NOT NULL,
        value      TEXT    NOT NULL,
        stream_id  TEXT    NOT NULL,
        position   INTEGER NOT NULL REFERENCES events(position),
        PRIMARY KEY (scope, value)
    ) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX unique_claims_by_stream ON unique_claims(stream_id)"),
    QStringLiteral(R"(CREATE TABLE store_info (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID)"),
};

// Version 2: the outbox, one row per event Keycloak must hear about, written in the same
// transaction as the event and consumed by the sync worker.
const QStringList v2 = {
    QStringLiteral(R"(CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        position        INTEGER NOT NULL UNIQUE REFERENCES events(position),
        stream_id       TEXT    NOT NULL,
        event_type      TEXT    NOT NULL,
        state           TEXT    NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'delivered', 'failed', 'discarded')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        last_error      TEXT,
        created_at      INTEGER NOT NULL
    ))"),
    QStringLiteral("CREATE INDEX outbox_by_state ON outbox(state, stream_id, id)"),
};

} // namespace

int SchemaMigrator::latestVersion()
{
    return 2;
}

QStringList SchemaMigrator::step(int toVersion)
{
    switch (toVersion) {
    case 1:
        return v1;
    case 2:
        return v2;
    default:
        return {};
    }
}

int SchemaMigrator::currentVersion(SqliteConnection& connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        connection.fail(query, QStringLiteral("PRAGMA user_version"));
    return query.value(0).toInt();
}

void SchemaMigrator::checkReadable(SqliteConnection& connection)
{
    const int version = currentVersion(connection);
    if (version > latestVersion())
        throw StorageError(StorageError::Kind::TooNew,
                           tr("%1 was written by a newer Keyledger (schema %2; this build knows %3).")
                               .arg(connection.path())
                               .arg(version)
                               .arg(latestVersion()));
    // An older schema is readable as it is: migrations so far only add tables.
    if (version < 1)
        throw StorageError(StorageError::Kind::NotKeyledger,
                           tr("%1 has no Keyledger schema yet.").arg(connection.path()));
}

void SchemaMigrator::migrate(SqliteConnection& connection)
{
    if (currentVersion(connection) > latestVersion())
        checkReadable(connection); // throws TooNew before anything is written
    connection.enableWriteAheadLog();
    for (int target = 1; target <= latestVersion(); ++target) {
        connection.beginWrite();
        try {
            // Re-read under the write lock: another process may have migrated meanwhile.
            if (currentVersion(connection) >= target) {
                connection.commit();
                continue;
            }
            for (const QString& sql : step(target))
                connection.exec(sql);
            if (target == 1) {
                connection.exec(QStringLiteral("INSERT INTO store_info(key, value) VALUES "
                                               "('created_at', '%1'), ('created_by', 'Keyledger %2')")
                                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                         QStringLiteral(KEYLEDGER_VERSION)));
            }
            connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
            connection.commit();
        } catch (...) {
            connection.rollback();
            throw;
        }
    }
}

} // namespace keyledger
