#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace keyledger {

// What an administrator asks for. The aggregate validates and decides; nothing here is trusted.

struct CreateUser
{
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString organizationId;
    QStringList roles;
    bool enabled = true;
    bool emailVerified = false;
};

// Fields left empty (std::nullopt) are not touched; an empty string clears the field.
struct UpdateUserProfile
{
    std::optional<QString> email;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> organizationId;
};

struct ChangeUserRoles
{
    QStringList add;
    QStringList remove;
};

} // namespace keyledger
