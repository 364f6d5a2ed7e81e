#pragma once

#include <QCoreApplication>

#include "store/EventStore.h"
#include "store/SqliteConnection.h"

#include <memory>
#include <optional>

namespace keyledger {

class PersonalDataVault;
class PersonalKeyring;
class SqliteStatement;
class StoreNotifier;
class UpcasterRegistry;

// The embedded event store: one SQLite file, one connection per instance. An instance belongs
// to the thread that created it; give each thread its own instance on the same file. SQLite
// serialises writers (BEGIN IMMEDIATE), which keeps positions gapless and the chain linear
// across threads and processes.
class SqliteEventStore : public EventStore
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::SqliteEventStore)

public:
    SqliteEventStore(const QString& path, SqliteConnection::OpenMode mode,
                     const UpcasterRegistry* upcasters = nullptr, StoreNotifier* notifier = nullptr);
    ~SqliteEventStore() override;

    AppendResult append(const AppendRequest& request) override;
    using EventStore::append;
    QList<RecordedEvent> readStream(const QString& streamId, qint64 fromVersion = 1) override;
    QList<ReplayEvent> replayStream(const QString& streamId, qint64 fromVersion = 1) override;
    QList<RecordedEvent> readAll(qint64 fromPosition, int maxCount) override;
    qint64 lastPosition() override;
    qint64 streamVersion(const QString& streamId) override;
    QString claimOwner(const QString& scope, const QString& value) override;
    ChainReport verifyChain(const Progress& progress = {}) override;

    // Crypto-shredding of one stream's personal data, in one transaction: appends `erasure`
    // (the UserPersonalDataErased event), destroys the stream's key, releases its unique
    // claims, discards its undelivered outbox rows that carry personal data (they could only
    // send "[erased]" now) and clears the outbox's error texts; then checkpoints and truncates
    // the WAL. Throws KeyledgerError when the stream does not exist or was erased already.
    struct ErasureResult
    {
        AppendResult append;
        int discardedDeliveries = 0;
        bool walTruncated = false; // false: a reader elsewhere kept old WAL frames alive
    };
    ErasureResult erasePersonalData(const QString& streamId, const NewEvent& erasure);
    bool isErased(const QString& streamId);

    SqliteConnection& connection() { return *m_connection; }

private:
    struct Head
    {
        qint64 position = 0;
        QByteArray hash;
    };

    SqliteStatement& statement(std::unique_ptr<SqliteStatement>& slot, const char* sql);
    std::optional<AppendResult> findAlreadyAppended(const AppendRequest& request);
    AppendResult appendInTransaction(const AppendRequest& request);
    void openPersonal(QJsonObject& data, QByteArrayView streamUtf8, QByteArrayView eventId);
    Head head();
    void applyClaims(const AppendRequest& request, qint64 position);
    void applySettlements(const AppendRequest& request);
    QList<RecordedEvent> readRows(SqliteStatement& query, qsizetype expectedRows = 0);
    void fillFirstAndLastActor(const QByteArray& streamUtf8, QList<ReplayEvent>& events);
    RecordedEvent toRecordedEvent(const SqliteStatement& row);

    std::unique_ptr<SqliteConnection> m_connection;
    const UpcasterRegistry* m_upcasters;
    StoreNotifier* m_notifier;

    // Prepared on first use; declared after the connection so they are finalised before it closes.
    std::unique_ptr<SqliteStatement> m_insertEvent;
    std::unique_ptr<SqliteStatement> m_insertOutbox;
    std::unique_ptr<SqliteStatement> m_settleOutbox;
    std::unique_ptr<SqliteStatement> m_findEvent;
    std::unique_ptr<SqliteStatement> m_streamVersion;
    std::unique_ptr<SqliteStatement> m_lastPosition;
    std::unique_ptr<SqliteStatement> m_head;
    std::unique_ptr<SqliteStatement> m_sequence;
    std::unique_ptr<SqliteStatement> m_readStream;
    std::unique_ptr<SqliteStatement> m_readAll;
    std::unique_ptr<SqliteStatement> m_replayStream;
    std::unique_ptr<SqliteStatement> m_replayActors;
    std::unique_ptr<SqliteStatement> m_claimOwner;
    std::unique_ptr<SqliteStatement> m_insertClaim;
    std::unique_ptr<SqliteStatement> m_releaseClaim;
    // Personal data is sealed on append and opened on read (after the statements: it holds some).
    std::unique_ptr<PersonalKeyring> m_keyring;
    std::unique_ptr<PersonalDataVault> m_vault;
    // The events of one append share their metadata: the text read last and what it parsed to.
    QByteArray m_lastMetadataText;
    EventMetadata m_lastMetadata;
};

} // namespace keyledger
