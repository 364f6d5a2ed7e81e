#pragma once

#include "keycloak/ServerProfile.h"

#include <QCoreApplication>
#include <QString>

namespace keyledger::cli {

// The server profile a command works with: the one named, or the active one.
class ProfileChoice
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::ProfileChoice)

public:
    // An empty name means the active profile. Throws CliError (Validation) with a sentence that
    // says how to add or pick one when there is none.
    static ServerProfile resolve(const QString& name);
};

} // namespace keyledger::cli
