#pragma once

#include "commands/UserCommandHandler.h"
#include "projections/ProjectionRunner.h"
#include "queries/QueryCache.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"
#include "store/UpcasterRegistry.h"

#include <QString>

#include <memory>

namespace keyledger {

// The composition root: the one place where the model's objects are built and wired, for the
// GUI and the CLI alike. Lives on the thread that created it (its store connection does).
class AppContext
{
public:
    // Sets the application's name so that QStandardPaths resolves Keyledger's folders.
    static void setApplicationIdentity();
    // <AppDataLocation>/keyledger.db, e.g. ~/.local/share/Keyledger/keyledger.db on Linux.
    static QString defaultDatabasePath();

    AppContext(const QString& databasePath, SqliteConnection::OpenMode mode);
    ~AppContext();

    SqliteEventStore& store() { return *m_store; }
    // The read models' file next to the ledger, and the runner that keeps it up to date (not
    // started: the GUI starts it; the CLI projects synchronously). The runner invalidates the
    // query cache as it projects.
    QString viewsPath() const;
    ProjectionRunner& projections() { return *m_projections; }
    QueryCache& queryCache() { return m_queryCache; }
    UserCommandHandler& users() { return *m_users; }
    StoreNotifier& notifier() { return m_notifier; }
    const UpcasterRegistry& upcasters() const { return m_upcasters; }
    const QString& databasePath() const { return m_databasePath; }

private:
    QString m_databasePath;
    UpcasterRegistry m_upcasters;
    StoreNotifier m_notifier;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_users;
    QueryCache m_queryCache;
    std::unique_ptr<ProjectionRunner> m_projections;
};

} // namespace keyledger
