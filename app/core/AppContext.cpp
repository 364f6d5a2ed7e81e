#include "AppContext.h"

#include "domain/UserEventCodec.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace keyledger {

void AppContext::setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Keyledger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYLEDGER_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("keyledger.app"));
}

QString AppContext::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("keyledger.db"));
}

AppContext::AppContext(const QString& databasePath, SqliteConnection::OpenMode mode)
    : m_databasePath(databasePath)
{
    UserEventCodec::registerUpcasters(m_upcasters);
    m_store = std::make_unique<SqliteEventStore>(databasePath, mode, &m_upcasters, &m_notifier);
    m_users = std::make_unique<UserCommandHandler>(*m_store);
    m_projections = std::make_unique<ProjectionRunner>(databasePath, viewsPath(),
                                                       [] { return ReadModelCatalog::create(); });
    m_projections->setChangesListener(
        [this](const ProjectedChanges& changes) { m_queryCache.invalidate(changes); });
    QObject::connect(&m_notifier, &StoreNotifier::appended, m_projections.get(),
                     &ProjectionRunner::storeAppended);
}

AppContext::~AppContext()
{
    m_projections->stop();
}

QString AppContext::viewsPath() const
{
    return ViewDatabase::pathFor(m_databasePath);
}

} // namespace keyledger
