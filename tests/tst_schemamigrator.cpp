#include "support/TestStores.h"

#include "domain/UserAggregate.h"
#include "store/SchemaMigrator.h"
#include "store/SqliteEventStore.h"
#include "store/StoreErrors.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;
using keyledger::test::TestStores;

class TstSchemaMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newStoreIsAtLatestVersion();
    void opensAStoreWrittenAtSchemaV1();
    void refusesAStoreFromANewerKeyledger();
    void migrationIsIdempotentAcrossConnections();

private:
    static QByteArray fixture()
    {
        QFile file(QStringLiteral(KEYLEDGER_TEST_DATA_DIR "/store-v1.sql"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

void TstSchemaMigrator::newStoreIsAtLatestVersion()
{
    QTemporaryDir dir;
    SqliteEventStore store(dir.filePath(QStringLiteral("new.db")),
                           SqliteConnection::OpenMode::CreateIfMissing);
    QCOMPARE(SchemaMigrator::currentVersion(store.connection()), SchemaMigrator::latestVersion());
    QSqlQuery q(store.connection().database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), SqliteConnection::ApplicationId);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TstSchemaMigrator::opensAStoreWrittenAtSchemaV1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    const QByteArray sql = fixture();
    QVERIFY(!sql.isEmpty());
    TestStores::runSql(path, sql);

    SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
    QCOMPARE(SchemaMigrator::currentVersion(store.connection()), SchemaMigrator::latestVersion());

    // The chain written by the old version (hashes computed outside this code base) was checked
    // and re-encrypted by schema 3; its old head is kept as the record of the chain epoch.
    const ChainReport report = store.verifyChain();
    QVERIFY2(report.ok, qPrintable(report.problem));
    QCOMPARE(report.headPosition, 3);
    QCOMPARE(report.epochs, 1);
    QSqlQuery epoch(store.connection().database());
    QVERIFY(epoch.exec(QStringLiteral("SELECT old_head_position, hex(old_head_hash), hex(new_head_hash) "
                                      "FROM chain_epochs")) &&
            epoch.next());
    QCOMPARE(epoch.value(0).toInt(), 3);
    QCOMPARE(epoch.value(1).toString().toLower(),
             QStringLiteral("3f23bbab180acaedc93ca62396512d0994b3a5af77bdd90cbcc59ba5df6d8260"));
    QCOMPARE(epoch.value(2).toString().toLower(), QString::fromLatin1(report.headHash.toHex()));

    // Its events rebuild the user; the new outbox table works; the claim still holds.
    const QString stream = QStringLiteral("user-0190a1b2-0000-7000-8000-0000000000aa");
    const UserAggregate ada = UserAggregate::fromHistory(store.readStream(stream));
    QCOMPARE(ada.state().personal.username, QStringLiteral("ada"));
    QCOMPARE(ada.state().organizationId, QStringLiteral("initech"));
    QVERIFY(ada.state().emailVerified);
    QCOMPARE(store.claimOwner(QStringLiteral("username"), QStringLiteral("ada")), stream);

    NewEvent next = TestStores::event(QStringLiteral("UserDisabled"));
    next.needsDelivery = true;
    const AppendResult r = store.append(stream, {next}, ExpectedVersion::exact(3));
    QCOMPARE(r.lastPosition, 4);
    QSqlQuery q(store.connection().database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(store.verifyChain().ok);
}

void TstSchemaMigrator::refusesAStoreFromANewerKeyledger()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    TestStores::runSql(path, fixture() + "PRAGMA user_version = 99;");
    const QByteArray before = TestStores::sha256OfFile(path);
    try {
        SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
        QFAIL("a newer schema must be refused");
    } catch (const StorageError& e) {
        QCOMPARE(e.kind(), StorageError::Kind::TooNew);
        QVERIFY(e.message().contains(QStringLiteral("newer")));
    }
    QCOMPARE(TestStores::sha256OfFile(path), before);
}

void TstSchemaMigrator::migrationIsIdempotentAcrossConnections()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    TestStores::runSql(path, fixture());
    SqliteEventStore first(path, SqliteConnection::OpenMode::MustExist);
    SqliteEventStore second(path, SqliteConnection::OpenMode::MustExist);
    QCOMPARE(SchemaMigrator::currentVersion(second.connection()), SchemaMigrator::latestVersion());
    QCOMPARE(second.lastPosition(), 3);
}

QTEST_GUILESS_MAIN(TstSchemaMigrator)
#include "tst_schemamigrator.moc"
