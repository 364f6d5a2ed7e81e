#include "support/TestStores.h"

#include <QSqlQuery>

#include "store/HashChain.h"
#include "store/SchemaMigrator.h"
#include "store/SqliteEventStore.h"
#include "store/StoreErrors.h"
#include "store/StoreNotifier.h"
#include "store/UpcasterRegistry.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;
using keyledger::test::TestStores;

class TstSqliteEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appendsAndReadsAStream();
    void positionsAreGlobalAndGapless();
    void expectedVersionVariants_data();
    void expectedVersionVariants();
    void concurrencyErrorCarriesActualVersion();
    void retriedAppendIsReportedAlreadyAppended();
    void eventIdFromAnotherStreamIsRefused();
    void failedAppendWritesNothing();
    void readAllInBatches();
    void readStreamFromVersion();
    void replayCarriesWhatRebuildingNeeds();
    void notifiesAppendedPosition();
    void claimsAreUniqueAndReleasable();
    void outboxRowsAreWrittenWithTheEvents();
    void upcastsOldSchemaOnRead();
    void verifyDetectsRowEditedBehindOurBack();
    void verifyDetectsDeletedRows();
    void verifyDetectsTruncatedTail();
    void reopensAfterClose();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("store.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstSqliteEventStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstSqliteEventStore::appendsAndReadsAStream()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    auto events = TestStores::events(3);
    events[1].data = QJsonObject{{QStringLiteral("text"), QStringLiteral("é ü \"quoted\" 😀")}};
    const AppendResult r = store.append(QStringLiteral("s-1"), events, ExpectedVersion::noStream());
    QCOMPARE(r.firstPosition, 1);
    QCOMPARE(r.lastPosition, 3);
    QCOMPARE(r.streamVersion, 3);
    QVERIFY(!r.alreadyAppended);

    const QList<RecordedEvent> read = store.readStream(QStringLiteral("s-1"));
    QCOMPARE(read.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(read[i].eventId, events[i].eventId);
        QCOMPARE(read[i].streamVersion, i + 1);
        QCOMPARE(read[i].position, i + 1);
        QCOMPARE(read[i].type, events[i].type);
        QCOMPARE(read[i].data, events[i].data);
        QCOMPARE(read[i].metadata, events[i].metadata);
        QCOMPARE(read[i].hash.size(), HashChain::HashSize);
        QVERIFY(read[i].recordedAtMs > 1700000000000);
    }
    QCOMPARE(read[0].previousHash, HashChain::genesis());
    QCOMPARE(read[1].previousHash, read[0].hash);
    QCOMPARE(store.streamVersion(QStringLiteral("s-1")), 3);
    QCOMPARE(store.streamVersion(QStringLiteral("nope")), 0);
    QCOMPARE(store.lastPosition(), 3);
}

void TstSqliteEventStore::positionsAreGlobalAndGapless()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    store.append(QStringLiteral("a"), TestStores::events(2), ExpectedVersion::any());
    // A failed append must not burn a position.
    QVERIFY_THROWS_EXCEPTION(ConcurrencyError, store.append(QStringLiteral("a"), TestStores::events(1),
                                                            ExpectedVersion::noStream()));
    store.append(QStringLiteral("b"), TestStores::events(2), ExpectedVersion::any());
    store.append(QStringLiteral("a"), TestStores::events(1), ExpectedVersion::exact(2));
    const QList<RecordedEvent> all = store.readAll(1, 100);
    QCOMPARE(all.size(), 5);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].position, i + 1);
    QCOMPARE(all[4].streamId, QStringLiteral("a"));
    QCOMPARE(all[4].streamVersion, 3);
}

void TstSqliteEventStore::expectedVersionVariants_data()
{
    QTest::addColumn<int>("existing");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("accepted");
    const int any = int(ExpectedVersion::Kind::Any), none = int(ExpectedVersion::Kind::NoStream),
              exact = int(ExpectedVersion::Kind::Exact);
    QTest::newRow("any on empty") << 0 << any << 0 << true;
    QTest::newRow("any on existing") << 2 << any << 0 << true;
    QTest::newRow("no stream on empty") << 0 << none << 0 << true;
    QTest::newRow("no stream on existing") << 2 << none << 0 << false;
    QTest::newRow("exact match") << 2 << exact << 2 << true;
    QTest::newRow("exact behind") << 2 << exact << 1 << false;
    QTest::newRow("exact ahead") << 2 << exact << 3 << false;
    QTest::newRow("exact 0 on empty") << 0 << exact << 0 << true;
}

void TstSqliteEventStore::expectedVersionVariants()
{
    QFETCH(int, existing);
    QFETCH(int, kind);
    QFETCH(int, expected);
    QFETCH(bool, accepted);
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    if (existing > 0)
        store.append(QStringLiteral("s"), TestStores::events(existing), ExpectedVersion::any());
    const ExpectedVersion ev = kind == int(ExpectedVersion::Kind::Any) ? ExpectedVersion::any()
                               : kind == int(ExpectedVersion::Kind::NoStream)
                                   ? ExpectedVersion::noStream()
                                   : ExpectedVersion::exact(expected);
    if (accepted) {
        QCOMPARE(store.append(QStringLiteral("s"), TestStores::events(1), ev).streamVersion, existing + 1);
    } else {
        QVERIFY_THROWS_EXCEPTION(ConcurrencyError,
                                 store.append(QStringLiteral("s"), TestStores::events(1), ev));
        QCOMPARE(store.streamVersion(QStringLiteral("s")), existing);
    }
}

void TstSqliteEventStore::concurrencyErrorCarriesActualVersion()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    store.append(QStringLiteral("s"), TestStores::events(4), ExpectedVersion::any());
    try {
        store.append(QStringLiteral("s"), TestStores::events(1), ExpectedVersion::exact(2));
        QFAIL("expected a ConcurrencyError");
    } catch (const ConcurrencyError& e) {
        QCOMPARE(e.actualVersion(), 4);
        QCOMPARE(e.streamId(), QStringLiteral("s"));
        QVERIFY(e.message().contains(QStringLiteral("expected version 2")));
    }
}

void TstSqliteEventStore::retriedAppendIsReportedAlreadyAppended()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    const auto batch = TestStores::events(3);
    const AppendResult first = store.append(QStringLiteral("s"), batch, ExpectedVersion::noStream());
    store.append(QStringLiteral("other"), TestStores::events(1), ExpectedVersion::any());
    // The same request again, e.g. after a lost reply: even with an expected version that no
    // longer matches, it is recognised and nothing is stored twice.
    const AppendResult again = store.append(QStringLiteral("s"), batch, ExpectedVersion::noStream());
    QVERIFY(again.alreadyAppended);
    QCOMPARE(again.firstPosition, first.firstPosition);
    QCOMPARE(again.lastPosition, first.lastPosition);
    QCOMPARE(store.lastPosition(), 4);
    QCOMPARE(store.readStream(QStringLiteral("s")).size(), 3);
}

void TstSqliteEventStore::eventIdFromAnotherStreamIsRefused()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    const auto batch = TestStores::events(1);
    store.append(QStringLiteral("s"), batch, ExpectedVersion::any());
    QVERIFY_THROWS_EXCEPTION(DuplicateEventError,
                             store.append(QStringLiteral("t"), batch, ExpectedVersion::any()));

    // A batch whose second event repeats an id already stored: refused whole.
    QList<NewEvent> mixed = TestStores::events(1);
    mixed.append(batch.first());
    QVERIFY_THROWS_EXCEPTION(DuplicateEventError,
                             store.append(QStringLiteral("s"), mixed, ExpectedVersion::any()));
    QCOMPARE(store.lastPosition(), 1);
}

void TstSqliteEventStore::failedAppendWritesNothing()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    AppendRequest first{QStringLiteral("s"),
                        TestStores::events(1),
                        ExpectedVersion::any(),
                        {{QStringLiteral("username"), QStringLiteral("ada"), UniqueClaim::Action::Claim}},
                        {}};
    store.append(first);
    AppendRequest clash{QStringLiteral("t"),
                        TestStores::events(2),
                        ExpectedVersion::any(),
                        {{QStringLiteral("username"), QStringLiteral("ada"), UniqueClaim::Action::Claim}},
                        {}};
    clash.events[0].needsDelivery = true;
    QVERIFY_THROWS_EXCEPTION(ClaimConflictError, store.append(clash));
    QCOMPARE(store.lastPosition(), 1);
    QCOMPARE(store.streamVersion(QStringLiteral("t")), 0);
    QSqlQuery outbox(store.connection().database());
    QVERIFY(outbox.exec(QStringLiteral("SELECT count(*) FROM outbox")) && outbox.next());
    QCOMPARE(outbox.value(0).toInt(), 0);
    QVERIFY(store.verifyChain().ok);
}

void TstSqliteEventStore::readAllInBatches()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    for (int s = 0; s < 10; ++s)
        store.append(QStringLiteral("s%1").arg(s), TestStores::events(25), ExpectedVersion::noStream());
    qint64 from = 1;
    qint64 seen = 0;
    while (true) {
        const QList<RecordedEvent> batch = store.readAll(from, 40);
        if (batch.isEmpty())
            break;
        QVERIFY(batch.size() <= 40);
        for (const RecordedEvent& e : batch)
            QCOMPARE(e.position, ++seen);
        from = batch.last().position + 1;
    }
    QCOMPARE(seen, 250);
}

void TstSqliteEventStore::readStreamFromVersion()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    store.append(QStringLiteral("s"), TestStores::events(5), ExpectedVersion::any());
    const QList<RecordedEvent> tail = store.readStream(QStringLiteral("s"), 4);
    QCOMPARE(tail.size(), 2);
    QCOMPARE(tail.first().streamVersion, 4);
    QVERIFY(store.readStream(QStringLiteral("missing")).isEmpty());
}

void TstSqliteEventStore::replayCarriesWhatRebuildingNeeds()
{
    UpcasterRegistry registry;
    registry.add(QStringLiteral("Old"), 1, [](const QJsonObject& v1) {
        return QJsonObject{{QStringLiteral("upcast"), v1.value(QStringLiteral("n"))}};
    });
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing, &registry);
    QList<NewEvent> events = TestStores::events(4);
    events[0].metadata.actor = QStringLiteral("creator");
    events[3].metadata.actor = QStringLiteral("last-editor");
    events[1].type = QStringLiteral("Old");
    events[2].data = {};
    store.append(QStringLiteral("s"), events, ExpectedVersion::any());

    const QList<RecordedEvent> full = store.readStream(QStringLiteral("s"));
    const QList<ReplayEvent> replay = store.replayStream(QStringLiteral("s"));
    QCOMPARE(replay.size(), full.size());
    for (int i = 0; i < replay.size(); ++i) {
        QCOMPARE(replay[i].streamVersion, full[i].streamVersion);
        QCOMPARE(replay[i].type, full[i].type);
        QCOMPARE(replay[i].schemaVersion, full[i].schemaVersion);
        QCOMPARE(replay[i].data, full[i].data);
        QCOMPARE(replay[i].recordedAtMs, full[i].recordedAtMs);
    }
    QCOMPARE(replay[1].data.value(QStringLiteral("upcast")).toInt(), 1);
    QCOMPARE(replay.first().actor, QStringLiteral("creator"));
    QCOMPARE(replay.last().actor, QStringLiteral("last-editor"));
    QCOMPARE(store.replayStream(QStringLiteral("s"), 3).size(), 2);
    QVERIFY(store.replayStream(QStringLiteral("missing")).isEmpty());
}

void TstSqliteEventStore::notifiesAppendedPosition()
{
    StoreNotifier notifier;
    QSignalSpy spy(&notifier, &StoreNotifier::appended);
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing, nullptr, &notifier);
    store.append(QStringLiteral("s"), TestStores::events(3), ExpectedVersion::any());
    store.append(QStringLiteral("t"), TestStores::events(2), ExpectedVersion::any());
    QVERIFY_THROWS_EXCEPTION(ConcurrencyError, store.append(QStringLiteral("t"), TestStores::events(1),
                                                            ExpectedVersion::noStream()));
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 3);
    QCOMPARE(spy.at(1).at(0).toLongLong(), 5);
}

void TstSqliteEventStore::claimsAreUniqueAndReleasable()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    const UniqueClaim claim{QStringLiteral("username"), QStringLiteral("ada"), UniqueClaim::Action::Claim};
    store.append(AppendRequest{QStringLiteral("u1"), TestStores::events(1), ExpectedVersion::any(), {claim}, {}});
    QCOMPARE(store.claimOwner(QStringLiteral("username"), QStringLiteral("ada")), QStringLiteral("u1"));
    try {
        store.append(
            AppendRequest{QStringLiteral("u2"), TestStores::events(1), ExpectedVersion::any(), {claim}, {}});
        QFAIL("expected a ClaimConflictError");
    } catch (const ClaimConflictError& e) {
        QCOMPARE(e.owner(), QStringLiteral("u1"));
    }
    // The owner re-claiming is harmless; another stream's release does not free it.
    store.append(AppendRequest{QStringLiteral("u1"), TestStores::events(1), ExpectedVersion::any(), {claim}, {}});
    UniqueClaim release = claim;
    release.action = UniqueClaim::Action::Release;
    store.append(
        AppendRequest{QStringLiteral("u3"), TestStores::events(1), ExpectedVersion::any(), {release}, {}});
    QCOMPARE(store.claimOwner(QStringLiteral("username"), QStringLiteral("ada")), QStringLiteral("u1"));
    store.append(
        AppendRequest{QStringLiteral("u1"), TestStores::events(1), ExpectedVersion::any(), {release}, {}});
    QVERIFY(store.claimOwner(QStringLiteral("username"), QStringLiteral("ada")).isEmpty());
    store.append(AppendRequest{QStringLiteral("u2"), TestStores::events(1), ExpectedVersion::any(), {claim}, {}});
    QCOMPARE(store.claimOwner(QStringLiteral("username"), QStringLiteral("ada")), QStringLiteral("u2"));
}

void TstSqliteEventStore::outboxRowsAreWrittenWithTheEvents()
{
    SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
    auto events = TestStores::events(3);
    events[0].needsDelivery = true;
    events[2].needsDelivery = true;
    store.append(QStringLiteral("s"), events, ExpectedVersion::any());
    QSqlQuery q(store.connection().database());
    QVERIFY(q.exec(QStringLiteral("SELECT position, stream_id, event_type, state FROM outbox ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("s"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("pending"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 3);
    QVERIFY(!q.next());
}

void TstSqliteEventStore::upcastsOldSchemaOnRead()
{
    // Version 1 of "Renamed" stored a single "name"; version 2 splits it into first and last.
    UpcasterRegistry registry;
    registry.add(QStringLiteral("Renamed"), 1, [](const QJsonObject& v1) {
        const QStringList parts = v1.value(QStringLiteral("name")).toString().split(QLatin1Char(' '));
        return QJsonObject{{QStringLiteral("first"), parts.value(0)},
                           {QStringLiteral("last"), parts.value(1)}};
    });
    QCOMPARE(registry.currentVersion(QStringLiteral("Renamed")), 2);
    {
        SqliteEventStore writer(path(), SqliteConnection::OpenMode::CreateIfMissing);
        NewEvent v1 = TestStores::event(QStringLiteral("Renamed"),
                                        {{QStringLiteral("name"), QStringLiteral("Ada Lovelace")}});
        v1.schemaVersion = 1;
        NewEvent v2 = TestStores::event(QStringLiteral("Renamed"),
                                        {{QStringLiteral("first"), QStringLiteral("Grace")},
                                         {QStringLiteral("last"), QStringLiteral("Hopper")}});
        v2.schemaVersion = 2;
        writer.append(QStringLiteral("p"), {v1, v2}, ExpectedVersion::noStream());
    }
    SqliteEventStore reader(path(), SqliteConnection::OpenMode::MustExist, &registry);
    const QList<RecordedEvent> events = reader.readStream(QStringLiteral("p"));
    QCOMPARE(events[0].storedSchemaVersion, 1);
    QCOMPARE(events[0].schemaVersion, 2);
    QCOMPARE(events[0].data.value(QStringLiteral("first")).toString(), QStringLiteral("Ada"));
    QCOMPARE(events[0].data.value(QStringLiteral("last")).toString(), QStringLiteral("Lovelace"));
    QCOMPARE(events[1].schemaVersion, 2);
    QCOMPARE(events[1].data.value(QStringLiteral("first")).toString(), QStringLiteral("Grace"));
    // The stored bytes were not rewritten: the chain still verifies.
    QVERIFY(reader.verifyChain().ok);
}

void TstSqliteEventStore::verifyDetectsRowEditedBehindOurBack()
{
    {
        SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
        for (int i = 0; i < 5; ++i)
            store.append(QStringLiteral("s%1").arg(i), TestStores::events(2), ExpectedVersion::any());
        const ChainReport report = store.verifyChain();
        QVERIFY(report.ok);
        QCOMPARE(report.checkedEvents, 10);
        QCOMPARE(report.headPosition, 10);
        QCOMPARE(report.headHash, store.readAll(10, 1).first().hash);
    }
    TestStores::runSql(path(), "UPDATE events SET data = '{\"n\":42}' WHERE position = 7");
    SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
    const ChainReport report = store.verifyChain();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadPosition, 7);
    QCOMPARE(report.checkedEvents, 6);
    QVERIFY(report.problem.contains(QStringLiteral("altered")));
}

void TstSqliteEventStore::verifyDetectsDeletedRows()
{
    {
        SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
        store.append(QStringLiteral("s"), TestStores::events(6), ExpectedVersion::any());
    }
    TestStores::runSql(path(), "DELETE FROM events WHERE position = 4");
    SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
    const ChainReport report = store.verifyChain();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadPosition, 4);
}

void TstSqliteEventStore::verifyDetectsTruncatedTail()
{
    {
        SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
        store.append(QStringLiteral("s"), TestStores::events(6), ExpectedVersion::any());
    }
    TestStores::runSql(path(), "DELETE FROM events WHERE position > 4");
    SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
    ChainReport report = store.verifyChain();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadPosition, 5);
    // Positions are never handed out twice, even after rows vanished.
    const AppendResult next =
        store.append(QStringLiteral("s"), TestStores::events(1), ExpectedVersion::any());
    QCOMPARE(next.firstPosition, 7);
}

void TstSqliteEventStore::reopensAfterClose()
{
    QByteArray head;
    {
        SqliteEventStore store(path(), SqliteConnection::OpenMode::CreateIfMissing);
        store.append(QStringLiteral("s"), TestStores::events(3), ExpectedVersion::any());
        head = store.verifyChain().headHash;
    }
    SqliteEventStore store(path(), SqliteConnection::OpenMode::MustExist);
    store.append(QStringLiteral("s"), TestStores::events(1), ExpectedVersion::exact(3));
    const QList<RecordedEvent> all = store.readAll(1, 10);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all[3].previousHash, head);
    QVERIFY(store.verifyChain().ok);
    QCOMPARE(SchemaMigrator::currentVersion(store.connection()), SchemaMigrator::latestVersion());
}

QTEST_GUILESS_MAIN(TstSqliteEventStore)
#include "tst_sqliteeventstore.moc"
