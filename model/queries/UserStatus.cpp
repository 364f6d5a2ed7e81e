#include "queries/UserStatus.h"

namespace keyledger {

UserStatus::Value UserStatus::fromFlags(bool enabled, bool emailVerified)
{
    if (!enabled)
        return Disabled;
    if (!emailVerified)
        return Unverified;
    return Active;
}

QString UserStatus::key(Value status)
{
    switch (status) {
    case Active:
        return QStringLiteral("active");
    case Unverified:
        return QStringLiteral("unverified");
    case Disabled:
        return QStringLiteral("disabled");
    case Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

UserStatus::Value UserStatus::fromKey(QStringView key)
{
    if (key == QLatin1String("active"))
        return Active;
    if (key == QLatin1String("unverified"))
        return Unverified;
    if (key == QLatin1String("disabled"))
        return Disabled;
    return Unknown;
}

QString UserStatus::label(Value status)
{
    switch (status) {
    case Active:
        return tr("Active");
    case Unverified:
        return tr("Unverified");
    case Disabled:
        return tr("Disabled");
    case Unknown:
        break;
    }
    return tr("Unknown");
}

QString UserStatus::colour(Value status)
{
    switch (status) {
    case Active:
        return QStringLiteral("#2e7d32"); // green
    case Unverified:
        return QStringLiteral("#ef6c00"); // orange
    case Disabled:
        return QStringLiteral("#c62828"); // red
    case Unknown:
        break;
    }
    return QStringLiteral("#757575"); // grey
}

bool UserStatus::canEdit(bool enabled, bool emailVerified, bool hasLoggedIn)
{
    Q_UNUSED(hasLoggedIn)
    return enabled && emailVerified;
}

bool UserStatus::canDelete(bool enabled, bool emailVerified, bool hasLoggedIn)
{
    Q_UNUSED(emailVerified)
    return !enabled || !hasLoggedIn;
}

bool UserStatus::canEnable(bool enabled, bool emailVerified, bool hasLoggedIn)
{
    Q_UNUSED(emailVerified)
    Q_UNUSED(hasLoggedIn)
    return !enabled;
}

bool UserStatus::canDisable(bool enabled, bool emailVerified, bool hasLoggedIn)
{
    Q_UNUSED(emailVerified)
    Q_UNUSED(hasLoggedIn)
    return enabled;
}

} // namespace keyledger
