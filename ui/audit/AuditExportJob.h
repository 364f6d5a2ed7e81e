#pragma once

#include "export/AuditExportRequest.h"
#include "export/AuditExportResult.h"

#include <QAtomicInt>
#include <QObject>

class QThread;

namespace keyledger {

// Runs an AuditExporter (CSV, JSON Lines or PDF, see AuditExportSinks) on a thread of its own,
// so that a large export never freezes the window; reports progress and the result on the
// thread that created the job. The file appears complete or not at all.
class AuditExportJob : public QObject
{
    Q_OBJECT

public:
    AuditExportJob(AuditExportRequest request, QString path, QObject* parent = nullptr);
    // A CSV export from the views file alone (no chain head in it).
    AuditExportJob(const QString& viewsPath, const AuditFilter& filter, QString path,
                   QObject* parent = nullptr);
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
    AuditExportRequest m_request;
    QString m_path;
    QThread* m_thread = nullptr;
    QAtomicInt m_cancelled;
    AuditExportResult m_result;
};

} // namespace keyledger
