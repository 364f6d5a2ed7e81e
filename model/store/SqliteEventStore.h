#pragma once

#include <QCoreApplication>

#include "store/EventStore.h"
#include "store/SqliteConnection.h"

#include <QSqlQuery>

#include <memory>
#include <optional>

namespace keyledger {

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
    QList<RecordedEvent> readAll(qint64 fromPosition, int maxCount) override;
    qint64 lastPosition() override;
    qint64 streamVersion(const QString& streamId) override;
    QString claimOwner(const QString& scope, const QString& value) override;
    ChainReport verifyChain(const Progress& progress = {}) override;

    SqliteConnection& connection() { return *m_connection; }

private:
    struct Head
    {
        qint64 position = 0;
        QByteArray hash;
    };

    QSqlQuery& prepared(std::optional<QSqlQuery>& slot, const QString& sql);
    void execPrepared(QSqlQuery& query, const QString& what);
    std::optional<AppendResult> findAlreadyAppended(const AppendRequest& request);
    Head head();
    void applyClaims(const AppendRequest& request, qint64 position);
    QList<RecordedEvent> readRows(QSqlQuery& query);
    RecordedEvent toRecordedEvent(const QSqlQuery& query) const;

    std::unique_ptr<SqliteConnection> m_connection;
    const UpcasterRegistry* m_upcasters;
    StoreNotifier* m_notifier;

    std::optional<QSqlQuery> m_insertEvent;
    std::optional<QSqlQuery> m_insertOutbox;
    std::optional<QSqlQuery> m_findEvent;
    std::optional<QSqlQuery> m_streamVersion;
    std::optional<QSqlQuery> m_head;
    std::optional<QSqlQuery> m_sequence;
    std::optional<QSqlQuery> m_readStream;
    std::optional<QSqlQuery> m_readAll;
    std::optional<QSqlQuery> m_claimOwner;
    std::optional<QSqlQuery> m_insertClaim;
    std::optional<QSqlQuery> m_releaseClaim;
};

} // namespace keyledger
