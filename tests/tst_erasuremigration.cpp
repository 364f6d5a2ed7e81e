// Schema 3's re-encryption of stores written before it: real v1/v2 files, migrated by the real
// migrator, interrupted after a few batches and resumed.
#include "support/TestStores.h"

#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "privacy/ReencryptionMigration.h"
#include "store/HashChain.h"
#include "store/SchemaMigrator.h"
#include "store/SqliteConnection.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"
#include "store/StoreErrors.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;
using keyledger::test::TestStores;

namespace {

QString firstNameOf(int user)
{
    return QStringLiteral("Hypatiaxq%1").arg(user);
}

// Writes a store exactly as schema 2 did: plaintext personal objects, the chain over them.
void writeV2Store(const QString& path, int users)
{
    SqliteConnection connection(path, SqliteConnection::OpenMode::CreateIfMissing);
    SchemaMigrator::migrateSchema(connection, 2);
    QCOMPARE(SchemaMigrator::currentVersion(connection), 2);
    SqliteStatement insert(connection,
                           "INSERT INTO events(position, event_id, stream_id, stream_version, "
                           "event_type, schema_version, data, metadata, recorded_at, previous_hash, "
                           "hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    connection.beginWrite();
    QByteArray previous = HashChain::genesis();
    qint64 position = 0;
    for (int u = 0; u < users; ++u) {
        const QUuid id = QUuid::createUuid();
        UserCreated created;
        created.userId = id;
        created.personal =
            PersonalData{QStringLiteral("user%1").arg(u), QStringLiteral("u%1@old.example").arg(u),
                         firstNameOf(u), QStringLiteral("Alexandrina")};
        created.organizationId = QStringLiteral("org%1").arg(u % 3);
        UserUpdated updated;
        updated.changes = {
            FieldChange{QStringLiteral("lastName"), QStringLiteral("Alexandrina"),
                        QStringLiteral("Of-Alexandria%1").arg(u)},
            FieldChange{QStringLiteral("organizationId"), created.organizationId, QStringLiteral("org9")}};
        const QList<UserEvent> events{created, updated, UserDisabled{}};
        qint64 version = 0;
        for (const UserEvent& event : events) {
            const UserEventCodec::Encoded encoded = UserEventCodec::encode(event);
            ChainedRow row;
            row.position = ++position;
            row.eventId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            row.streamId = UserAggregate::streamIdFor(id).toUtf8();
            row.streamVersion = ++version;
            row.type = encoded.type.toUtf8();
            row.schemaVersion = encoded.schemaVersion;
            row.data = QJsonDocument(encoded.data).toJson(QJsonDocument::Compact);
            row.metadata = QByteArrayLiteral("{\"actor\":\"old@desk\",\"source\":\"local\"}");
            row.recordedAtMs = 1700000000000 + position;
            const QByteArray hash = HashChain::hash(previous, row);
            insert.bind(1, row.position);
            insert.bind(2, row.eventId);
            insert.bind(3, row.streamId);
            insert.bind(4, row.streamVersion);
            insert.bind(5, row.type);
            insert.bind(6, qint64(row.schemaVersion));
            insert.bind(7, row.data);
            insert.bind(8, row.metadata);
            insert.bind(9, row.recordedAtMs);
            insert.bindBlob(10, previous);
            insert.bindBlob(11, hash);
            insert.step();
            insert.reset();
            previous = hash;
        }
    }
    connection.commit();
}

// position -> data as the file holds it now (plaintext before the migration).
QMap<qint64, QJsonObject> storedData(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::OpenMode::ReadOnly);
    QMap<qint64, QJsonObject> data;
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("SELECT position, data FROM events ORDER BY position")))
        return data;
    while (q.next())
        data.insert(q.value(0).toLongLong(), QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    return data;
}

struct Head
{
    qint64 position = 0;
    QByteArray hash;
};

Head headOf(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::OpenMode::ReadOnly);
    QSqlQuery q(connection.database());
    Head head;
    if (q.exec(QStringLiteral("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1")) &&
        q.next())
        head = Head{q.value(0).toLongLong(), q.value(1).toByteArray()};
    return head;
}

// Every event read back through the store equals the plaintext written before the migration.
void compareReadBack(SqliteEventStore& store, const QMap<qint64, QJsonObject>& before)
{
    const QList<RecordedEvent> events = store.readAll(1, int(before.size()) + 10);
    QCOMPARE(events.size(), before.size());
    for (const RecordedEvent& event : events)
        QCOMPARE(event.data, before.value(event.position));
}

} // namespace

class TstErasureMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v2StoreMigratesVerifiesAndReadsTheSamePlaintext();
    void v1FixtureMigratesAndReadsTheSamePlaintext();
    void migrationResumesAfterInterruption();
    void tamperedOldChainIsNotReencrypted();
    void epochRecordIsChecked();
};

void TstErasureMigration::v2StoreMigratesVerifiesAndReadsTheSamePlaintext()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    writeV2Store(path, 40);
    const QMap<qint64, QJsonObject> before = storedData(path);
    const Head oldHead = headOf(path);
    QCOMPARE(oldHead.position, 120);
    QVERIFY(TestStores::readFile(path).contains(firstNameOf(7).toUtf8()));

    {
        SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
        QCOMPARE(SchemaMigrator::currentVersion(store.connection()), 3);
        const ChainReport report = store.verifyChain();
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.epochs, 1);
        QVERIFY(!report.rewriteInProgress);
        QCOMPARE(report.headPosition, oldHead.position);
        QVERIFY(report.headHash != oldHead.hash); // the chain now covers the ciphertext

        QSqlQuery epoch(store.connection().database());
        QVERIFY(epoch.exec(QStringLiteral("SELECT reason, old_head_position, old_head_hash, new_head_hash, "
                                          "finished_at IS NOT NULL FROM chain_epochs")) &&
                epoch.next());
        QCOMPARE(epoch.value(0).toString(), ReencryptionMigration::reason());
        QCOMPARE(epoch.value(1).toLongLong(), oldHead.position);
        QCOMPARE(epoch.value(2).toByteArray(), oldHead.hash);
        QCOMPARE(epoch.value(3).toByteArray(), report.headHash);
        QVERIFY(epoch.value(4).toBool());

        compareReadBack(store, before);
        const UserAggregate user =
            UserAggregate::fromHistory(store.replayStream(store.readAll(1, 1).constFirst().streamId));
        QCOMPARE(user.state().personal.firstName, firstNameOf(0));
        QCOMPARE(user.state().personal.lastName, QStringLiteral("Of-Alexandria0"));
    }
    // Stored sealed; secure_delete left no copy of the old rows in the file.
    const QByteArray bytes = TestStores::readFile(path) + TestStores::readFile(path + QStringLiteral("-wal"));
    for (int u = 0; u < 40; ++u)
        QVERIFY2(!bytes.contains(firstNameOf(u).toUtf8()), qPrintable(firstNameOf(u)));
    QVERIFY(!bytes.contains("Of-Alexandria"));
}

void TstErasureMigration::v1FixtureMigratesAndReadsTheSamePlaintext()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    QFile fixture(QStringLiteral(KEYLEDGER_TEST_DATA_DIR "/store-v1.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    TestStores::runSql(path, fixture.readAll());
    const QMap<qint64, QJsonObject> before = storedData(path);
    QVERIFY(!before.isEmpty());

    SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
    QVERIFY(store.verifyChain().ok);
    compareReadBack(store, before);
    QSqlQuery sealed(store.connection().database());
    QVERIFY(sealed.exec(QStringLiteral("SELECT count(*) FROM events WHERE json_extract(data, "
                                       "'$.personal.\"$sealed\"') IS NOT NULL")) &&
            sealed.next());
    QVERIFY(sealed.value(0).toInt() >= 1);
}

void TstErasureMigration::migrationResumesAfterInterruption()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    writeV2Store(path, 100); // 300 events
    const QMap<qint64, QJsonObject> before = storedData(path);
    const Head oldHead = headOf(path);

    {
        // What a crash after two batches leaves: schema 3, the epoch, 2 x 50 rows rewritten.
        SqliteConnection connection(path, SqliteConnection::OpenMode::MustExist);
        SchemaMigrator::migrateSchema(connection, 3);
        ReencryptionMigration partial(connection, 50);
        QVERIFY(!partial.run(2));
        QSqlQuery cursor(connection.database());
        QVERIFY(cursor.exec(QStringLiteral("SELECT cursor_position, finished_at FROM chain_epochs")) &&
                cursor.next());
        QCOMPARE(cursor.value(0).toLongLong(), 100);
        QVERIFY(cursor.value(1).isNull());
    }
    {
        // Half-migrated, the chain still verifies (across the cursor) and every event reads the
        // same, sealed or not yet.
        SqliteEventStore readOnly(path, SqliteConnection::OpenMode::ReadOnly);
        const ChainReport report = readOnly.verifyChain();
        QVERIFY2(report.ok, qPrintable(report.problem));
        QVERIFY(report.rewriteInProgress);
        QCOMPARE(report.headHash, oldHead.hash); // the tail is still the old chain
        compareReadBack(readOnly, before);
    }
    {
        SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist); // resumes
        const ChainReport report = store.verifyChain();
        QVERIFY2(report.ok, qPrintable(report.problem));
        QVERIFY(!report.rewriteInProgress);
        QVERIFY(report.headHash != oldHead.hash);
        compareReadBack(store, before);
        QSqlQuery q(store.connection().database());
        // Every non-empty personal object is sealed: the creates and the updates of 100 users.
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM events WHERE json_extract(data, '$.personal') != '{}' "
                    "AND json_extract(data, '$.personal.\"$sealed\"') IS NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE json_extract(data, "
                                      "'$.personal.\"$sealed\"') IS NOT NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 200);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM personal_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 100);
        QVERIFY(q.exec(QStringLiteral("SELECT old_head_hash, cursor_position FROM chain_epochs")) &&
                q.next());
        QCOMPARE(q.value(0).toByteArray(), oldHead.hash);
        QCOMPARE(q.value(1).toLongLong(), 300);
        // New appends chain onto the new head.
        store.append(QStringLiteral("user-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                     {TestStores::event(QStringLiteral("UserEnabled"))}, ExpectedVersion::any());
        QVERIFY(store.verifyChain().ok);
    }
}

void TstErasureMigration::tamperedOldChainIsNotReencrypted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    writeV2Store(path, 10);
    TestStores::runSql(path, "UPDATE events SET data = replace(data, 'org9', 'org8') WHERE position = 14;");
    try {
        SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
        QFAIL("a ledger that does not verify must not be re-encrypted");
    } catch (const StorageError& e) {
        QCOMPARE(e.kind(), StorageError::Kind::Corrupt);
        QVERIFY2(e.message().contains(QStringLiteral("14")), qPrintable(e.message()));
    }
    // Nothing of the failed batch stayed: the tampered row is still there for an old verify.
    SqliteConnection connection(path, SqliteConnection::OpenMode::ReadOnly);
    QSqlQuery q(connection.database());
    QVERIFY(q.exec(QStringLiteral("SELECT cursor_position FROM chain_epochs")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
}

void TstErasureMigration::epochRecordIsChecked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    writeV2Store(path, 5);
    {
        SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
        QVERIFY(store.verifyChain().ok);
    }
    // Rewriting the recorded epoch (to pass off another chain as the migrated one) is found.
    TestStores::runSql(path, "UPDATE chain_epochs SET new_head_hash = zeroblob(32);");
    SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
    const ChainReport report = store.verifyChain();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadPosition, 15);
}

QTEST_GUILESS_MAIN(TstErasureMigration)
#include "tst_erasuremigration.moc"
