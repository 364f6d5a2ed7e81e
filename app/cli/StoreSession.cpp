#include "StoreSession.h"

#include "CliError.h"

#include "store/StoreErrors.h"

namespace keyledger::cli {

StoreSession::StoreSession(const CliOptions& options, Access access)
    : m_options(options)
{
    const QString path = options.effectiveDatabasePath();
    if (access == Access::Write) {
        m_app = std::make_unique<AppContext>(path, SqliteConnection::OpenMode::CreateIfMissing);
        return;
    }
    try {
        m_app = std::make_unique<AppContext>(path, SqliteConnection::OpenMode::MustExist);
    } catch (const StorageError& error) {
        // An auditor's write-protected copy can still be read and verified.
        if (error.kind() != StorageError::Kind::ReadOnly)
            throw;
        m_app = std::make_unique<AppContext>(path, SqliteConnection::OpenMode::ReadOnly);
    }
}

QUuid StoreSession::resolveUser(const QString& userIdOrUsername)
{
    const std::optional<QUuid> id = users().resolve(userIdOrUsername);
    if (!id)
        throw CliError(ExitCode::Validation,
                       tr("No user has the id or username \"%1\" in this store.").arg(userIdOrUsername));
    return *id;
}

CommandContext StoreSession::commandContext() const
{
    CommandContext context = CommandContext::localUser();
    if (!m_options.actor.isEmpty())
        context.actor = m_options.actor;
    return context;
}

} // namespace keyledger::cli
