#include "AppContext.h"

#include "domain/UserEventCodec.h"

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
}

} // namespace keyledger
