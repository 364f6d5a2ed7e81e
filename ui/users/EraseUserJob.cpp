#include "users/EraseUserJob.h"

#include "common/KeyledgerError.h"
#include "privacy/PersonalDataEraser.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"

#include <QThread>

namespace keyledger {

EraseUserJob::EraseUserJob(QString ledgerPath, QUuid userId, CommandContext context, QObject* parent)
    : QObject(parent)
    , m_ledgerPath(std::move(ledgerPath))
    , m_userId(userId)
    , m_context(std::move(context))
{}

EraseUserJob::~EraseUserJob()
{
    if (m_thread)
        m_thread->wait(); // an erasure is not cancelled halfway
}

void EraseUserJob::start()
{
    m_thread = QThread::create([this] {
        try {
            SqliteEventStore store(m_ledgerPath, SqliteConnection::OpenMode::MustExist);
            ViewDatabase views(ViewDatabase::pathFor(m_ledgerPath));
            Projector projector(store, views, ReadModelCatalog::create());
            projector.initialize();
            PersonalDataEraser eraser(store, &views, &projector);
            m_pseudonym = eraser.erase(m_userId, m_context).pseudonym;
        } catch (const KeyledgerError& error) {
            m_error = error.message();
        } catch (const std::exception& error) {
            m_error = QString::fromUtf8(error.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("erase-user"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished();
    });
    m_thread->start();
}

} // namespace keyledger
