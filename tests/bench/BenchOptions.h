#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace keyledger::bench {

// What `keyledger-bench store [--json] [--events N] [--dir PATH]` or
// `keyledger-bench queries [--json] [--users N] [--dir PATH]` or
// `keyledger-bench export [--json] [--events N] [--dir PATH]` was asked to do.
struct BenchOptions
{
    QString benchmark = QStringLiteral("store"); // "store", "queries" or "export"
    bool json = false;
    qint64 bulkEvents = 1'000'000; // store: bulk events; export: events of the ledger exported
    qint64 batchSize = 1'000;
    qint64 singleCommands = 10'000;
    qint64 streamLength = 1'000; // events in the stream that is rehydrated
    int rehydrateSamples = 300;
    int bulkRounds = 2; // each round runs raw and store once, in alternating order
    QString directory;  // empty: a temporary folder
    QString only;       // for profiling: "store", "raw", "single" or "rehydrate"; empty: everything
    // queries: the population (about 10 events per user over 50 organisations)
    qint64 users = 100'000;
    int lagSeconds = 10; // how long commands are issued while the runner projects
    int commandsPerSecond = 200;

    bool runs(const QString& part) const { return only.isEmpty() || only == part; }

    // Parses the arguments after the program name; returns the usage error, if any.
    static std::optional<QString> parse(const QStringList& arguments, BenchOptions& options);
    static QString usage();
};

} // namespace keyledger::bench
