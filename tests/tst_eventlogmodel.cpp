#include "support/TestStores.h"

#include "common/EventLogModel.h"
#include "store/SqliteEventStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;
using keyledger::test::TestStores;

class TstEventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesPagesOnDemand();
    void newEventsBecomeFetchable();
};

void TstEventLogModel::fetchesPagesOnDemand()
{
    QTemporaryDir dir;
    SqliteEventStore store(dir.filePath(QStringLiteral("k.db")), SqliteConnection::OpenMode::CreateIfMissing);
    for (int i = 0; i < 12; ++i)
        store.append(QStringLiteral("s%1").arg(i), TestStores::events(100), ExpectedVersion::any());

    EventLogModel model(store);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), EventLogModel::PageSize);
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.data(model.index(0, EventLogModel::Position)).toLongLong(), 1);
    QCOMPARE(model.data(model.index(1199, EventLogModel::Position)).toLongLong(), 1200);
    QCOMPARE(model.data(model.index(1199, EventLogModel::Stream)).toString(), QStringLiteral("s11"));
    QCOMPARE(model.data(model.index(0, EventLogModel::Actor)).toString(), QStringLiteral("tester@tests"));
    QVERIFY(!model.data(model.index(0, EventLogModel::Time)).toString().isEmpty());

    EventLogModel checked(store);
    QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (checked.canFetchMore({}))
        checked.fetchMore({});
    QCOMPARE(checked.rowCount(), 1200);
}

void TstEventLogModel::newEventsBecomeFetchable()
{
    QTemporaryDir dir;
    SqliteEventStore store(dir.filePath(QStringLiteral("k.db")), SqliteConnection::OpenMode::CreateIfMissing);
    store.append(QStringLiteral("s"), TestStores::events(3), ExpectedVersion::any());
    EventLogModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 3);

    // Fully shown: the tail is followed at once.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const AppendResult r = store.append(QStringLiteral("s"), TestStores::events(2), ExpectedVersion::any());
    model.storeAppended(r.lastPosition);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 5);

    // Still paging: new rows wait for the view to ask.
    for (int i = 0; i < 3; ++i)
        store.append(QStringLiteral("bulk%1").arg(i), TestStores::events(EventLogModel::PageSize),
                     ExpectedVersion::any());
    EventLogModel paging(store);
    paging.fetchMore({});
    QCOMPARE(paging.rowCount(), EventLogModel::PageSize);
    const AppendResult later =
        store.append(QStringLiteral("s"), TestStores::events(1), ExpectedVersion::any());
    paging.storeAppended(later.lastPosition);
    QCOMPARE(paging.rowCount(), EventLogModel::PageSize);
    QVERIFY(paging.canFetchMore({}));
}

QTEST_MAIN(TstEventLogModel)
#include "tst_eventlogmodel.moc"
