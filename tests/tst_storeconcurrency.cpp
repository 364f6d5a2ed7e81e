#include "support/TestStores.h"

#include "commands/UserCommandHandler.h"
#include "domain/ValidationError.h"
#include "store/SqliteEventStore.h"
#include "store/StoreErrors.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace keyledger;
using keyledger::test::TestStores;

// Writers on separate connections and threads, as the GUI, its worker threads and a CLI
// process sharing one file are.
class TstStoreConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondConnectionSeesTheConflict();
    void twoThreadsRaceOnOneStream();
    void twoThreadsClaimTheSameUsername();
    void twoThreadsRunCommandsOnOneUser();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("shared.db")); }
    template <typename Work>
    static void runTwoThreads(Work work);

    std::unique_ptr<QTemporaryDir> m_dir;
};

template <typename Work>
void TstStoreConcurrency::runTwoThreads(Work work)
{
    QSemaphore start;
    std::unique_ptr<QThread> a(QThread::create([&] {
        start.acquire();
        work(0);
    }));
    std::unique_ptr<QThread> b(QThread::create([&] {
        start.acquire();
        work(1);
    }));
    a->start();
    b->start();
    start.release(2);
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
}

void TstStoreConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    SqliteEventStore create(path(), SqliteConnection::OpenMode::CreateIfMissing);
}

void TstStoreConcurrency::secondConnectionSeesTheConflict()
{
    SqliteEventStore first(path(), SqliteConnection::OpenMode::MustExist);
    SqliteEventStore second(path(), SqliteConnection::OpenMode::MustExist);
    first.append(QStringLiteral("s"), TestStores::events(1), ExpectedVersion::noStream());
    const qint64 seen = second.streamVersion(QStringLiteral("s"));
    QCOMPARE(seen, 1);
    first.append(QStringLiteral("s"), TestStores::events(1), ExpectedVersion::exact(1));
    try {
        second.append(QStringLiteral("s"), TestStores::events(1), ExpectedVersion::exact(seen));
        QFAIL("expected a ConcurrencyError");
    } catch (const ConcurrencyError& e) {
        QCOMPARE(e.actualVersion(), 2);
    }
    QVERIFY(second.verifyChain().ok);
}

void TstStoreConcurrency::twoThreadsRaceOnOneStream()
{
    QAtomicInt appended;
    QAtomicInt conflicts;
    QAtomicInt failures;
    runTwoThreads([&](int) {
        try {
            SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
            for (int i = 0; i < 300; ++i) {
                const qint64 version = store.streamVersion(QStringLiteral("hot"));
                try {
                    store.append(QStringLiteral("hot"), TestStores::events(2),
                                 ExpectedVersion::exact(version));
                    appended.fetchAndAddRelaxed(2);
                } catch (const ConcurrencyError&) {
                    conflicts.fetchAndAddRelaxed(1);
                }
                store.append(QStringLiteral("quiet"), TestStores::events(1), ExpectedVersion::any());
                appended.fetchAndAddRelaxed(1);
            }
        } catch (const std::exception& e) {
            qWarning("writer failed: %s", e.what());
            failures.fetchAndAddRelaxed(1);
        }
    });
    QCOMPARE(failures.loadRelaxed(), 0);
    SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
    QCOMPARE(store.lastPosition(), appended.loadRelaxed());
    const ChainReport report = store.verifyChain();
    QVERIFY2(report.ok, qPrintable(report.problem));
    const QList<RecordedEvent> hot = store.readStream(QStringLiteral("hot"));
    for (int i = 0; i < hot.size(); ++i)
        QCOMPARE(hot[i].streamVersion, i + 1);
    QCOMPARE(hot.size() + store.readStream(QStringLiteral("quiet")).size(), appended.loadRelaxed());
    qInfo("appended %d events, %d conflicts", appended.loadRelaxed(), conflicts.loadRelaxed());
}

void TstStoreConcurrency::twoThreadsClaimTheSameUsername()
{
    QAtomicInt created;
    QAtomicInt refused;
    runTwoThreads([&](int thread) {
        SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
        UserCommandHandler handler(store);
        const CommandContext context{
            QStringLiteral("thread%1").arg(thread), EventMetadata::sourceLocal(), {}};
        for (int i = 0; i < 100; ++i) {
            CreateUser c;
            c.username = QStringLiteral("user%1").arg(i);
            try {
                handler.create(c, context);
                created.fetchAndAddRelaxed(1);
            } catch (const ValidationError&) {
                refused.fetchAndAddRelaxed(1);
            }
        }
    });
    QCOMPARE(created.loadRelaxed(), 100);
    QCOMPARE(refused.loadRelaxed(), 100);
    SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
    QCOMPARE(store.lastPosition(), 100);
}

void TstStoreConcurrency::twoThreadsRunCommandsOnOneUser()
{
    QUuid id;
    {
        SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
        CreateUser c;
        c.username = QStringLiteral("shared");
        c.email = QStringLiteral("shared@example.org");
        id = UserCommandHandler(store).create(c, CommandContext::localUser()).userId;
    }
    QAtomicInt changes;
    QAtomicInt failures;
    runTwoThreads([&](int thread) {
        try {
            SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
            UserCommandHandler handler(store);
            const CommandContext context{
                QStringLiteral("thread%1").arg(thread), EventMetadata::sourceLocal(), {}};
            for (int i = 0; i < 150; ++i) {
                // Without an explicit expected version the handler re-decides on conflict.
                const CommandResult r =
                    thread == 0 ? handler.disable(id, context) : handler.enable(id, context);
                changes.fetchAndAddRelaxed(r.appendedEvents);
                ChangeUserRoles roles;
                roles.add = {QStringLiteral("r%1-%2").arg(thread).arg(i)};
                changes.fetchAndAddRelaxed(handler.changeRoles(id, roles, context).appendedEvents);
            }
        } catch (const std::exception& e) {
            qWarning("commands failed: %s", e.what());
            failures.fetchAndAddRelaxed(1);
        }
    });
    QCOMPARE(failures.loadRelaxed(), 0);
    SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
    const UserAggregate user = UserCommandHandler(store).load(id);
    QCOMPARE(user.version(), 1 + changes.loadRelaxed());
    QCOMPARE(user.state().roles.size(), 300); // no role change was lost
    // Enable and disable alternate strictly: no two equal toggles in a row were appended.
    bool enabled = true;
    for (const RecordedEvent& e : store.readStream(UserAggregate::streamIdFor(id))) {
        if (e.type == QLatin1String("UserEnabled")) {
            QVERIFY(!enabled);
            enabled = true;
        } else if (e.type == QLatin1String("UserDisabled")) {
            QVERIFY(enabled);
            enabled = false;
        }
    }
    QVERIFY(store.verifyChain().ok);
}

QTEST_GUILESS_MAIN(TstStoreConcurrency)
#include "tst_storeconcurrency.moc"
