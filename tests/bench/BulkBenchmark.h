#pragma once

#include <QString>

namespace keyledger::bench {

class UserEventFactory;

// One pass of the bulk data set into a fresh file. Only the append calls are timed; building
// the NewEvent batches (and, for the raw writer, serialising them to JSON bytes) is measured
// separately and left out of the rate.
struct BulkRun
{
    qint64 events = 0;
    qint64 appendNs = 0;
    qint64 generateNs = 0;
    qint64 serialiseNs = 0; // raw writer only; the store serialises inside append

    double eventsPerSecond() const { return appendNs > 0 ? events * 1e9 / double(appendNs) : 0.0; }
};

class BulkBenchmark
{
public:
    BulkBenchmark(const UserEventFactory& factory, QString directory);

    // SqliteEventStore::append, batch by batch, expected version NoStream.
    BulkRun runStore(int round) const;
    // The same rows through RawSqliteWriter, on a file whose schema the store created.
    BulkRun runRaw(int round) const;

private:
    const UserEventFactory& m_factory;
    QString m_directory;
};

} // namespace keyledger::bench
