#include "QueryBenchmark.h"

#include "BenchContext.h"
#include "CachedAnalytics.h"
#include "LagProbe.h"
#include "MachineInfo.h"
#include "StoreFile.h"
#include "UserPopulation.h"
#include "commands/UserCommandHandler.h"
#include "projections/ProjectionRunner.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/AnalyticsQueries.h"
#include "queries/QueryCache.h"
#include "queries/UserQueries.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <stdexcept>

namespace keyledger::bench {

namespace {

// Keeps results alive so that the compiler cannot drop a timed call.
volatile qint64 g_sink = 0;

template <typename F>
qint64 timed(F&& f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed();
}

QString number(double value)
{
    return QLocale(QLocale::English).toString(qint64(value));
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

UserListQuery sorted(const QString& spec)
{
    UserListQuery query;
    query.setSort(spec);
    return query;
}

} // namespace

QueryBenchmark::QueryBenchmark(const BenchOptions& options, QString directory, Log log)
    : m_options(options)
    , m_directory(std::move(directory))
    , m_log(std::move(log))
{}

QueryResults QueryBenchmark::run()
{
    QueryResults results;
    results.directory = m_directory;
    const StoreFile ledger(m_directory, QStringLiteral("queries.db"));
    const StoreFile views(m_directory, QFileInfo(ViewDatabase::pathFor(ledger.path())).fileName());
    m_ledgerPath = ledger.path();
    m_viewsPath = views.path();

    m_log(QStringLiteral("writing %1 users over %2 organisations...")
              .arg(number(double(m_options.users)))
              .arg(UserPopulation::OrganisationCount));
    {
        SqliteEventStore store(m_ledgerPath, SqliteConnection::OpenMode::CreateIfMissing);
        PopulationWriter writer(store, m_log);
        results.population = writer.write(m_options.users);
        m_userIds = writer.userIds();
    }
    m_log(QStringLiteral("wrote %1 events in %2 s")
              .arg(number(double(results.population.events)))
              .arg(double(results.population.elapsedNs) / 1e9, 0, 'f', 1));

    rebuild(results);
    {
        UserQueries queries(m_viewsPath);
        listPages(queries, results);
        searches(queries, results);
        counts(queries, results);
    }
    {
        AnalyticsQueries queries(m_viewsPath);
        analytics(queries, results);
    }
    lag(results);
    results.peakRssMb = MachineInfo::peakRssMb();
    return results;
}

void QueryBenchmark::rebuild(QueryResults& results)
{
    SqliteEventStore store(m_ledgerPath, SqliteConnection::OpenMode::ReadOnly);
    ViewDatabase views(m_viewsPath);
    Projector projector(store, views, ReadModelCatalog::create());
    projector.initialize(); // a fresh file: creates the empty tables, checkpoints at 0
    const qint64 total = store.lastPosition();
    m_log(QStringLiteral("rebuilding %1 (%2 events)...")
              .arg(projector.modelNames().join(QStringLiteral(", ")), number(double(total))));
    qint64 nextReport = total / 10;
    QElapsedTimer timer;
    timer.start();
    const bool completed = projector.rebuild({}, [&](qint64 done, qint64) {
        if (done >= nextReport) {
            m_log(QStringLiteral("  %1 events, %2 s")
                      .arg(number(double(done)))
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
            nextReport += total / 10;
        }
        return true;
    });
    results.rebuildNs = timer.nsecsElapsed();
    if (!completed)
        throw std::runtime_error("the rebuild did not complete");
    results.rebuildEvents = projector.projectedPosition();
    m_projected = projector.projectedPosition();
    if (m_projected != total)
        throw std::runtime_error("the rebuild stopped before the head of the ledger");
    results.viewsBytes = fileSize(m_viewsPath);
    m_log(QStringLiteral("rebuilt in %1 s: %2 events/s")
              .arg(double(results.rebuildNs) / 1e9, 0, 'f', 1)
              .arg(number(results.rebuildEventsPerSecond())));
}

void QueryBenchmark::listPages(UserQueries& queries, QueryResults& results)
{
    // First pages: the default view and the ones an administrator clicks to, interleaved round
    // by round so that a noisy moment does not land on one variant.
    struct Variant
    {
        QString name;
        std::function<UserListQuery(int round)> query;
    };
    const std::vector<Variant> variants{
        {QStringLiteral("all, newest first"), [](int) { return UserListQuery(); }},
        {QStringLiteral("one organisation, newest first"),
         [](int round) {
             UserListQuery q;
             q.organizationId = UserPopulation::organisation(round % UserPopulation::OrganisationCount);
             return q;
         }},
        {QStringLiteral("status unverified, newest first"),
         [](int) {
             UserListQuery q;
             q.status = UserStatus::Unverified;
             return q;
         }},
        {QStringLiteral("all, username A-Z"), [](int) { return sorted(QStringLiteral("username")); }},
        {QStringLiteral("one organisation, last name Z-A"),
         [](int round) {
             UserListQuery q = sorted(QStringLiteral("lastName:desc"));
             q.organizationId = UserPopulation::organisation((round * 7) % UserPopulation::OrganisationCount);
             return q;
         }},
        {QStringLiteral("all, last login latest first"),
         [](int) { return sorted(QStringLiteral("lastLoginAt:desc")); }},
    };
    constexpr int rounds = 100;
    results.firstPage.assign(variants.size(), {});
    for (size_t v = 0; v < variants.size(); ++v) {
        results.firstPage[v].first = variants[v].name;
        g_sink = g_sink + queries.list(variants[v].query(0)).items.size(); // prepares the statements
    }
    for (int round = 0; round < rounds; ++round) {
        for (size_t v = 0; v < variants.size(); ++v) {
            const UserListQuery query = variants[v].query(round);
            results.firstPage[v].second.add(
                timed([&] { g_sink = g_sink + queries.list(query).items.size(); }));
        }
    }
    m_log(QStringLiteral("first pages: p95 %1 ms").arg(results.firstPageP95(), 0, 'f', 3));

    // Deep pages: walk the cursor (untimed) to the page after deepOffset rows, then time that page.
    results.deepOffset = std::min<qint64>(50'000, (m_options.users / 2) / 50 * 50);
    const std::vector<std::pair<QString, UserListQuery>> deep{
        {QStringLiteral("all, newest first"), UserListQuery()},
        {QStringLiteral("all, username A-Z"), sorted(QStringLiteral("username"))},
    };
    QElapsedTimer walk;
    walk.start();
    for (const auto& [name, start] : deep) {
        UserListQuery query = start;
        qint64 rows = 0;
        while (rows < results.deepOffset) {
            const UserListPage page = queries.list(query);
            rows += page.items.size();
            if (page.nextCursor.isEmpty())
                throw std::runtime_error("the list ended before the deep page");
            query.after = page.nextCursor;
        }
        LatencySamples samples;
        for (int i = 0; i < rounds; ++i)
            samples.add(timed([&] { g_sink = g_sink + queries.list(query).items.size(); }));
        results.deepPage.emplace_back(name, samples);
    }
    results.walkNs = walk.nsecsElapsed();
    m_log(QStringLiteral("deep pages: p95 %1 ms").arg(results.deepPageP95(), 0, 'f', 3));
}

void QueryBenchmark::searches(UserQueries& queries, QueryResults& results)
{
    // Prefixes of first and last names, 2 to 4 letters, some capitalised, some accented
    // ("Mül", "Amél"); every third one within an organisation. Usernames and e-mails begin
    // with the first name, so a first-name prefix matches those columns too.
    struct Search
    {
        QString prefix;
        std::optional<QString> organisation;
    };
    std::vector<Search> list;
    for (int j = 0; j < 90; ++j) {
        const QString name =
            j % 2 == 0 ? UserPopulation::name(quint64(j) * 7) : UserPopulation::lastName(quint64(j) * 11);
        QString prefix = name.left(2 + j % 3);
        prefix = j % 5 == 0 ? prefix : prefix.toLower();
        std::optional<QString> organisation;
        if (j % 3 == 2)
            organisation = UserPopulation::organisation(j % UserPopulation::OrganisationCount);
        list.push_back(Search{prefix, organisation});
    }
    results.search.assign(3, {});
    std::vector<qint64> matches(3, 0);
    std::vector<int> searchesOf(3, 0);
    struct Timed
    {
        qint64 ns;
        QString text;
    };
    std::vector<Timed> each;
    for (int round = 0; round < 2; ++round) {
        for (const Search& s : list) {
            UserListQuery query;
            query.search = s.prefix;
            query.organizationId = s.organisation;
            const size_t group = size_t(s.prefix.size() - 2);
            UserListPage page;
            const qint64 ns = timed([&] { page = queries.list(query); });
            results.search[group].second.add(ns);
            each.push_back(
                Timed{ns, QStringLiteral("\"%1\" (%2, %3 matches)")
                              .arg(s.prefix, s.organisation ? *s.organisation : QStringLiteral("all"))
                              .arg(page.totalCount)});
            matches[group] += page.totalCount;
            ++searchesOf[group];
        }
    }
    for (size_t g = 0; g < 3; ++g)
        results.search[g].first = QStringLiteral("%1-letter prefixes (%2 matches on average)")
                                      .arg(g + 2)
                                      .arg(number(double(matches[g]) / std::max(1, searchesOf[g])));
    std::sort(each.begin(), each.end(), [](const Timed& a, const Timed& b) { return a.ns > b.ns; });
    for (size_t i = 0; i < std::min<size_t>(8, each.size()); ++i)
        results.slowestSearches.append(
            QStringLiteral("%1: %2 ms").arg(each[i].text).arg(double(each[i].ns) / 1e6, 0, 'f', 1));
    m_log(QStringLiteral("searches: p95 %1 ms").arg(results.searchP95(), 0, 'f', 3));
}

void QueryBenchmark::counts(UserQueries& queries, QueryResults& results)
{
    struct Variant
    {
        QString name;
        std::function<UserListQuery(int round)> query;
    };
    const std::vector<Variant> variants{
        {QStringLiteral("all"), [](int) { return UserListQuery(); }},
        {QStringLiteral("one organisation"),
         [](int round) {
             UserListQuery q;
             q.organizationId = UserPopulation::organisation(round % UserPopulation::OrganisationCount);
             return q;
         }},
        {QStringLiteral("status disabled"),
         [](int) {
             UserListQuery q;
             q.status = UserStatus::Disabled;
             return q;
         }},
        {QStringLiteral("one organisation and status active"),
         [](int round) {
             UserListQuery q;
             q.organizationId = UserPopulation::organisation((round * 3) % UserPopulation::OrganisationCount);
             q.status = UserStatus::Active;
             return q;
         }},
        {QStringLiteral("3-letter search"),
         [](int round) {
             UserListQuery q;
             q.search = UserPopulation::lastName(quint64(round)).left(3);
             return q;
         }},
    };
    constexpr int rounds = 100;
    results.count.assign(variants.size(), {});
    for (size_t v = 0; v < variants.size(); ++v) {
        results.count[v].first = variants[v].name;
        g_sink = g_sink + queries.count(variants[v].query(0));
    }
    for (int round = 0; round < rounds; ++round) {
        for (size_t v = 0; v < variants.size(); ++v) {
            const UserListQuery query = variants[v].query(round);
            results.count[v].second.add(timed([&] { g_sink = g_sink + queries.count(query); }));
        }
    }
    m_log(QStringLiteral("counts: p95 %1 ms").arg(results.countP95(), 0, 'f', 3));
}

void QueryBenchmark::analytics(AnalyticsQueries& queries, QueryResults& results)
{
    // Users were created today (the events' recorded time is when they were written): the
    // range is the last 30 days, today included, in the system's zone as the GUI passes it.
    const QDate today = QDate::currentDate();
    auto queryFor = [&](std::optional<QString> organisation) {
        AnalyticsQuery query;
        query.organizationId = std::move(organisation);
        query.from = today.addDays(-30);
        query.to = today;
        return query;
    };
    results.analyticsRange =
        QStringLiteral("%1 to %2").arg(today.addDays(-30).toString(Qt::ISODate), today.toString(Qt::ISODate));
    std::vector<AnalyticsQuery> all;
    for (int k = 0; k < UserPopulation::OrganisationCount; ++k)
        all.push_back(queryFor(UserPopulation::organisation(k)));
    all.push_back(queryFor(std::nullopt));

    results.analyticsFirstCallMs =
        double(timed([&] { g_sink = g_sink + queries.figures(all.back()).total; })) / 1e6;
    LatencySamples one;
    LatencySamples every;
    for (int round = 0; round < 2; ++round) {
        for (int k = 0; k < UserPopulation::OrganisationCount; ++k)
            one.add(timed([&] { g_sink = g_sink + queries.figures(all[size_t(k)]).total; }));
        for (int i = 0; i < 20; ++i)
            every.add(timed([&] { g_sink = g_sink + queries.figures(all.back()).total; }));
    }
    results.analytics = {{QStringLiteral("one organisation (each of 50, twice)"), one},
                         {QStringLiteral("all organisations"), every}};
    const UserAnalytics total = queries.figures(all.back());
    if (total.total != m_options.users)
        throw std::runtime_error("the analytics do not count every user: the range misses some");
    m_log(QStringLiteral("analytics uncached: %1 ms").arg(results.analyticsUncachedMs(), 0, 'f', 3));

    // Through the cache: the first call of each query misses and stores; then hits are timed.
    QueryCache cache;
    CachedAnalytics cached(queries, cache, [this] { return m_projected; });
    for (const AnalyticsQuery& query : all)
        cached.figures(query);
    int misses = 0;
    for (int i = 0; i < 20'000; ++i) {
        const AnalyticsQuery& query = all[size_t(i) % all.size()];
        bool hit = false;
        results.analyticsCached.add(timed([&] { g_sink = g_sink + cached.figures(query, &hit).total; }));
        misses += hit ? 0 : 1;
    }
    if (misses != 0)
        throw std::runtime_error("the analytics cache missed after being filled");
    m_log(QStringLiteral("analytics cached: %1 ms").arg(results.analyticsCachedMs(), 0, 'f', 4));
}

void QueryBenchmark::lag(QueryResults& results)
{
    StoreNotifier notifier;
    SqliteEventStore store(m_ledgerPath, SqliteConnection::OpenMode::MustExist, nullptr, &notifier);
    UserCommandHandler handler(store);
    QueryCache cache;
    ProjectionRunner runner(m_ledgerPath, m_viewsPath, [] { return ReadModelCatalog::create(); });
    LagProbe probe(runner);
    // Stops the runner before the probe its listener calls goes away, whatever happens.
    struct StopFirst
    {
        ProjectionRunner& runner;
        ~StopFirst() { runner.stop(); }
    } stopFirst{runner};
    // The app's wiring: invalidate the cache right after each batch commits.
    runner.setChangesListener([&cache, &probe](const ProjectedChanges& changes) {
        cache.invalidate(changes);
        probe.committed(changes.upToPosition);
    });
    runner.start();
    if (!runner.waitForPosition(store.lastPosition(), 120'000))
        throw std::runtime_error("the projection runner did not reach the head of the ledger");
    probe.start();
    // The probe hears of each commit first, then the runner is woken, as the app wires it.
    QObject::connect(&notifier, &StoreNotifier::appended, &notifier,
                     [&probe](qint64 p) { probe.appended(p); });
    QObject::connect(&notifier, &StoreNotifier::appended, &runner, &ProjectionRunner::storeAppended);

    const int rate = m_options.commandsPerSecond;
    const int total = m_options.lagSeconds * rate;
    const qint64 loginBase = QDateTime::currentMSecsSinceEpoch() + 400LL * 24 * 60 * 60 * 1000;
    const CommandContext context = benchContext();
    m_log(QStringLiteral("lag: %1 commands at %2/s with the runner projecting...").arg(total).arg(rate));

    // Each command appends exactly one event: a new last or first name, a login later than
    // every generated one, or a new user.
    auto issue = [&](int n) {
        const QUuid user = m_userIds.at(size_t(qint64(n) * 7919 % qint64(m_userIds.size())));
        CommandResult result;
        results.commandTime.add(timed([&] {
            switch (n % 10) {
            case 0:
            case 1:
            case 2:
            case 3: {
                UpdateUserProfile update;
                update.lastName = QStringLiteral("Lagtest %1").arg(n);
                result = handler.updateProfile(user, update, context);
                break;
            }
            case 4:
            case 5: {
                UpdateUserProfile update;
                update.firstName = QStringLiteral("Lag %1").arg(n);
                result = handler.updateProfile(user, update, context);
                break;
            }
            case 6:
            case 7:
            case 8:
                result = handler.recordLogin(user, loginBase + qint64(n) * 1000, context);
                break;
            default: {
                const QString name = QStringLiteral("lag.user.%1").arg(n);
                result = handler.create(CreateUser{name,
                                                   name + QStringLiteral("@lag.example"),
                                                   QStringLiteral("Lag"),
                                                   QStringLiteral("User"),
                                                   UserPopulation::organisation(n % 50),
                                                   {QStringLiteral("user")},
                                                   true,
                                                   false},
                                        context);
                break;
            }
            }
        }));
        if (result.appendedEvents != 1)
            throw std::runtime_error("a lag command did not append exactly one event");
    };

    QEventLoop loop;
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    pace.setInterval(1000 / rate);
    QElapsedTimer clock;
    int issued = 0;
    std::exception_ptr failure;
    QObject::connect(&pace, &QTimer::timeout, &loop, [&] {
        try {
            const qint64 due = std::min<qint64>(total, clock.nsecsElapsed() * rate / 1'000'000'000 + 1);
            while (issued < due)
                issue(issued++);
        } catch (...) {
            failure = std::current_exception();
        }
        if (issued >= total || failure)
            loop.quit();
    });
    clock.start();
    pace.start();
    loop.exec();
    pace.stop();
    results.lagSeconds = double(clock.nsecsElapsed()) / 1e9;
    results.lagCommands = issued;
    results.lagUnreached = probe.finish(10'000);
    runner.stop();
    if (failure)
        std::rethrow_exception(failure);
    results.lagVisible = probe.visible();
    results.lagCommit = probe.commit();
    m_log(QStringLiteral("lag: p95 %1 ms").arg(results.lagP95(), 0, 'f', 3));
}

} // namespace keyledger::bench
