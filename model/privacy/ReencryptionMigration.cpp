#include "privacy/ReencryptionMigration.h"

#include "privacy/PersonalDataVault.h"
#include "privacy/PersonalKeyring.h"
#include "store/HashChain.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"
#include "store/StoreErrors.h"

#include <QDateTime>
#include <QJsonDocument>

#include <vector>

namespace keyledger {

void ReencryptionMigration::start(SqliteConnection& connection)
{
    SqliteStatement head(connection, "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1");
    if (!head.step())
        return;
    const qint64 position = head.int64(0);
    const QByteArray hash = head.blob(1);
    head.reset();
    SqliteStatement insert(
        connection, "INSERT INTO chain_epochs(reason, old_head_position, old_head_hash, cursor_position, "
                    "cursor_old_hash, started_at) VALUES (?, ?, ?, 0, ?, ?)");
    insert.bind(1, reason().toUtf8());
    insert.bind(2, position);
    insert.bindBlob(3, hash);
    insert.bindBlob(4, HashChain::genesis());
    insert.bind(5, QDateTime::currentMSecsSinceEpoch());
    insert.step();
}

ReencryptionMigration::ReencryptionMigration(SqliteConnection& connection, int batchSize)
    : m_connection(connection)
    , m_batchSize(std::max(1, batchSize))
{}

bool ReencryptionMigration::run(int maxBatches)
{
    if (m_connection.isReadOnly())
        return false;
    for (int batch = 0; maxBatches < 0 || batch < maxBatches; ++batch) {
        if (runBatch())
            return true;
    }
    return false;
}

bool ReencryptionMigration::runBatch()
{
    PersonalKeyring keyring(m_connection);
    PersonalDataVault vault(keyring);
    m_connection.beginWrite();
    try {
        // Re-read under the write lock: another process may be migrating the same file.
        SqliteStatement epochQuery(m_connection,
                                   "SELECT epoch, cursor_position, cursor_old_hash FROM chain_epochs "
                                   "WHERE finished_at IS NULL ORDER BY epoch LIMIT 1");
        if (!epochQuery.step()) {
            epochQuery.reset();
            m_connection.commit();
            return true;
        }
        const qint64 epoch = epochQuery.int64(0);
        qint64 cursor = epochQuery.int64(1);
        QByteArray previousOld = epochQuery.blob(2);
        epochQuery.reset();

        QByteArray previousNew = HashChain::genesis();
        if (cursor > 0) {
            SqliteStatement at(m_connection, "SELECT hash FROM events WHERE position = ?");
            at.bind(1, cursor);
            if (at.step())
                previousNew = at.blob(0);
            at.reset();
        }

        // Up to the ledger's end, not only the recorded old head: an older Keyledger still open
        // on the file may have appended meanwhile, chained to the old hashes.
        SqliteStatement rows(
            m_connection, "SELECT position, event_id, stream_id, stream_version, event_type, schema_version, "
                          "data, metadata, recorded_at, previous_hash, hash FROM events WHERE position > ? "
                          "ORDER BY position LIMIT ?");
        SqliteStatement update(m_connection,
                               "UPDATE events SET data = ?, previous_hash = ?, hash = ? WHERE position = ?");
        rows.bind(1, cursor);
        rows.bind(2, qint64(m_batchSize));
        // The batch is read whole before it is rewritten: no UPDATE under a running SELECT.
        struct Stored
        {
            ChainedRow row;
            QByteArray previousHash;
            QByteArray hash;
        };
        std::vector<Stored> batch;
        batch.reserve(std::size_t(m_batchSize));
        while (rows.step()) {
            Stored s;
            s.row.position = rows.int64(0);
            s.row.eventId = rows.text(1);
            s.row.streamId = rows.text(2);
            s.row.streamVersion = rows.int64(3);
            s.row.type = rows.text(4);
            s.row.schemaVersion = int(rows.int64(5));
            s.row.data = rows.text(6);
            s.row.metadata = rows.text(7);
            s.row.recordedAtMs = rows.int64(8);
            s.previousHash = rows.blob(9);
            s.hash = rows.blob(10);
            batch.push_back(std::move(s));
        }
        rows.reset();

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (Stored& stored : batch) {
            ChainedRow& row = stored.row;
            if (row.position != cursor + 1 || stored.previousHash != previousOld ||
                HashChain::hash(previousOld, row) != stored.hash)
                throw StorageError(
                    StorageError::Kind::Corrupt,
                    tr("The ledger %1 does not verify at position %2, so its personal data was "
                       "not re-encrypted from there on (that would hide the damage). Check it "
                       "with the previous Keyledger's verify.")
                        .arg(m_connection.path())
                        .arg(cursor + 1));

            QJsonObject data = QJsonDocument::fromJson(row.data).object();
            if (PersonalDataVault::needsSealing(data)) {
                vault.seal(data, row.streamId, row.eventId, now);
                row.data = QJsonDocument(data).toJson(QJsonDocument::Compact);
            }
            QByteArray newHash = HashChain::hash(previousNew, row);
            update.bind(1, row.data);
            update.bindBlob(2, previousNew);
            update.bindBlob(3, newHash);
            update.bind(4, row.position);
            update.step();
            update.reset();

            cursor = row.position;
            previousOld = stored.hash;
            previousNew = std::move(newHash);
        }
        const qsizetype count = qsizetype(batch.size());

        SqliteStatement progress(
            m_connection, "UPDATE chain_epochs SET cursor_position = ?, cursor_old_hash = ? WHERE epoch = ?");
        progress.bind(1, cursor);
        progress.bindBlob(2, previousOld);
        progress.bind(3, epoch);
        progress.step();
        progress.reset();
        const bool finished = count < m_batchSize;
        if (finished) {
            // The new chain's hash at the old head: verify checks it, and it is what the recorded
            // old head hash now corresponds to.
            SqliteStatement done(m_connection,
                                 "UPDATE chain_epochs SET new_head_hash = (SELECT hash FROM events WHERE "
                                 "position = old_head_position), finished_at = ? WHERE epoch = ?");
            done.bind(1, now);
            done.bind(2, epoch);
            done.step();
            done.reset();
        }
        m_connection.commit();
        return finished;
    } catch (...) {
        m_connection.rollback();
        keyring.discardCache();
        throw;
    }
}

} // namespace keyledger
