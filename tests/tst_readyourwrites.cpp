#include "commands/UserCommandHandler.h"
#include "projections/ProjectionRunner.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/CachedQueries.h"
#include "queries/QueryCache.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"

#include <QAtomicInt>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace keyledger;

namespace {

const QStringList organizations{QStringLiteral("acme"), QStringLiteral("initech"),
                                QStringLiteral("umbrella")};

// What this thread last did to one of its own users: after waiting for the command's position,
// every view must show at least this.
struct Expected
{
    qint64 version = 0;
    bool enabled = true;
    QString organization;
    QString lastName;
};

} // namespace

// Two threads interleave thousands of random commands and cached queries against a running
// projection: no query issued after waitForPosition(P) may return data older than P, although the
// cache is shared and the other thread keeps invalidating it.
class TstReadYourWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noQueryAfterWaitingReturnsOlderData();

private:
    void worker(int thread, const QList<QUuid>& own, const QList<QUuid>& all);

    QString m_ledger;
    ProjectionRunner* m_runner = nullptr;
    QueryCache m_cache;
    StoreNotifier m_notifier;
    QAtomicInt m_checks;
    QAtomicInt m_cacheHits;
    QAtomicInt m_failures;
    QString m_firstFailure;
    QMutex m_failureMutex;
};

void TstReadYourWrites::worker(int thread, const QList<QUuid>& own, const QList<QUuid>& all)
{
    auto fail = [this](const QString& why) {
        QMutexLocker lock(&m_failureMutex);
        if (m_firstFailure.isEmpty())
            m_firstFailure = why;
        m_failures.fetchAndAddRelaxed(1);
    };
    try {
        SqliteEventStore store(m_ledger, SqliteConnection::OpenMode::MustExist, nullptr, &m_notifier);
        UserCommandHandler handler(store);
        CachedQueries queries(ViewDatabase::pathFor(m_ledger), m_cache,
                              [this] { return m_runner->projectedPosition(); });
        const CommandContext context{
            QStringLiteral("thread%1").arg(thread), EventMetadata::sourceLocal(), {}};
        QHash<QUuid, Expected> expected;
        QRandomGenerator random(quint32(thread * 7919 + 17));

        for (int i = 0; i < 1200; ++i) {
            const QUuid user = own.at(int(random.bounded(own.size())));
            Expected& e = expected[user];
            CommandResult result;
            switch (random.bounded(4)) {
            case 0:
                result = e.enabled ? handler.disable(user, context) : handler.enable(user, context);
                e.enabled = !e.enabled;
                break;
            case 1: {
                UpdateUserProfile u;
                e.lastName = QStringLiteral("L%1x%2").arg(thread).arg(i);
                u.lastName = e.lastName;
                result = handler.updateProfile(user, u, context);
                break;
            }
            case 2: {
                UpdateUserProfile u;
                e.organization = organizations.at(int(random.bounded(organizations.size())));
                u.organizationId = e.organization;
                result = handler.updateProfile(user, u, context);
                break;
            }
            default: // a query on someone else's user: it must simply not fail
                queries.detail(all.at(int(random.bounded(all.size()))));
                continue;
            }
            e.version = result.version;
            if (!m_runner->waitForPosition(result.position, 10000)) {
                fail(QStringLiteral("position %1 not projected within 10 s").arg(result.position));
                return;
            }

            // Detail: at least the version this thread wrote (no one else writes this user).
            const std::optional<UserDetail> detail = queries.detail(user);
            m_checks.fetchAndAddRelaxed(1);
            if (!detail || detail->version != e.version || detail->enabled != e.enabled ||
                (!e.lastName.isEmpty() && detail->lastName != e.lastName) ||
                (!e.organization.isEmpty() && detail->organizationId != e.organization)) {
                fail(QStringLiteral("stale detail for %1 after position %2: version %3, expected %4")
                         .arg(user.toString())
                         .arg(result.position)
                         .arg(detail ? detail->version : -1)
                         .arg(e.version));
                return;
            }
            // The list of the user's organisation, through the same shared cache.
            UserListQuery query;
            query.organizationId = detail->organizationId;
            query.search = detail->username;
            const UserListPage page = queries.list(query);
            const auto item = std::find_if(page.items.cbegin(), page.items.cend(),
                                           [&](const UserListItem& it) { return it.id == user; });
            if (item == page.items.cend() || item->enabled != e.enabled ||
                (!e.lastName.isEmpty() && item->lastName != e.lastName)) {
                fail(QStringLiteral("stale list row for %1 after position %2")
                         .arg(user.toString())
                         .arg(result.position));
                return;
            }
            // A repeated query is a cache hit and must be just as fresh.
            if (queries.detail(user)->version == e.version)
                m_cacheHits.fetchAndAddRelaxed(1);
        }
    } catch (const std::exception& error) {
        fail(QString::fromUtf8(error.what()));
    }
}

void TstReadYourWrites::noQueryAfterWaitingReturnsOlderData()
{
    QTemporaryDir dir;
    m_ledger = dir.filePath(QStringLiteral("k.db"));
    QList<QUuid> users;
    {
        SqliteEventStore store(m_ledger, SqliteConnection::OpenMode::CreateIfMissing);
        UserCommandHandler handler(store);
        for (int i = 0; i < 60; ++i) {
            CreateUser c;
            c.username = QStringLiteral("user%1").arg(i);
            c.email = QStringLiteral("user%1@example.org").arg(i);
            c.organizationId = organizations.at(i % organizations.size());
            users.append(handler.create(c, CommandContext::localUser()).userId);
        }
    }
    ProjectionRunner runner(m_ledger, ViewDatabase::pathFor(m_ledger),
                            [] { return ReadModelCatalog::create(); });
    m_runner = &runner;
    runner.setChangesListener([this](const ProjectedChanges& changes) { m_cache.invalidate(changes); });
    connect(&m_notifier, &StoreNotifier::appended, &runner, &ProjectionRunner::storeAppended,
            Qt::DirectConnection);
    runner.start();
    QVERIFY(runner.waitForPosition(60, 20000));

    const QList<QUuid> first = users.mid(0, 30);
    const QList<QUuid> second = users.mid(30);
    std::unique_ptr<QThread> a(QThread::create([&] { worker(0, first, users); }));
    std::unique_ptr<QThread> b(QThread::create([&] { worker(1, second, users); }));
    a->start();
    b->start();
    QVERIFY(a->wait(240000));
    QVERIFY(b->wait(240000));
    runner.stop();
    QVERIFY2(m_failures.loadRelaxed() == 0, qPrintable(m_firstFailure));
    qInfo("%d fresh reads checked after waiting, %d repeated reads served fresh", m_checks.loadRelaxed(),
          m_cacheHits.loadRelaxed());
    QVERIFY(m_checks.loadRelaxed() > 1000);
}

QTEST_GUILESS_MAIN(TstReadYourWrites)
#include "tst_readyourwrites.moc"
