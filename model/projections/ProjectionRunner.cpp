#include "projections/ProjectionRunner.h"

#include <QDeadlineTimer>
#include <QThread>

namespace keyledger {

ProjectionRunner::ProjectionRunner(QString ledgerPath, QString viewsPath,
                                   ProjectionWorker::ModelFactory factory, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ProjectionWorker(std::move(ledgerPath), std::move(viewsPath), std::move(factory)))
{
    qRegisterMetaType<keyledger::ProjectedChanges>();
    qRegisterMetaType<keyledger::ProjectionStatus>();
    qRegisterMetaType<QList<keyledger::ProjectionStatus>>();
    m_thread->setObjectName(QStringLiteral("projections"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The status is recorded here, on whichever thread the worker emits from, so that
    // waitForPosition works even while this object's thread is blocked waiting.
    connect(
        m_worker, &ProjectionWorker::projected, m_worker,
        [this](qint64 position, const QList<ProjectionStatus>& status) { onProjected(position, status); },
        Qt::DirectConnection);
    connect(
        m_worker, &ProjectionWorker::changed, m_worker,
        [this](const ProjectedChanges& changes) {
            if (m_listener)
                m_listener(changes);
        },
        Qt::DirectConnection);
    connect(m_worker, &ProjectionWorker::changed, this, &ProjectionRunner::changed);
    connect(m_worker, &ProjectionWorker::modelFailed, this, &ProjectionRunner::modelFailed);
    connect(m_worker, &ProjectionWorker::rebuildProgress, this, &ProjectionRunner::rebuildProgress);
    connect(m_worker, &ProjectionWorker::rebuildFinished, this, &ProjectionRunner::rebuildFinished);
    connect(m_worker, &ProjectionWorker::failed, this, [this](const QString& message) {
        {
            QMutexLocker lock(&m_mutex);
            m_failure = message;
        }
        Q_EMIT failed(message);
    });
}

bool ProjectionRunner::hasReported() const
{
    QMutexLocker lock(&m_mutex);
    return !m_status.isEmpty() || !m_failure.isEmpty();
}

QString ProjectionRunner::failure() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

ProjectionRunner::~ProjectionRunner()
{
    if (!m_started)
        delete m_worker; // never moved into a running thread: nobody else will delete it
    stop();
}

void ProjectionRunner::setChangesListener(std::function<void(const ProjectedChanges&)> listener)
{
    Q_ASSERT(!m_thread->isRunning());
    m_listener = std::move(listener);
}

void ProjectionRunner::start()
{
    if (m_thread->isRunning())
        return;
    m_started = true;
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &ProjectionWorker::open, Qt::QueuedConnection);
}

void ProjectionRunner::stop()
{
    if (!m_thread->isRunning())
        return;
    cancelRebuild();
    QMetaObject::invokeMethod(m_worker, &ProjectionWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ProjectionRunner::onProjected(qint64 position, const QList<ProjectionStatus>& status)
{
    {
        QMutexLocker lock(&m_mutex);
        m_projected = position;
        m_status = status;
    }
    m_reached.wakeAll();
    QMetaObject::invokeMethod(
        this, [this, position] { Q_EMIT projected(position); }, Qt::QueuedConnection);
}

bool ProjectionRunner::waitForPosition(qint64 position, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (m_projected < position) {
        if (!m_reached.wait(&m_mutex, deadline))
            return m_projected >= position;
    }
    return true;
}

qint64 ProjectionRunner::projectedPosition() const
{
    QMutexLocker lock(&m_mutex);
    return m_projected;
}

QList<ProjectionStatus> ProjectionRunner::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void ProjectionRunner::storeAppended(qint64)
{
    QMetaObject::invokeMethod(m_worker, &ProjectionWorker::wake, Qt::QueuedConnection);
}

void ProjectionRunner::rebuild(const QStringList& names)
{
    QMetaObject::invokeMethod(
        m_worker, [this, names] { m_worker->rebuild(names); }, Qt::QueuedConnection);
}

void ProjectionRunner::cancelRebuild()
{
    m_worker->rebuildCancelled().storeRelaxed(true);
}

} // namespace keyledger
