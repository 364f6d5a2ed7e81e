#pragma once

#include "projections/ProjectedChanges.h"
#include "projections/ProjectionStatus.h"
#include "projections/ReadModel.h"

#include <QAtomicInteger>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace keyledger {

class Projector;
class SqliteEventStore;
class ViewDatabase;

// The part of ProjectionRunner that lives on its worker thread: it owns the connections and the
// projector, catches up when woken or when its poll sees the ledger grow (another process
// writing), and reports through queued signals.
class ProjectionWorker : public QObject
{
    Q_OBJECT

public:
    using ModelFactory = std::function<std::vector<std::unique_ptr<ReadModel>>()>;

    ProjectionWorker(QString ledgerPath, QString viewsPath, ModelFactory factory);
    ~ProjectionWorker() override;

    QAtomicInteger<bool>& rebuildCancelled() { return m_rebuildCancelled; }

public Q_SLOTS:
    void open();
    void wake();
    void rebuild(const QStringList& names);
    void close();

Q_SIGNALS:
    void projected(qint64 position, const QList<keyledger::ProjectionStatus>& status);
    void changed(const keyledger::ProjectedChanges& changes);
    void modelFailed(const QString& name, qint64 position, const QString& error);
    void rebuildProgress(qint64 done, qint64 total);
    void rebuildFinished(bool completed, const QString& error);
    void failed(const QString& message);

private:
    void catchUpSlice();
    void publish();

    QString m_ledgerPath;
    QString m_viewsPath;
    ModelFactory m_factory;
    std::unique_ptr<SqliteEventStore> m_ledger;
    std::unique_ptr<ViewDatabase> m_views;
    std::unique_ptr<Projector> m_projector;
    QTimer* m_poll = nullptr;
    QStringList m_reportedFailures;
    QAtomicInteger<bool> m_rebuildCancelled{false};
    bool m_slicePending = false;
};

} // namespace keyledger
