#pragma once

#include "projections/ProjectedChanges.h"
#include "projections/ProjectionStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace keyledger {

class EventStore;
class ReadModel;
class ViewDatabase;

// Brings the read models up to the ledger's head, synchronously, on the calling thread. Each
// batch is one transaction on the views database holding every model's rows and checkpoint; a
// model whose apply() throws is rolled back to its savepoint, stopped at that position with the
// error recorded, and the others go on. ProjectionRunner drives it from a worker thread; the CLI
// calls it directly.
class Projector
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::Projector)

public:
    static constexpr int BatchSize = 1000;
    // A rebuild is not waited on event by event: bigger transactions make it faster.
    static constexpr int RebuildBatchSize = 10000;
    // A rebuild keeps the models' rows in memory and writes each once, flushing them all when
    // they grow past this many (across the models). Measured on 100,000 users (400,000 rows):
    // as fast as holding them all, with a peak of 181 MB instead of 365 MB, as a user's events
    // come close together.
    static constexpr qsizetype RebuildRowsInMemory = 100'000;
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels
    using ChangesListener = std::function<void(const ProjectedChanges&)>;

    Projector(EventStore& ledger, ViewDatabase& views, std::vector<std::unique_ptr<ReadModel>> models);
    ~Projector();

    // Creates missing tables and checkpoints; models whose version changed are rebuilt (blocking)
    // and models that failed before get another chance (the cause may have been fixed).
    void initialize(const Progress& progress = {});
    // Applies up to maxBatches batches (all when negative); returns the position every healthy
    // model has reached.
    qint64 catchUp(int maxBatches = -1);
    // Rebuilds the named models (all when empty) from position 1 into tables built aside, then
    // swaps them in one transaction; queries see the old rows until then. False when cancelled.
    bool rebuild(const QStringList& names, const Progress& progress = {});

    qint64 projectedPosition() const { return m_projected; }
    QList<ProjectionStatus> status();
    QStringList modelNames() const;
    void setChangesListener(ChangesListener listener) { m_listener = std::move(listener); }
    // Time travel: read no event after this position (catchUp, rebuild and status stop there).
    void setEndPosition(qint64 position) { m_endPosition = position; }
    // How many rows a rebuild may hold in memory before it writes them (RebuildRowsInMemory).
    void setRebuildRowsInMemory(qsizetype rows) { m_rebuildRowsInMemory = rows; }

private:
    struct Entry;
    qint64 computeProjected() const;
    void applyBatch(const QList<struct RecordedEvent>& batch, std::vector<Entry*>& entries);
    // How many events to read after position `after`: batchSize, less near the end position.
    int readLimit(qint64 after, int batchSize) const;
    qint64 head();

    EventStore& m_ledger;
    ViewDatabase& m_views;
    std::vector<std::unique_ptr<Entry>> m_entries;
    qint64 m_projected = 0;
    ChangesListener m_listener;
    std::optional<qint64> m_endPosition;
    qsizetype m_rebuildRowsInMemory = RebuildRowsInMemory;
};

} // namespace keyledger
