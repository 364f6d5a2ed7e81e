#include "core/demo/DemoStore.h"
#include "domain/UserEventCodec.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/AnalyticsQueries.h"
#include "queries/UserQueries.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "store/UpcasterRegistry.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;
using namespace keyledger::demo;

class TstDemoStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hasTwoThousandUsersOverAYear();
    void reopensWithoutWritingAgain();
    void cancelLeavesNothing();

private:
    QTemporaryDir m_dir;
    QString m_path;
    DemoSummary m_summary;
    qint64 m_startedMs = 0;
};

void TstDemoStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.db"));
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    qint64 lastDone = -1;
    int calls = 0;
    m_summary = DemoStore::create(m_path, [&](qint64 done, qint64 total) {
        // Progress only moves forward and never passes the total.
        if (done < lastDone || done > total)
            qFatal("progress went from %lld to %lld of %lld", lastDone, done, total);
        lastDone = done;
        ++calls;
        return true;
    });
    qInfo("demo store: %d users, %lld events, %lld appends in %lld ms", m_summary.users, m_summary.events,
          m_summary.appends, timer.elapsed());
    QVERIFY(calls > 5);
    QVERIFY(!m_summary.cancelled);
    QVERIFY(DemoStore::exists(m_path));
    QVERIFY(DemoStore::isDemo(m_path));
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".creating")));
}

void TstDemoStore::hasTwoThousandUsersOverAYear()
{
    QCOMPARE(m_summary.users, 2000);
    QCOMPARE(m_summary.organisations, 8);
    // A year of activity: edits, roles, verifications, logins, disables and deletions.
    for (const char* type :
         {"UserImported", "UserChangedInKeycloak", "UserLoggedIn", "UserDeletedInKeycloak"})
        QVERIFY2(m_summary.eventsByType.value(QLatin1String(type)) > 0, type);
    QVERIFY(m_summary.eventsByType.value(QStringLiteral("UserLoggedIn")) > 5000);

    UpcasterRegistry upcasters;
    UserEventCodec::registerUpcasters(upcasters);
    SqliteEventStore store(m_path, SqliteConnection::OpenMode::MustExist, &upcasters);
    QCOMPARE(store.lastPosition(), m_summary.events);
    const ChainReport chain = store.verifyChain();
    QVERIFY2(chain.ok, qPrintable(chain.problem));
    {
        // Nothing was meant for a server: no outbox row at all.
        SqliteConnection connection(m_path, SqliteConnection::OpenMode::MustExist);
        const OutboxCounts counts = SqliteOutbox(connection).counts();
        QCOMPARE(counts.pending + counts.failed + counts.delivered + counts.discarded, 0);
    }

    // Projected the ordinary way, the read side sees the same realm.
    const QString viewsPath = ViewDatabase::pathFor(m_path);
    {
        ViewDatabase views(viewsPath);
        Projector projector(store, views, ReadModelCatalog::create());
        projector.initialize();
        QCOMPARE(projector.catchUp(), store.lastPosition());
    }
    UserQueries users(viewsPath);
    UserListQuery all;
    all.limit = UserListQuery::MaxLimit;
    const UserListPage page = users.list(all);
    const int deleted = int(m_summary.eventsByType.value(QStringLiteral("UserDeletedInKeycloak")));
    QCOMPARE(page.totalCount, qint64(2000 - deleted));
    QSet<QString> organisations;
    QSet<QString> statuses;
    qint64 firstCreated = std::numeric_limits<qint64>::max(), lastCreated = 0, lastLogin = 0;
    qint64 firstLogin = std::numeric_limits<qint64>::max();
    for (const UserListItem& user : page.items) {
        organisations.insert(user.organizationId);
        statuses.insert(user.statusKey);
        QCOMPARE(user.syncState, QStringLiteral("synced"));
        firstCreated = std::min(firstCreated, user.createdAt.toMSecsSinceEpoch());
        lastCreated = std::max(lastCreated, user.createdAt.toMSecsSinceEpoch());
        if (user.lastLoginAt.isValid()) {
            lastLogin = std::max(lastLogin, user.lastLoginAt.toMSecsSinceEpoch());
            firstLogin = std::min(firstLogin, user.lastLoginAt.toMSecsSinceEpoch());
        }
    }
    QCOMPARE(organisations.size(), 8);
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("active"), QStringLiteral("unverified"),
                                      QStringLiteral("disabled")}));
    // The history spans about a year, up to (and never after) the moment it was written.
    constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
    QVERIFY2(m_startedMs - firstCreated > 330 * dayMs, "the oldest user is less than 11 months old");
    QVERIFY2(m_startedMs - firstCreated < 368 * dayMs, "the oldest user is older than a year");
    QVERIFY(m_startedMs - lastCreated < 14 * dayMs);
    QVERIFY(lastLogin <= QDateTime::currentMSecsSinceEpoch());
    QVERIFY(m_startedMs - lastLogin < 3 * dayMs);
    QVERIFY2(lastLogin - firstLogin > 200 * dayMs, "last logins are not spread over the year");

    // Analytics: sign-ups on most weeks of the year, and logins some days after creation.
    AnalyticsQueries analytics(viewsPath);
    AnalyticsQuery everyone;
    everyone.timeZone = QTimeZone::utc();
    const UserAnalytics figures = analytics.figures(everyone);
    QCOMPARE(figures.total, page.totalCount);
    QVERIFY(figures.active > figures.total / 2);
    QVERIFY(figures.inactive > 0);
    QVERIFY(figures.withLogin > figures.total * 3 / 4);
    QVERIFY(figures.averageDaysToFirstLogin.has_value());
    QVERIFY(*figures.averageDaysToFirstLogin > 0.5 && *figures.averageDaysToFirstLogin < 30);
    int weeksWithSignUps = 0;
    for (const auto& week : analytics.signUpsPerWeek(everyone))
        weeksWithSignUps += week.second > 0 ? 1 : 0;
    QVERIFY2(weeksWithSignUps >= 45, qPrintable(QString::number(weeksWithSignUps)));
}

void TstDemoStore::reopensWithoutWritingAgain()
{
    const QByteArray before = [this] {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());
    bool called = false;
    const DemoSummary again = DemoStore::create(m_path, [&](qint64, qint64) { return called = true; });
    QCOMPARE(again.users, 0);
    QVERIFY(!called);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == before);
}

void TstDemoStore::cancelLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled/demo.db"));
    int calls = 0;
    const DemoSummary summary = DemoStore::create(path, [&](qint64, qint64) { return ++calls < 3; });
    QVERIFY(summary.cancelled);
    QCOMPARE(calls, 3);
    QVERIFY(!DemoStore::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".creating")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".creating-wal")));
}

QTEST_GUILESS_MAIN(TstDemoStore)
#include "tst_demostore.moc"
