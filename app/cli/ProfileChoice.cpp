#include "ProfileChoice.h"

#include "CliError.h"

#include "sync/ServerProfileRepository.h"

namespace keyledger::cli {

ServerProfile ProfileChoice::resolve(const QString& name)
{
    ServerProfileRepository profiles;
    if (const std::optional<ServerProfile> profile = name.isEmpty() ? profiles.active() : profiles.find(name))
        return *profile;
    throw CliError(ExitCode::Validation,
                   name.isEmpty() ? tr("No active server profile. Add one with profile add, or pick one with "
                                       "profile use NAME.")
                                  : tr("There is no server profile named %1.").arg(name));
}

} // namespace keyledger::cli
