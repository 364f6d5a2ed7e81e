#include "store/ChainVerificationJob.h"

#include "store/SqliteEventStore.h"

#include <QThread>

namespace keyledger {

ChainVerificationJob::ChainVerificationJob(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<keyledger::ChainReport>();
}

ChainVerificationJob::~ChainVerificationJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ChainVerificationJob::start()
{
    if (isRunning())
        return;
    delete m_thread;
    m_cancelled.storeRelaxed(false);
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void ChainVerificationJob::cancel()
{
    m_cancelled.storeRelaxed(true);
}

bool ChainVerificationJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ChainVerificationJob::run()
{
    // Signals emitted here reach receivers on other threads through queued connections.
    try {
        SqliteEventStore store(m_databasePath, SqliteConnection::OpenMode::ReadOnly);
        const ChainReport report = store.verifyChain([this](qint64 done, qint64 total) {
            Q_EMIT progressed(done, total);
            return !m_cancelled.loadRelaxed();
        });
        Q_EMIT finished(report);
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromUtf8(e.what()));
    }
}

} // namespace keyledger
