#include "queries/QueryCache.h"

#include <QTest>

using namespace keyledger;

class TstQueryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidatesExactlyWhatChanged();
    void valuesExpire();
    void aValueReadBeforeAnInvalidationIsNotStored();
    void aRebuildClearsEverything();
};

void TstQueryCache::invalidatesExactlyWhatChanged()
{
    QueryCache cache;
    const QUuid ada = QUuid::createUuid();
    const QUuid bob = QUuid::createUuid();
    cache.insert(QStringLiteral("detail:ada"), 1, {ada, std::nullopt}, QueryCache::DetailLifetimeMs, 0);
    cache.insert(QStringLiteral("detail:bob"), 2, {bob, std::nullopt}, QueryCache::DetailLifetimeMs, 0);
    cache.insert(QStringLiteral("list:acme"), 3, {std::nullopt, QStringLiteral("acme")}, QueryCache::ListLifetimeMs, 0);
    cache.insert(QStringLiteral("list:initech"), 4, {std::nullopt, QStringLiteral("initech")},
                 QueryCache::ListLifetimeMs, 0);
    cache.insert(QStringLiteral("list:all"), 5, {std::nullopt, std::nullopt}, QueryCache::ListLifetimeMs, 0);
    QCOMPARE(cache.size(), 5);

    ProjectedChanges changes;
    changes.upToPosition = 10;
    changes.users = {ada};
    changes.organizations = {QStringLiteral("acme")};
    cache.invalidate(changes);
    QVERIFY(!cache.find(QStringLiteral("detail:ada")));
    QVERIFY(!cache.find(QStringLiteral("list:acme")));
    QVERIFY(!cache.find(QStringLiteral("list:all"))); // every "all organisations" view
    QCOMPARE(cache.find(QStringLiteral("detail:bob"))->toInt(), 2);
    QCOMPARE(cache.find(QStringLiteral("list:initech"))->toInt(), 4);
}

void TstQueryCache::valuesExpire()
{
    QueryCache cache;
    cache.insert(QStringLiteral("k"), 1, {}, 30, 0);
    QVERIFY(cache.find(QStringLiteral("k")));
    QTest::qWait(60);
    QVERIFY(!cache.find(QStringLiteral("k")));
}

void TstQueryCache::aValueReadBeforeAnInvalidationIsNotStored()
{
    QueryCache cache;
    ProjectedChanges changes;
    changes.upToPosition = 20;
    changes.organizations = {QStringLiteral("acme")};
    cache.invalidate(changes);
    // Read while the projection was at 15: the batch up to 20 may have changed it.
    cache.insert(QStringLiteral("list:acme"), 1, {std::nullopt, QStringLiteral("acme")}, 1000, 15);
    QVERIFY(!cache.find(QStringLiteral("list:acme")));
    cache.insert(QStringLiteral("list:acme"), 2, {std::nullopt, QStringLiteral("acme")}, 1000, 20);
    QCOMPARE(cache.find(QStringLiteral("list:acme"))->toInt(), 2);
}

void TstQueryCache::aRebuildClearsEverything()
{
    QueryCache cache;
    cache.insert(QStringLiteral("a"), 1, {QUuid::createUuid(), std::nullopt}, 1000, 0);
    cache.insert(QStringLiteral("b"), 1, {std::nullopt, QStringLiteral("x")}, 1000, 0);
    ProjectedChanges rebuilt;
    rebuilt.everything = true;
    cache.invalidate(rebuilt);
    QCOMPARE(cache.size(), 0);
}

QTEST_GUILESS_MAIN(TstQueryCache)
#include "tst_querycache.moc"
