#pragma once

#include "audit/AuditExportResult.h"
#include "queries/AuditFilter.h"

#include <QAtomicInt>
#include <QObject>

class QThread;

namespace keyledger {

// Runs an AuditCsvExporter on a thread of its own, so that a large export never freezes the
// window; reports progress and the result on the thread that created the job.
class AuditExportJob : public QObject
{
    Q_OBJECT

public:
    AuditExportJob(QString viewsPath, AuditFilter filter, QString path, QObject* parent = nullptr);
    // Cancels a running export and waits for its thread.
    ~AuditExportJob() override;

    void start();
    bool isRunning() const;
    const AuditExportResult& result() const { return m_result; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const keyledger::AuditExportResult& result);

private:
    QString m_viewsPath;
    AuditFilter m_filter;
    QString m_path;
    QThread* m_thread = nullptr;
    QAtomicInt m_cancelled;
    AuditExportResult m_result;
};

} // namespace keyledger
