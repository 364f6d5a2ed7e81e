#include "support/TestStores.h"

#include "store/SqliteEventStore.h"
#include "store/StoreErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;
using keyledger::test::TestStores;

class TstSqliteConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheFolderOfANewStore();
    void missingStoreIsReportedAndNotCreated();
    void foreignFilesAreRefusedUntouched_data();
    void foreignFilesAreRefusedUntouched();
    void damagedStoreIsReportedAsCorrupt();
    void readOnlyStoreIsReported();

private:
    static void expectRefusedUntouched(const QString& path, SqliteConnection::OpenMode mode,
                                       StorageError::Kind kind);
};

void TstSqliteConnection::expectRefusedUntouched(const QString& path, SqliteConnection::OpenMode mode,
                                                 StorageError::Kind kind)
{
    const QByteArray before = TestStores::readFile(path);
    try {
        SqliteEventStore store(path, mode);
        QFAIL("the file should have been refused");
    } catch (const StorageError& e) {
        QCOMPARE(e.kind(), kind);
        QVERIFY(e.message().contains(QFileInfo(path).fileName()));
    }
    QCOMPARE(TestStores::readFile(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TstSqliteConnection::createsTheFolderOfANewStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/keyledger.db"));
    SqliteEventStore store(path, SqliteConnection::OpenMode::CreateIfMissing);
    QVERIFY(QFile::exists(path));
}

void TstSqliteConnection::missingStoreIsReportedAndNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.db"));
    for (const auto mode : {SqliteConnection::OpenMode::MustExist, SqliteConnection::OpenMode::ReadOnly}) {
        try {
            SqliteEventStore store(path, mode);
            QFAIL("a missing store must be reported");
        } catch (const StorageError& e) {
            QCOMPARE(e.kind(), StorageError::Kind::Missing);
        }
        QVERIFY(!QFile::exists(path));
    }
}

void TstSqliteConnection::foreignFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("sql");      // run through sqlite3 when not empty
    QTest::addColumn<QByteArray>("contents"); // written as is otherwise
    QTest::newRow("text file") << QByteArray() << QByteArray("name,email\nada,ada@example.org\n");
    QTest::newRow("binary junk") << QByteArray() << QByteArray(5000, '\x7f');
    QTest::newRow("empty file") << QByteArray() << QByteArray();
    QTest::newRow("another app's SQLite database")
        << QByteArray(
               "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES(1, 'hello');")
        << QByteArray();
}

void TstSqliteConnection::foreignFilesAreRefusedUntouched()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (!sql.isEmpty()) {
        TestStores::runSql(path, sql);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    expectRefusedUntouched(path, SqliteConnection::OpenMode::MustExist, StorageError::Kind::NotKeyledger);
    if (!contents.isEmpty() || !sql.isEmpty()) // an empty file may become a new store when asked to create
        expectRefusedUntouched(path, SqliteConnection::OpenMode::CreateIfMissing,
                               StorageError::Kind::NotKeyledger);
}

void TstSqliteConnection::damagedStoreIsReportedAsCorrupt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        SqliteEventStore store(path, SqliteConnection::OpenMode::CreateIfMissing);
        for (int i = 0; i < 50; ++i)
            store.append(QStringLiteral("s%1").arg(i), TestStores::events(20), ExpectedVersion::any());
        store.connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // Overwrite everything after the first page (the header stays ours): the schema and
    // the data pages are garbage.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(int(file.size()) - 4096, '\xA5'));
    }
    const QByteArray before = TestStores::readFile(path);
    bool reported = false;
    try {
        SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
        store.verifyChain();
    } catch (const StorageError& e) {
        reported = true;
        QVERIFY2(e.kind() == StorageError::Kind::Corrupt, qPrintable(e.message()));
    }
    QVERIFY(reported);
    QCOMPARE(TestStores::readFile(path), before);
}

void TstSqliteConnection::readOnlyStoreIsReported()
{
    if (QFileInfo(QDir::rootPath()).isWritable() && qEnvironmentVariable("USER") == QLatin1String("root")) {
        // Root ignores file permissions; the check is on the permission bits, which still apply.
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    {
        SqliteEventStore store(path, SqliteConnection::OpenMode::CreateIfMissing);
        store.append(QStringLiteral("s"), TestStores::events(1), ExpectedVersion::any());
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    try {
        SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
        QFAIL("a read-only store must be reported when opened for writing");
    } catch (const StorageError& e) {
        QCOMPARE(e.kind(), StorageError::Kind::ReadOnly);
    }
    SqliteEventStore reader(path, SqliteConnection::OpenMode::ReadOnly);
    QCOMPARE(reader.lastPosition(), 1);
    QVERIFY(reader.verifyChain().ok);
}

QTEST_GUILESS_MAIN(TstSqliteConnection)
#include "tst_sqliteconnection.moc"
