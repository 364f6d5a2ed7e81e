#include "support/TestStores.h"

#include "common/KeyledgerError.h"
#include "projections/ProjectionContext.h"
#include "projections/ProjectionRunner.h"
#include "projections/Projector.h"
#include "projections/ReadModel.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"
#include "store/StoreNotifier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;
using keyledger::test::TestStores;

namespace {

// Counts events per stream; refuses events of the type it is told to choke on, as a read model
// with a bug (or a damaged row) would.
class CountingModel : public ReadModel
{
public:
    CountingModel(QString name, QString chokeOn = {})
        : m_name(std::move(name))
        , m_chokeOn(std::move(chokeOn))
    {}
    QString name() const override { return m_name; }
    int version() const override { return m_version; }
    void setVersion(int version) { m_version = version; }
    QStringList tables() const override { return {m_name + QStringLiteral("_counts")}; }
    void createTables(ProjectionContext& context) override
    {
        const QString extra = m_version >= 2 ? QStringLiteral(", extra TEXT") : QString();
        context.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (stream TEXT PRIMARY KEY, n INTEGER NOT NULL%2)")
                .arg(context.table(tables().first()), extra));
    }
    void createIndexes(ProjectionContext& context) override
    {
        // Version 2 indexes a column version 1 did not have.
        if (m_version >= 2)
            context.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(extra)")
                             .arg(context.table(m_name + QStringLiteral("_by_extra")),
                                  context.table(tables().first())));
    }
    void apply(const RecordedEvent& event, ProjectionContext& context) override
    {
        if (!m_chokeOn.isEmpty() && event.type == m_chokeOn)
            throw std::runtime_error("this model cannot apply that event");
        SqliteStatement& upsert = context.statement(
            QStringLiteral(
                "INSERT INTO %1(stream, n) VALUES (?, 1) ON CONFLICT(stream) DO UPDATE SET n = n + 1")
                .arg(context.table(tables().first())));
        const QByteArray stream = event.streamId.toUtf8();
        upsert.bind(1, stream);
        upsert.step();
        upsert.reset();
        context.touchOrganization(event.streamId);
    }

private:
    QString m_name;
    QString m_chokeOn;
    int m_version = 1;
};

std::vector<std::unique_ptr<ReadModel>> models(const QString& chokeOn = {}, int version = 1)
{
    std::vector<std::unique_ptr<ReadModel>> list;
    auto a = std::make_unique<CountingModel>(QStringLiteral("alpha"), chokeOn);
    a->setVersion(version);
    list.push_back(std::move(a));
    list.push_back(std::make_unique<CountingModel>(QStringLiteral("beta")));
    return list;
}

QMap<QString, qint64> counts(const QString& viewsPath, const QString& table)
{
    SqliteConnection connection(viewsPath, SqliteConnection::OpenMode::MustExist,
                                SqliteConnection::ViewsApplicationId);
    SqliteStatement query(connection,
                          QStringLiteral("SELECT stream, n FROM %1").arg(table).toUtf8().constData());
    QMap<QString, qint64> result;
    while (query.step())
        result.insert(query.string(0), query.int64(1));
    return result;
}

} // namespace

class TstProjector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void catchesUpAndResumesWithoutDoubleApplying();
    void aPoisonEventStopsOnlyThatModel();
    void rebuildBuildsAsideAndEqualsIncremental();
    void aChangedModelVersionIsRebuilt();
    void reportsWhatEachBatchTouched();
    void runnerWaitsForPositionAndSeesOtherWriters();

private:
    QString ledger() const { return m_dir->filePath(QStringLiteral("k.db")); }
    QString views() const { return ViewDatabase::pathFor(ledger()); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstProjector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(views(), m_dir->filePath(QStringLiteral("k.views.db")));
}

void TstProjector::catchesUpAndResumesWithoutDoubleApplying()
{
    SqliteEventStore store(ledger(), SqliteConnection::OpenMode::CreateIfMissing);
    for (int i = 0; i < 5; ++i)
        store.append(QStringLiteral("s%1").arg(i), TestStores::events(700), ExpectedVersion::any());
    {
        ViewDatabase db(views());
        Projector projector(store, db, models());
        projector.initialize();
        QCOMPARE(projector.catchUp(2), 2000); // two batches of 1,000
        QCOMPARE(db.checkpoint(QStringLiteral("alpha"))->position, 2000);
    }
    {
        ViewDatabase db(views());
        Projector projector(store, db, models());
        projector.initialize();
        QCOMPARE(projector.projectedPosition(), 2000);
        QCOMPARE(projector.catchUp(), 3500);
        const QList<ProjectionStatus> status = projector.status();
        QCOMPARE(status.size(), 2);
        QCOMPARE(status[0].lag(), 0);
    }
    const auto alpha = counts(views(), QStringLiteral("alpha_counts"));
    QCOMPARE(alpha.size(), 5);
    for (qint64 n : alpha)
        QCOMPARE(n, 700);
    QCOMPARE(counts(views(), QStringLiteral("beta_counts")), alpha);
}

void TstProjector::aPoisonEventStopsOnlyThatModel()
{
    SqliteEventStore store(ledger(), SqliteConnection::OpenMode::CreateIfMissing);
    store.append(QStringLiteral("s"), TestStores::events(10), ExpectedVersion::any());
    store.append(QStringLiteral("s"), {TestStores::event(QStringLiteral("Poison"))}, ExpectedVersion::any());
    store.append(QStringLiteral("s"), TestStores::events(5), ExpectedVersion::any());
    {
        ViewDatabase db(views());
        Projector projector(store, db, models(QStringLiteral("Poison")));
        projector.initialize();
        projector.catchUp();
        const QList<ProjectionStatus> status = projector.status();
        QCOMPARE(status[0].name, QStringLiteral("alpha"));
        QCOMPARE(status[0].failedPosition, 11);
        QVERIFY(status[0].error.contains(QStringLiteral("position 11")));
        QVERIFY(status[0].error.contains(QStringLiteral("cannot apply")));
        QVERIFY(status[1].healthy());
        QCOMPARE(status[1].checkpoint, 16);
        // Not even the events of the batch before the poison were half-applied: the whole
        // batch of that model rolled back to its savepoint.
        QCOMPARE(counts(views(), QStringLiteral("alpha_counts")).value(QStringLiteral("s")), 0);
        QCOMPARE(counts(views(), QStringLiteral("beta_counts")).value(QStringLiteral("s")), 16);
        QCOMPARE(db.checkpoint(QStringLiteral("alpha"))->failedPosition, 11);
    }
    {
        // Restarted with the bug still there: status reports the stop before and after the retry.
        ViewDatabase db(views());
        Projector projector(store, db, models(QStringLiteral("Poison")));
        projector.initialize();
        QCOMPARE(projector.status()[0].failedPosition, 11);
        projector.catchUp();
        QCOMPARE(projector.status()[0].failedPosition, 11);
        QCOMPARE(projector.projectedPosition(), 16); // the healthy models' position
    }
    // The bug is fixed (the model no longer chokes): at the next start it resumes.
    ViewDatabase db(views());
    Projector projector(store, db, models());
    projector.initialize();
    QCOMPARE(projector.catchUp(), 16);
    QCOMPARE(counts(views(), QStringLiteral("alpha_counts")).value(QStringLiteral("s")), 16);
    QVERIFY(projector.status()[0].healthy());
}

void TstProjector::rebuildBuildsAsideAndEqualsIncremental()
{
    SqliteEventStore store(ledger(), SqliteConnection::OpenMode::CreateIfMissing);
    for (int i = 0; i < 250; ++i)
        store.append(QStringLiteral("s%1").arg(i % 7), TestStores::events(100), ExpectedVersion::any());
    ViewDatabase db(views());
    Projector projector(store, db, models());
    projector.initialize();
    projector.catchUp();
    const auto incremental = counts(views(), QStringLiteral("alpha_counts"));

    int progressCalls = 0;
    const bool completed = projector.rebuild({QStringLiteral("alpha")}, [&](qint64 done, qint64 total) {
        ++progressCalls;
        // Queries still answer from the complete old rows while the new ones are built.
        if (counts(views(), QStringLiteral("alpha_counts")) != incremental)
            return false;
        return done <= total;
    });
    QVERIFY(completed);
    QCOMPARE(progressCalls, 3); // 25,000 events in batches of RebuildBatchSize
    QCOMPARE(counts(views(), QStringLiteral("alpha_counts")), incremental);
    QCOMPARE(projector.projectedPosition(), 25000);

    // A cancelled rebuild leaves the live rows and drops what it built.
    QVERIFY(!projector.rebuild({}, [](qint64, qint64) { return false; }));
    QCOMPARE(counts(views(), QStringLiteral("alpha_counts")), incremental);
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, projector.rebuild({QStringLiteral("gamma")}));
}

void TstProjector::aChangedModelVersionIsRebuilt()
{
    SqliteEventStore store(ledger(), SqliteConnection::OpenMode::CreateIfMissing);
    store.append(QStringLiteral("s"), TestStores::events(40), ExpectedVersion::any());
    {
        ViewDatabase db(views());
        Projector projector(store, db, models());
        projector.initialize();
        projector.catchUp();
    }
    // Corrupt the derived rows; a new version of the model must rebuild them from the ledger.
    {
        SqliteConnection connection(views(), SqliteConnection::OpenMode::MustExist,
                                    SqliteConnection::ViewsApplicationId);
        connection.exec(QStringLiteral("UPDATE alpha_counts SET n = 999"));
    }
    ViewDatabase db(views());
    Projector projector(store, db, models({}, 2));
    projector.initialize();
    QCOMPARE(counts(views(), QStringLiteral("alpha_counts")).value(QStringLiteral("s")), 40);
    QCOMPARE(db.checkpoint(QStringLiteral("alpha"))->version, 2);
}

void TstProjector::reportsWhatEachBatchTouched()
{
    SqliteEventStore store(ledger(), SqliteConnection::OpenMode::CreateIfMissing);
    store.append(QStringLiteral("a"), TestStores::events(3), ExpectedVersion::any());
    store.append(QStringLiteral("b"), TestStores::events(3), ExpectedVersion::any());
    ViewDatabase db(views());
    Projector projector(store, db, models());
    QList<ProjectedChanges> seen;
    projector.setChangesListener([&](const ProjectedChanges& changes) { seen.append(changes); });
    projector.initialize();
    projector.catchUp();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0].upToPosition, 6);
    QCOMPARE(seen[0].organizations, (QSet<QString>{QStringLiteral("a"), QStringLiteral("b")}));
    store.append(QStringLiteral("c"), TestStores::events(1), ExpectedVersion::any());
    projector.catchUp();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[1].organizations, QSet<QString>{QStringLiteral("c")});
}

void TstProjector::runnerWaitsForPositionAndSeesOtherWriters()
{
    StoreNotifier notifier;
    SqliteEventStore store(ledger(), SqliteConnection::OpenMode::CreateIfMissing, nullptr, &notifier);
    store.append(QStringLiteral("s"), TestStores::events(10), ExpectedVersion::any());

    ProjectionRunner runner(ledger(), views(), [] { return models(); });
    connect(&notifier, &StoreNotifier::appended, &runner, &ProjectionRunner::storeAppended);
    QSignalSpy projected(&runner, &ProjectionRunner::projected);
    runner.start();
    QVERIFY(runner.waitForPosition(10, 10000));

    // In-process append: woken by the notification.
    const AppendResult mine =
        store.append(QStringLiteral("s"), TestStores::events(5), ExpectedVersion::any());
    QVERIFY(runner.waitForPosition(mine.lastPosition, 5000));

    // Another writer (a second connection, as the CLI in another process would be) gives no
    // notification: the runner's poll sees it within a second.
    AppendResult theirs;
    {
        SqliteEventStore other(ledger(), SqliteConnection::OpenMode::MustExist);
        theirs = other.append(QStringLiteral("t"), TestStores::events(3), ExpectedVersion::any());
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runner.waitForPosition(theirs.lastPosition, 5000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!runner.waitForPosition(theirs.lastPosition + 1, 100));
    QTRY_VERIFY(!projected.isEmpty());
    QCOMPARE(runner.status().size(), 2);
    runner.stop();
    QCOMPARE(counts(views(), QStringLiteral("beta_counts")).value(QStringLiteral("t")), 3);
}

QTEST_GUILESS_MAIN(TstProjector)
#include "tst_projector.moc"
