#include "commands/CommandContext.h"

#include <QSysInfo>

namespace keyledger {

CommandContext CommandContext::localUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return CommandContext{
        user + QLatin1Char('@') + QSysInfo::machineHostName(), EventMetadata::sourceLocal(), {}};
}

} // namespace keyledger
