#include "sync/RealmImportJob.h"

#include "sync/RealmImport.h"

#include <QThread>

namespace keyledger {

RealmImportJob::RealmImportJob(QString databasePath, ServerProfile profile, QString secret, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_profile(std::move(profile))
    , m_secret(std::move(secret))
{}

RealmImportJob::~RealmImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void RealmImportJob::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("realm-import"));
    connect(m_thread, &QThread::started, m_thread, [this] {
        // Built in the worker thread: its store connection and network manager live there.
        auto* import = new RealmImport(m_databasePath, m_profile, m_secret);
        m_import = import;
        connect(import, &RealmImport::progress, this, &RealmImportJob::progress, Qt::QueuedConnection);
        connect(import, &RealmImport::finished, import, [this, import] {
            const ImportReport report = import->report();
            import->deleteLater();
            QMetaObject::invokeMethod(this, [this, report] {
                m_report = report;
                m_thread->quit();
                m_thread->wait();
                m_thread->deleteLater();
                m_thread = nullptr;
                Q_EMIT finished();
            });
        });
        import->start();
    });
    m_thread->start();
}

void RealmImportJob::cancel()
{
    if (RealmImport* import = m_import.data())
        QMetaObject::invokeMethod(import, &RealmImport::cancel);
}

} // namespace keyledger
