#include "audit/AuditExportJob.h"

#include "audit/AuditExportSinks.h"
#include "export/AuditExportSink.h"
#include "export/AuditExporter.h"

#include <QThread>

namespace keyledger {

AuditExportJob::AuditExportJob(AuditExportRequest request, QString path, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_path(std::move(path))
{}

AuditExportJob::AuditExportJob(const QString& viewsPath, const AuditFilter& filter, QString path,
                               QObject* parent)
    : AuditExportJob(AuditExportRequest{QString(), viewsPath, filter, AuditExportFormat::Csv},
                     std::move(path), parent)
{}

AuditExportJob::~AuditExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void AuditExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        // Written here, read on the job's thread once the thread has finished.
        const std::unique_ptr<AuditExportSink> sink = AuditExportSinks::create(m_request.format);
        m_result = AuditExporter::writeFile(m_request, *sink, m_path, [this](qint64 done, qint64 total) {
            Q_EMIT progress(done, total); // queued to the job's thread
            return m_cancelled.loadRelaxed() == 0;
        });
    });
    m_thread->setObjectName(QStringLiteral("audit-export"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_result); });
    m_thread->start(QThread::LowPriority);
}

bool AuditExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AuditExportJob::cancel()
{
    m_cancelled.storeRelaxed(1);
}

} // namespace keyledger
