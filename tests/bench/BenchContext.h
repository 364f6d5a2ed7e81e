#pragma once

#include "commands/CommandContext.h"

namespace keyledger::bench {

// An administrator at this desktop: source "local", so every event gets an outbox row.
inline CommandContext benchContext()
{
    return CommandContext{QStringLiteral("admin@bench-desktop"), EventMetadata::sourceLocal(), {}};
}

} // namespace keyledger::bench
