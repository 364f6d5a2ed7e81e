#pragma once

#include "store/EventMetadata.h"

#include <QString>

namespace keyledger {

// Who is acting and through what, stamped on every event a command appends.
struct CommandContext
{
    QString actor;
    QString source = EventMetadata::sourceLocal();
    QString correlationId; // empty: the command starts a new correlation

    // "<os user>@<host>": the person at this desktop.
    static CommandContext localUser();
};

} // namespace keyledger
