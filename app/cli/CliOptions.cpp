#include "CliOptions.h"

#include "core/AppContext.h"

namespace keyledger::cli {

QString CliOptions::effectiveDatabasePath() const
{
    return databasePath.isEmpty() ? AppContext::defaultDatabasePath() : databasePath;
}

} // namespace keyledger::cli
