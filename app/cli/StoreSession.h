#pragma once

#include "CliOptions.h"

#include "commands/CommandContext.h"
#include "core/AppContext.h"

#include <QCoreApplication>
#include <QUuid>

#include <memory>

namespace keyledger::cli {

// The store a command works on, opened the way the command needs it, and the lookups every
// user command shares.
class StoreSession
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::StoreSession)

public:
    enum class Access
    {
        Read,  // the store must exist (nothing is created); a read-only file is opened read-only
        Write, // the store is created when missing
    };

    StoreSession(const CliOptions& options, Access access);

    AppContext& app() { return *m_app; }
    UserCommandHandler& users() { return m_app->users(); }
    SqliteEventStore& store() { return m_app->store(); }

    // A user id or a live user's username; a CliError (validation) when neither matches.
    QUuid resolveUser(const QString& userIdOrUsername);
    // The actor given with --actor, or the person at this desktop.
    CommandContext commandContext() const;

private:
    CliOptions m_options;
    std::unique_ptr<AppContext> m_app;
};

} // namespace keyledger::cli
