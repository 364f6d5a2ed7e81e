// keyledger-bench store [--json] [--events N] [--dir PATH]
//
// The store benchmark of issue 2. What is measured, and how:
// - Bulk: N events (default 1,000,000) shaped like UserCreated events (about 275 bytes of
//   compact JSON with a "personal" part, import metadata), one stream "user-<uuid7>" per batch
//   of 1,000, expected version NoStream. Every id is generated before anything is timed, so
//   the store and the raw writer insert identical rows. Only the append calls are timed; the
//   NewEvent batches are built (and, for the raw writer, serialised to JSON bytes) just before
//   each call, outside the timed section, and those times are printed separately. The store
//   serialises JSON inside append, so that cost stays in the bulk rate.
// - Raw baseline: the same rows through the sqlite3 C API (RawSqliteWriter) on a file whose
//   schema the real SchemaMigrator created, with the store's PRAGMAs, one BEGIN IMMEDIATE
//   transaction per batch, HashChain::hash for the chain and UTF-8 text bound without copies.
// - Run order: 2 rounds, ABBA (raw, store, then store, raw), each pass on its own fresh file
//   that is deleted afterwards; each side reports the best of its 2 passes, so a noisy moment
//   on this 2-core machine does not favour one side. bulk_ratio = best store / best raw.
// - Single commands: 10,000 user creations through UserCommandHandler on a fresh file, one
//   command and one transaction each (event, username and e-mail claims, outbox row).
// - Rehydrate: in that same file, one user given 1,000 events through the handler (creation,
//   then profile updates, disable/enable, role changes); UserCommandHandler::load (replayStream
//   + UserAggregate::fromHistory) timed 300 times after 5 warm-up loads; p99 reported.
// - Peak RSS: VmHWM of this process at the end.
// --only store|raw|single|rehydrate runs one part alone (for a profiler); --json is silent on
// stderr, the human run logs each pass there.
//
// keyledger-bench queries [--json] [--users N] [--dir PATH] [--lag-seconds S]
//
// The query-side benchmark of issue 3, on one ledger and its views file (removed at the end):
// - Data: N users (default 100,000) over 50 organisations, about 10 events each (creation,
//   e-mail verification, role changes, profile updates, logins, disable/enable), decided by
//   UserAggregate and appended with SqliteEventStore::append, two appends per user (see
//   PopulationWriter); the time it took is printed.
// - Rebuild: every read model from 0 with Projector::rebuild({}) on a fresh views file.
// - Queries on the main thread, each sampled 100+ times, interleaved: first pages (six views),
//   the page after 50,000 rows by keyset (the walk there untimed), prefix searches of 2-4
//   letters, counts, analytics for one organisation and for all, and the analytics through
//   QueryCache (hits timed).
// - Lag: a ProjectionRunner on the file (woken by the StoreNotifier, invalidating a QueryCache)
//   while the main thread issues 200 commands/s for 10 s through UserCommandHandler; for each,
//   the time from the append's commit to ProjectionRunner::waitForPosition returning.
// - Peak RSS: VmHWM at the end.
//
// keyledger-bench keycloak [--json] [--users N] [--dir PATH]
//
// The Keycloak push benchmark of issue 4, against the server in the KEYLEDGER_KEYCLOAK_URL,
// _REALM, _CLIENT_ID and _CLIENT_SECRET variables (scripts/run-keycloak.sh --env-file writes
// them): N users (default 1,000) created locally, then delivered by a SyncWorker with 6 in
// flight; again N with 1 in flight. Users per second and p95 of one delivery (start to outcome
// committed). The users stay in the realm, named bench-<random>-<i>.
//
// keyledger-bench gui [--json] [--users N] [--dir PATH]: see GuiBenchmark.h.
//
// keyledger-bench export [--json] [--events N] [--dir PATH]
//
// The audit export benchmark of issue 6 (see ExportBenchmark.h): about N events (default
// 1,000,000) of the queries population, the audit read model projected, then the whole trail
// exported to JSON Lines and to CSV and the JSON Lines file verified; events/s of each and the
// peak RSS over the exports alone (VmHWM reset through /proc/self/clear_refs before them).

#include "BenchOptions.h"
#include "BenchReport.h"
#include "ExportBenchmark.h"
#include "GuiBenchmark.h"
#include "KeycloakBenchmark.h"
#include "QueryBenchmark.h"
#include "QueryReport.h"
#include "StoreBenchmark.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

#include <exception>

using keyledger::bench::BenchOptions;

int main(int argc, char* argv[])
{
    // The GUI benchmark needs a QApplication (offscreen): it makes its own.
    if (argc > 1 && qstrcmp(argv[1], "gui") == 0)
        return keyledger::bench::runGuiBenchmark(argc, argv);
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    BenchOptions options;
    if (const auto problem = BenchOptions::parse(app.arguments().mid(1), options)) {
        err << *problem << '\n' << BenchOptions::usage() << '\n';
        return 2;
    }

    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("keyledger-bench-XXXXXX")));
    const QString directory = options.directory.isEmpty() ? temporary.path() : options.directory;
    if (!QDir().mkpath(directory)) {
        err << "cannot create " << directory << '\n';
        return 5;
    }

    auto log = [&err, &options](const QString& line) {
        if (!options.json)
            err << line << Qt::endl;
    };
    try {
        if (options.benchmark == QStringLiteral("keycloak")) {
            if (options.users == 100'000)
                options.users = 1000;
            const keyledger::bench::KeycloakBenchmark::Results results =
                keyledger::bench::KeycloakBenchmark(options, QDir(directory).absolutePath(), log).run();
            out << QString::fromUtf8(options.json ? results.json() : results.text());
            return 0;
        }
        if (options.benchmark == QStringLiteral("export")) {
            const keyledger::bench::ExportResults results =
                keyledger::bench::ExportBenchmark(options, QDir(directory).absolutePath(), log).run();
            if (options.json)
                out << QString::fromUtf8(results.json());
            else
                out << results.text();
            return 0;
        }
        if (options.benchmark == QStringLiteral("queries")) {
            const keyledger::bench::QueryResults results =
                keyledger::bench::QueryBenchmark(options, QDir(directory).absolutePath(), log).run();
            const keyledger::bench::QueryReport report(results);
            if (options.json)
                out << QString::fromUtf8(report.json());
            else
                out << report.text();
            return 0;
        }
        const keyledger::bench::BenchResults results =
            keyledger::bench::StoreBenchmark(options, QDir(directory).absolutePath(), log).run();
        const keyledger::bench::BenchReport report(results);
        if (options.json)
            out << QString::fromUtf8(report.json());
        else
            out << report.text();
    } catch (const std::exception& e) {
        err << "keyledger-bench: " << QString::fromUtf8(e.what()) << '\n';
        return 1;
    }
    return 0;
}
