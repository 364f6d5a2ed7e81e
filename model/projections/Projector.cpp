#include "projections/Projector.h"

#include "common/KeyledgerError.h"
#include "projections/ProjectionContext.h"
#include "projections/ReadModel.h"
#include "projections/ViewDatabase.h"
#include "store/EventStore.h"

#include <algorithm>
#include <future>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace keyledger {

namespace {

const QString rebuildSuffix = QStringLiteral("__rebuild");

// Waits for a read that is no longer wanted; what it read or threw does not matter any more.
template <typename Batch>
void waitQuietly(std::future<Batch>& read)
{
    if (read.valid())
        read.wait();
}

void mergeInto(ProjectedChanges& total, ProjectedChanges part)
{
    total.users.unite(part.users);
    total.organizations.unite(part.organizations);
    total.everything = total.everything || part.everything;
}

} // namespace

struct Projector::Entry
{
    std::unique_ptr<ReadModel> model;
    std::unique_ptr<ProjectionContext> context; // the live tables
    qint64 checkpoint = 0;
    qint64 failedPosition = 0;
    QString error;
    bool retried = false; // a model that failed before gets one more try per projector
};

Projector::Projector(EventStore& ledger, ViewDatabase& views, std::vector<std::unique_ptr<ReadModel>> models)
    : m_ledger(ledger)
    , m_views(views)
{
    for (auto& model : models) {
        auto entry = std::make_unique<Entry>();
        entry->model = std::move(model);
        entry->context = std::make_unique<ProjectionContext>(m_views.connection(), QString());
        m_entries.push_back(std::move(entry));
    }
}

Projector::~Projector() = default;

QStringList Projector::modelNames() const
{
    QStringList names;
    for (const auto& entry : m_entries)
        names.append(entry->model->name());
    return names;
}

void Projector::initialize(const Progress& progress)
{
    QStringList outdated;
    SqliteConnection& db = m_views.connection();
    db.beginWrite();
    try {
        for (const auto& entry : m_entries) {
            ReadModel& model = *entry->model;
            const auto checkpoint = m_views.checkpoint(model.name());
            if (checkpoint && checkpoint->version != model.version()) {
                // Tables of another version: leave them answering until the rebuild swaps in
                // tables of this version (their shape may differ: no index of ours fits them).
                outdated.append(model.name());
                entry->checkpoint = checkpoint->position;
                continue;
            }
            model.createTables(*entry->context);
            model.createIndexes(*entry->context);
            if (!checkpoint) {
                m_views.setCheckpoint(model.name(), model.version(), 0);
                entry->checkpoint = 0;
                continue;
            }
            entry->checkpoint = checkpoint->position;
            entry->failedPosition = checkpoint->failedPosition;
            entry->error = checkpoint->error;
        }
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }
    if (!outdated.isEmpty())
        rebuild(outdated, progress);
    m_projected = computeProjected();
}

qint64 Projector::computeProjected() const
{
    qint64 projected = -1;
    for (const auto& entry : m_entries) {
        if (entry->failedPosition == 0)
            projected = projected < 0 ? entry->checkpoint : std::min(projected, entry->checkpoint);
    }
    return std::max<qint64>(projected, 0);
}

qint64 Projector::catchUp(int maxBatches)
{
    for (int batches = 0; maxBatches < 0 || batches < maxBatches; ++batches) {
        std::vector<Entry*> active;
        qint64 from = -1;
        for (const auto& entry : m_entries) {
            // A model stopped by an event it could not apply gets another chance once per
            // start: the cause (a bug, a damaged row) may have been fixed meanwhile.
            if (entry->failedPosition != 0 && entry->retried)
                continue;
            entry->retried = entry->retried || entry->failedPosition != 0;
            active.push_back(entry.get());
            from = from < 0 ? entry->checkpoint : std::min(from, entry->checkpoint);
        }
        if (active.empty())
            break;
        const int limit = readLimit(from, BatchSize);
        if (limit == 0)
            break;
        const QList<RecordedEvent> batch = m_ledger.readAll(from + 1, limit);
        if (batch.isEmpty())
            break;
        applyBatch(batch, active);
    }
    m_projected = computeProjected();
    return m_projected;
}

void Projector::applyBatch(const QList<RecordedEvent>& batch, std::vector<Entry*>& entries)
{
    SqliteConnection& db = m_views.connection();
    const qint64 last = batch.last().position;
    struct Outcome
    {
        Entry* entry;
        qint64 failedPosition;
        QString error;
        ProjectedChanges changes;
    };
    std::vector<Outcome> outcomes;

    db.beginWrite();
    try {
        for (Entry* entry : entries) {
            ReadModel& model = *entry->model;
            // Each model in its own savepoint: one model's failure must not undo the others.
            db.exec(QStringLiteral("SAVEPOINT model"));
            qint64 current = 0;
            try {
                for (const RecordedEvent& event : batch) {
                    if (event.position <= entry->checkpoint)
                        continue;
                    current = event.position;
                    model.apply(event, *entry->context);
                }
                entry->context->flushStates();
                m_views.setCheckpoint(model.name(), model.version(), last);
                if (entry->failedPosition != 0)
                    m_views.clearFailure(model.name());
                db.exec(QStringLiteral("RELEASE model"));
                outcomes.push_back(Outcome{entry, 0, {}, entry->context->takeChanges()});
            } catch (const std::exception& error) {
                db.exec(QStringLiteral("ROLLBACK TO model"));
                db.exec(QStringLiteral("RELEASE model"));
                entry->context->discardStates();
                entry->context->takeChanges();
                const QString message = tr("cannot apply the event at position %1: %2")
                                            .arg(current)
                                            .arg(QString::fromUtf8(error.what()));
                m_views.recordFailure(model.name(), current, message);
                outcomes.push_back(Outcome{entry, current, message, {}});
            }
        }
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }

    ProjectedChanges changes;
    changes.upToPosition = last;
    for (Outcome& outcome : outcomes) {
        if (outcome.failedPosition != 0) {
            outcome.entry->retried = true;
            outcome.entry->failedPosition = outcome.failedPosition;
            outcome.entry->error = outcome.error;
        } else {
            outcome.entry->checkpoint = last;
            outcome.entry->failedPosition = 0;
            outcome.entry->error.clear();
            mergeInto(changes, std::move(outcome.changes));
        }
    }
    if (m_listener && !changes.isEmpty())
        m_listener(changes);
}

bool Projector::rebuild(const QStringList& names, const Progress& progress)
{
    std::vector<Entry*> targets;
    for (const auto& entry : m_entries) {
        if (names.isEmpty() || names.contains(entry->model->name()))
            targets.push_back(entry.get());
    }
    for (const QString& name : names) {
        if (!modelNames().contains(name))
            throw KeyledgerError(
                tr("There is no read model named %1 (known: %2).").arg(name, modelNames().join(u", ")));
    }
    if (targets.empty())
        return true;

    SqliteConnection& db = m_views.connection();
    ProjectionContext aside(db, rebuildSuffix);
    aside.ignoreChanges();
    auto dropAside = [&] {
        db.beginWrite();
        for (Entry* entry : targets) {
            for (const QString& table : entry->model->tables())
                db.exec(QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(aside.table(table)));
        }
        db.commit();
    };

    dropAside();
    db.beginWrite();
    for (Entry* entry : targets)
        entry->model->createTables(aside);
    db.commit();

    // Build aside from position 1, while the live tables keep answering queries.
    qint64 position = 0;
    const qint64 total = head();
    // Reading (and opening sealed data) costs about a third of a rebuild: the next batch is
    // read on another thread while this one is applied. The ledger is used by one thread at a
    // time: the reader from here on, this thread again once the last read has been waited for.
    // The batch applied before is freed there too. (Decoding there as well was tried: slower, as
    // every string the models keep would then be freed across threads.)
    auto readAfter = [this](qint64 after, QList<RecordedEvent> applied) {
        applied = QList<RecordedEvent>();
        const int limit = readLimit(after, RebuildBatchSize);
        return limit == 0 ? QList<RecordedEvent>() : m_ledger.readAll(after + 1, limit);
    };
    std::future<QList<RecordedEvent>> nextBatch =
        std::async(std::launch::async, readAfter, position, QList<RecordedEvent>());
    QList<RecordedEvent> applied;
    try {
        for (;;) {
            const QList<RecordedEvent> batch = nextBatch.get();
            if (batch.isEmpty())
                break;
            nextBatch = std::async(std::launch::async, readAfter, batch.last().position, std::move(applied));
            applied = batch; // shared: freed by the next read once this batch is done
            db.beginWrite();
            try {
                // Event by event, every model in turn: the event is decoded once for all.
                for (const RecordedEvent& event : batch) {
                    for (Entry* entry : targets) {
                        try {
                            entry->model->apply(event, aside);
                        } catch (const std::exception& error) {
                            throw KeyledgerError(tr("Rebuilding %1 stopped at position %2: %3")
                                                     .arg(entry->model->name())
                                                     .arg(event.position)
                                                     .arg(QString::fromUtf8(error.what())));
                        }
                    }
                }
                // Rows stay in memory across batches, written once each, unless too many.
                if (aside.heldRows() > m_rebuildRowsInMemory)
                    aside.flushStates();
                db.commit();
            } catch (...) {
                db.rollback();
                throw;
            }
            aside.takeChanges();
            position = batch.last().position;
            if (progress && !progress(position, std::max(total, position))) {
                waitQuietly(nextBatch);
                dropAside();
                return false;
            }
        }
    } catch (...) {
        waitQuietly(nextBatch);
        dropAside();
        throw;
    }

    // Swap in one transaction: readers see the old tables until the commit, the new ones after.
    db.beginWrite();
    try {
        aside.flushStates();
        for (Entry* entry : targets) {
            entry->context =
                std::make_unique<ProjectionContext>(db, QString()); // no statement on the old tables
            for (const QString& table : entry->model->tables()) {
                db.exec(QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(table));
                db.exec(QStringLiteral("ALTER TABLE \"%1\" RENAME TO \"%2\"").arg(aside.table(table), table));
            }
            entry->model->createIndexes(*entry->context);
            m_views.setCheckpoint(entry->model->name(), entry->model->version(), position);
            m_views.clearFailure(entry->model->name());
        }
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }
    for (Entry* entry : targets) {
        entry->checkpoint = position;
        entry->failedPosition = 0;
        entry->error.clear();
    }
#ifdef __GLIBC__
    // The rows and batches held meanwhile are freed, partly in the reading threads' arenas,
    // which glibc keeps for later: give them back, or the process stays that much bigger.
    malloc_trim(0);
#endif
    m_projected = computeProjected();
    if (m_listener) {
        ProjectedChanges everything;
        everything.upToPosition = position;
        everything.everything = true;
        m_listener(everything);
    }
    return true;
}

int Projector::readLimit(qint64 after, int batchSize) const
{
    if (!m_endPosition)
        return batchSize;
    return int(std::clamp<qint64>(*m_endPosition - after, 0, batchSize));
}

qint64 Projector::head()
{
    const qint64 last = m_ledger.lastPosition();
    return m_endPosition ? std::min(last, *m_endPosition) : last;
}

QList<ProjectionStatus> Projector::status()
{
    const qint64 last = head();
    QList<ProjectionStatus> list;
    for (const auto& entry : m_entries)
        list.append(ProjectionStatus{entry->model->name(), entry->checkpoint, last, entry->failedPosition,
                                     entry->error, false});
    return list;
}

} // namespace keyledger
