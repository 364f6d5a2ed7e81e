#include "store/SchemaMigrator.h"

#include "privacy/ReencryptionMigration.h"
#include "store/SqliteConnection.h"
#include "store/StoreErrors.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

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

// Version 3: personal data encrypted with a per-user key (crypto-shredding). The keys live in
// their own table; erasing a user destroys the key and keeps the row as the record of it.
// chain_epochs records each rewrite of the chain (the re-encryption of the events stored before
// version 3): the old head, and how far the rewrite got, so that it resumes after a crash and
// verify can check the chain across the boundary (docs/hash-chain.md).
const QStringList v3 = {
    QStringLiteral(R"(CREATE TABLE personal_keys (
        stream_id   TEXT    PRIMARY KEY,
        key         BLOB,                  -- 32 random bytes; NULL once erased
        created_at  INTEGER NOT NULL,
        erased_at   INTEGER                -- UTC milliseconds; NULL while the key lives
    ) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE chain_epochs (
        epoch              INTEGER PRIMARY KEY,
        reason             TEXT    NOT NULL,
        old_head_position  INTEGER NOT NULL,  -- the chain head before the rewrite
        old_head_hash      BLOB    NOT NULL,
        cursor_position    INTEGER NOT NULL,  -- rows up to here are rewritten
        cursor_old_hash    BLOB    NOT NULL,  -- their old hash at the cursor (links to the old chain)
        new_head_hash      BLOB,              -- hash at old_head_position in the new chain, once done
        started_at         INTEGER NOT NULL,
        finished_at        INTEGER
    ))"),
};

} // namespace

int SchemaMigrator::latestVersion()
{
    return 3;
}

QStringList SchemaMigrator::step(int toVersion)
{
    switch (toVersion) {
    case 1:
        return v1;
    case 2:
        return v2;
    case 3:
        return v3;
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
    migrateSchema(connection, latestVersion());
    ReencryptionMigration(connection).run();
}

void SchemaMigrator::migrateSchema(SqliteConnection& connection, int targetVersion)
{
    if (currentVersion(connection) > latestVersion())
        checkReadable(connection); // throws TooNew before anything is written
    connection.enableWriteAheadLog();
    for (int target = 1; target <= std::min(targetVersion, latestVersion()); ++target) {
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
            if (target == 3)
                ReencryptionMigration::start(connection); // with the tables: never a v3 store without its epoch

            connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
            connection.commit();
        } catch (...) {
            connection.rollback();
            throw;
        }
    }
}

} // namespace keyledger
