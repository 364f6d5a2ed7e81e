// The outbox as the sync worker and the status bar read it: per-user heads in order, a refused
// head blocking the rows behind it, and counts that match the rows whatever their states.
#include "commands/UserCommandHandler.h"
#include "domain/UserAggregate.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

class TestSqliteOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatchTheRows();
    void headsAreOldestPerUserAndARefusalBlocks();
};

namespace {

CommandContext admin()
{
    return CommandContext{QStringLiteral("tester@tests"), EventMetadata::sourceLocal(), {}};
}

QUuid createUser(UserCommandHandler& users, const QString& name)
{
    CreateUser create;
    create.username = name;
    create.email = name + QStringLiteral("@example.org");
    return users.create(create, admin()).userId;
}

void rename(UserCommandHandler& users, const QUuid& id, const QString& firstName)
{
    UpdateUserProfile update;
    update.firstName = firstName;
    users.updateProfile(id, update, admin());
}

} // namespace

void TestSqliteOutbox::countsMatchTheRows()
{
    QTemporaryDir dir;
    SqliteEventStore store(dir.filePath(QStringLiteral("k.db")), SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler users(store);
    SqliteOutbox outbox(store.connection());
    QCOMPARE(outbox.counts().pending + outbox.counts().delivered, qint64(0)); // an empty outbox

    const QUuid ada = createUser(users, QStringLiteral("ada"));
    const QUuid bob = createUser(users, QStringLiteral("bob"));
    const QUuid cy = createUser(users, QStringLiteral("cyd"));
    const QUuid dee = createUser(users, QStringLiteral("dee"));
    rename(users, ada, QStringLiteral("Ada"));
    rename(users, bob, QStringLiteral("Bob"));
    const CommandContext sync{QStringLiteral("sync@test"), QStringLiteral("keycloak-sync"), {}};
    auto headOf = [&outbox](const QUuid& id) {
        return outbox.head(UserAggregate::streamIdFor(id))->position;
    };
    users.recordSynced(ada,
                       UserSyncedToKeycloak{QStringLiteral("kc-ada"), headOf(ada), QStringLiteral("create")},
                       sync, true);
    users.recordSynced(ada,
                       UserSyncedToKeycloak{QStringLiteral("kc-ada"), headOf(ada), QStringLiteral("update")},
                       sync, true);
    users.recordSyncFailed(
        bob, UserSyncFailed{headOf(bob), QStringLiteral("create"), 409, QStringLiteral("taken")}, sync, true);
    const qint64 cyCreate = headOf(cy);
    users.recordSyncFailed(cy, UserSyncFailed{cyCreate, QStringLiteral("create"), 400, QStringLiteral("bad")},
                           sync, true);
    users.discardSync(cy, cyCreate, QStringLiteral("create"), admin());
    Q_UNUSED(dee)

    // The same figures counted row by row, independently of counts().
    QHash<QString, qint64> expected;
    QSqlQuery rows(store.connection().database());
    QVERIFY(rows.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")));
    while (rows.next())
        expected.insert(rows.value(0).toString(), rows.value(1).toLongLong());
    const OutboxCounts counts = outbox.counts();
    QCOMPARE(counts.delivered, expected.value(QStringLiteral("delivered")));
    QCOMPARE(counts.pending, expected.value(QStringLiteral("pending")));
    QCOMPARE(counts.failed, expected.value(QStringLiteral("failed")));
    QCOMPARE(counts.discarded, expected.value(QStringLiteral("discarded")));
    QCOMPARE(counts.delivered, qint64(2));
    QCOMPARE(counts.pending, qint64(2)); // bob's update behind his refusal, dee's create
    QCOMPARE(counts.failed, qint64(1));
    QCOMPARE(counts.discarded, qint64(1));
    QCOMPARE(counts.blockedUsers, qint64(1));
}

void TestSqliteOutbox::headsAreOldestPerUserAndARefusalBlocks()
{
    QTemporaryDir dir;
    SqliteEventStore store(dir.filePath(QStringLiteral("k.db")), SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler users(store);
    SqliteOutbox outbox(store.connection());
    const QUuid ada = createUser(users, QStringLiteral("ada"));
    const QUuid bob = createUser(users, QStringLiteral("bob"));
    rename(users, ada, QStringLiteral("Ada"));
    rename(users, bob, QStringLiteral("Bob"));

    QList<OutboxEntry> heads = outbox.dueHeads(QDateTime::currentMSecsSinceEpoch(), 10);
    QCOMPARE(heads.size(), 2); // one per user: the creates, oldest first
    QCOMPARE(heads.at(0).streamId, UserAggregate::streamIdFor(ada));
    QCOMPARE(heads.at(0).eventType, QStringLiteral("UserCreated"));
    QCOMPARE(heads.at(1).eventType, QStringLiteral("UserCreated"));
    QCOMPARE(
        outbox.dueHeads(QDateTime::currentMSecsSinceEpoch(), 10, {UserAggregate::streamIdFor(ada)}).size(),
        1);

    // A refused create stops bob's queue: his update is not due.
    const CommandContext sync{QStringLiteral("sync@test"), QStringLiteral("keycloak-sync"), {}};
    users.recordSyncFailed(
        bob, UserSyncFailed{heads.at(1).position, QStringLiteral("create"), 409, QStringLiteral("taken")},
        sync, true);
    heads = outbox.dueHeads(QDateTime::currentMSecsSinceEpoch(), 10);
    QCOMPARE(heads.size(), 1);
    QCOMPARE(heads.at(0).streamId, UserAggregate::streamIdFor(ada));
    // A transient failure waits until its time.
    outbox.scheduleRetry(heads.at(0).position, QDateTime::currentMSecsSinceEpoch() + 60'000,
                         QStringLiteral("timeout"));
    QVERIFY(outbox.dueHeads(QDateTime::currentMSecsSinceEpoch(), 10).isEmpty());
    QVERIFY(*outbox.nextDueAt() > QDateTime::currentMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestSqliteOutbox)
#include "tst_sqliteoutbox.moc"
