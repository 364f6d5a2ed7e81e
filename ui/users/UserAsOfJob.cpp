#include "users/UserAsOfJob.h"

#include "common/KeyledgerError.h"

#include <QThread>

namespace keyledger {

UserAsOfJob::UserAsOfJob(Loader loader, QString ledgerPath, QUuid userId, QDateTime at, QObject* parent)
    : QObject(parent)
    , m_loader(std::move(loader))
    , m_ledgerPath(std::move(ledgerPath))
    , m_userId(userId)
    , m_at(std::move(at))
{}

UserAsOfJob::~UserAsOfJob()
{
    if (m_thread)
        m_thread->wait();
}

void UserAsOfJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        // Written here, read on the job's thread once the thread has finished.
        try {
            m_user = m_loader(m_ledgerPath, m_userId, m_at);
        } catch (const KeyledgerError& error) {
            m_error = error.message();
        }
    });
    m_thread->setObjectName(QStringLiteral("user-as-of"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_user, m_error); });
    m_thread->start(QThread::LowPriority);
}

} // namespace keyledger
