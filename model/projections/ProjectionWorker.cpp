#include "projections/ProjectionWorker.h"

#include "projections/Projector.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"

#include <QTimer>

namespace keyledger {

namespace {
// Another process (the CLI while the GUI is open) gives no in-process notification: a cheap
// poll of the ledger's last position sees its appends well within a second.
constexpr int pollIntervalMs = 250;
// Catch-up runs in slices so that a stop or a rebuild request is handled between them.
constexpr int batchesPerSlice = 10;
} // namespace

ProjectionWorker::ProjectionWorker(QString ledgerPath, QString viewsPath, ModelFactory factory)
    : m_ledgerPath(std::move(ledgerPath))
    , m_viewsPath(std::move(viewsPath))
    , m_factory(std::move(factory))
{}

ProjectionWorker::~ProjectionWorker() = default;

void ProjectionWorker::open()
{
    try {
        m_ledger = std::make_unique<SqliteEventStore>(m_ledgerPath, SqliteConnection::OpenMode::ReadOnly);
        m_views = std::make_unique<ViewDatabase>(m_viewsPath);
        m_projector = std::make_unique<Projector>(*m_ledger, *m_views, m_factory());
        m_projector->setChangesListener([this](const ProjectedChanges& changes) { Q_EMIT changed(changes); });
        m_projector->initialize([this](qint64 done, qint64 total) {
            Q_EMIT rebuildProgress(done, total);
            return true;
        });
    } catch (const std::exception& error) {
        m_projector.reset();
        Q_EMIT failed(QString::fromUtf8(error.what()));
        return;
    }
    m_poll = new QTimer(this);
    m_poll->setInterval(pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ProjectionWorker::wake);
    m_poll->start();
    publish();
    wake();
}

void ProjectionWorker::wake()
{
    if (!m_projector || m_slicePending)
        return;
    m_slicePending = true;
    QMetaObject::invokeMethod(this, &ProjectionWorker::catchUpSlice, Qt::QueuedConnection);
}

void ProjectionWorker::catchUpSlice()
{
    m_slicePending = false;
    if (!m_projector)
        return;
    try {
        const qint64 before = m_projector->projectedPosition();
        m_projector->catchUp(batchesPerSlice);
        const qint64 head = m_ledger->lastPosition();
        if (m_projector->projectedPosition() != before || head == m_projector->projectedPosition())
            publish();
        // More to do: continue after whatever else is queued (a stop, a rebuild request).
        bool healthy = false;
        for (const ProjectionStatus& s : m_projector->status())
            healthy = healthy || s.healthy();
        if (healthy && m_projector->projectedPosition() < head)
            wake();
    } catch (const std::exception& error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
    }
}

void ProjectionWorker::publish()
{
    const QList<ProjectionStatus> status = m_projector->status();
    for (const ProjectionStatus& s : status) {
        if (!s.healthy() && !m_reportedFailures.contains(s.name)) {
            m_reportedFailures.append(s.name);
            Q_EMIT modelFailed(s.name, s.failedPosition, s.error);
        }
    }
    Q_EMIT projected(m_projector->projectedPosition(), status);
}

void ProjectionWorker::rebuild(const QStringList& names)
{
    if (!m_projector) {
        Q_EMIT rebuildFinished(false, tr("The read models are not open."));
        return;
    }
    m_rebuildCancelled.storeRelaxed(false);
    try {
        const bool completed = m_projector->rebuild(names, [this](qint64 done, qint64 total) {
            Q_EMIT rebuildProgress(done, total);
            return !m_rebuildCancelled.loadRelaxed();
        });
        for (const QString& name : names.isEmpty() ? m_projector->modelNames() : names)
            m_reportedFailures.removeAll(name);
        Q_EMIT rebuildFinished(completed, QString());
    } catch (const std::exception& error) {
        Q_EMIT rebuildFinished(false, QString::fromUtf8(error.what()));
    }
    publish();
    wake();
}

void ProjectionWorker::close()
{
    delete m_poll;
    m_poll = nullptr;
    m_projector.reset();
    m_views.reset();
    m_ledger.reset();
}

} // namespace keyledger
