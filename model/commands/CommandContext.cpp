#include "commands/CommandContext.h"

#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace keyledger {

namespace {

QString osUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // Services and cron jobs often run without USER; the account database still knows.
    if (user.isEmpty()) {
        if (const passwd* entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

CommandContext CommandContext::localUser()
{
    return CommandContext{
        osUserName() + QLatin1Char('@') + QSysInfo::machineHostName(), EventMetadata::sourceLocal(), {}};
}

} // namespace keyledger
