#include "BulkBenchmark.h"

#include "RawSqliteWriter.h"
#include "StoreFile.h"
#include "UserEventFactory.h"
#include "store/SqliteEventStore.h"

#include <QElapsedTimer>

namespace keyledger::bench {

BulkBenchmark::BulkBenchmark(const UserEventFactory& factory, QString directory)
    : m_factory(factory)
    , m_directory(std::move(directory))
{}

BulkRun BulkBenchmark::runStore(int round) const
{
    const StoreFile file(m_directory, QStringLiteral("bulk-store-%1.db").arg(round));
    SqliteEventStore store(file.path(), SqliteConnection::OpenMode::CreateIfMissing);
    BulkRun run;
    QElapsedTimer timer;
    for (qint64 b = 0; b < m_factory.batchCount(); ++b) {
        timer.start();
        const QString streamId = m_factory.streamId(b);
        const QList<NewEvent> events = m_factory.batch(b);
        run.generateNs += timer.nsecsElapsed();

        timer.start();
        store.append(streamId, events, ExpectedVersion::noStream());
        run.appendNs += timer.nsecsElapsed();
        run.events += events.size();
    }
    return run;
}

BulkRun BulkBenchmark::runRaw(int round) const
{
    const StoreFile file(m_directory, QStringLiteral("bulk-raw-%1.db").arg(round));
    {
        // The real schema, PRAGMAs and application id, from the real migrator.
        SqliteEventStore schema(file.path(), SqliteConnection::OpenMode::CreateIfMissing);
    }
    RawSqliteWriter writer(file.path());
    BulkRun run;
    QElapsedTimer timer;
    for (qint64 b = 0; b < m_factory.batchCount(); ++b) {
        timer.start();
        const QString streamId = m_factory.streamId(b);
        const QList<NewEvent> events = m_factory.batch(b);
        run.generateNs += timer.nsecsElapsed();

        timer.start();
        const std::vector<RawEventRow> rows = rawRows(streamId, events);
        run.serialiseNs += timer.nsecsElapsed();

        timer.start();
        writer.appendBatch(rows);
        run.appendNs += timer.nsecsElapsed();
        run.events += static_cast<qint64>(rows.size());
    }
    return run;
}

} // namespace keyledger::bench
