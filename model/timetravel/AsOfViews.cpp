#include "timetravel/AsOfViews.h"

#include "common/KeyledgerError.h"
#include "domain/UserAggregate.h"
#include "projections/ProjectionContext.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "store/EventStore.h"
#include "store/StoreErrors.h"

#include <algorithm>

namespace keyledger {

namespace {

std::vector<std::unique_ptr<ReadModel>> catalogModels(const QStringList& names)
{
    std::vector<std::unique_ptr<ReadModel>> chosen;
    QStringList known;
    for (auto& model : ReadModelCatalog::create()) {
        known.append(model->name());
        if (names.contains(model->name()))
            chosen.push_back(std::move(model));
    }
    for (const QString& name : names) {
        if (!known.contains(name))
            throw KeyledgerError(
                AsOfViews::tr("There is no read model named %1 (known: %2).").arg(name, known.join(u", ")));
    }
    return chosen;
}

} // namespace

qint64 AsOfViews::endPositionAt(EventStore& ledger, const QDateTime& at)
{
    const qint64 atMs = at.toMSecsSinceEpoch();
    // Invariant: every event at or before `low` was recorded at or before `at`; every event
    // after `high` after it. Positions are gapless from 1; a point read each step.
    qint64 low = 0;
    qint64 high = ledger.lastPosition();
    while (low < high) {
        const qint64 middle = low + (high - low + 1) / 2;
        const QList<RecordedEvent> events = ledger.readAll(middle, 1);
        if (!events.isEmpty() && events.constFirst().recordedAtMs <= atMs)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

AsOfViews::AsOfViews(EventStore& ledger, const QDateTime& at)
    : m_ledger(ledger)
    , m_at(at.toUTC())
{
    if (!m_folder.isValid())
        throw StorageError(
            StorageError::Kind::Io,
            tr("Cannot create a temporary folder for the past views: %1").arg(m_folder.errorString()));
    m_endPosition = endPositionAt(m_ledger, m_at);
    m_views = std::make_unique<ViewDatabase>(viewsPath());
}

AsOfViews::~AsOfViews() = default;

QString AsOfViews::viewsPath() const
{
    return m_folder.filePath(QStringLiteral("asof.views.db"));
}

bool AsOfViews::build(const Progress& progress, const QStringList& models)
{
    // The projector's own rebuild: tables built without indexes in big transactions, then
    // swapped in with their indexes, exactly as `projections rebuild` does for today's views.
    Projector projector(m_ledger, *m_views, catalogModels(models));
    projector.setEndPosition(m_endPosition);
    projector.initialize();
    return projector.rebuild({}, progress);
}

void AsOfViews::buildUser(const QUuid& userId)
{
    std::vector<std::unique_ptr<ReadModel>> models = catalogModels({QStringLiteral("detail")});
    ReadModel& detail = *models.front();
    SqliteConnection& db = m_views->connection();
    ProjectionContext context(db, QString());
    const QList<RecordedEvent> stream = m_ledger.readStream(UserAggregate::streamIdFor(userId));
    db.beginWrite();
    try {
        detail.createTables(context);
        detail.createIndexes(context);
        for (const RecordedEvent& event : stream) {
            if (event.position > m_endPosition)
                break; // a stream's events are in position order
            detail.apply(event, context);
        }
        context.flushStates();
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }
}

} // namespace keyledger
