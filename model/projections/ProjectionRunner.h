#pragma once

#include "projections/ProjectedChanges.h"
#include "projections/ProjectionStatus.h"
#include "projections/ProjectionWorker.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

class QThread;

namespace keyledger {

// Keeps the read models up to date on a worker thread with connections of its own. Woken by
// the store's "appended up to P" notification (connect StoreNotifier::appended to
// storeAppended), and polling for other processes' appends. waitForPosition() is the
// read-your-writes primitive: after a command returned position P, wait until the read models
// have reached P before querying them.
class ProjectionRunner : public QObject
{
    Q_OBJECT

public:
    ProjectionRunner(QString ledgerPath, QString viewsPath, ProjectionWorker::ModelFactory factory,
                     QObject* parent = nullptr);
    ~ProjectionRunner() override;

    // Called on the worker thread right after each batch commits, before waitForPosition() can
    // see that position: the place for cache invalidation. Set before start().
    void setChangesListener(std::function<void(const ProjectedChanges&)> listener);

    void start();
    void stop();

    // Blocks the calling thread (never the worker's) until every healthy read model has applied
    // position P, or the timeout passed. True when reached.
    bool waitForPosition(qint64 position, int timeoutMs) const;
    qint64 projectedPosition() const;
    QList<ProjectionStatus> status() const;
    // Whether the runner has reported once (a position or a failure): until then the views
    // database may not exist yet, and a failing read is not yet an error to show.
    bool hasReported() const;
    // Why the runner could not go on (the views cannot be opened...); empty while it works.
    QString failure() const;

public Q_SLOTS:
    void storeAppended(qint64 upToPosition);
    void rebuild(const QStringList& names = {});
    void cancelRebuild();

Q_SIGNALS:
    void projected(qint64 position);
    void changed(const keyledger::ProjectedChanges& changes);
    void modelFailed(const QString& name, qint64 position, const QString& error);
    void rebuildProgress(qint64 done, qint64 total);
    void rebuildFinished(bool completed, const QString& error);
    void failed(const QString& message);

private:
    void onProjected(qint64 position, const QList<keyledger::ProjectionStatus>& status);

    QThread* m_thread = nullptr;
    ProjectionWorker* m_worker = nullptr;
    mutable QMutex m_mutex;
    mutable QWaitCondition m_reached;
    qint64 m_projected = 0;
    QList<ProjectionStatus> m_status;
    QString m_failure;
    std::function<void(const ProjectedChanges&)> m_listener;
    bool m_started = false;
};

} // namespace keyledger

Q_DECLARE_METATYPE(keyledger::ProjectedChanges)
Q_DECLARE_METATYPE(keyledger::ProjectionStatus)
