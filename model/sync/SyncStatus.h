#pragma once

#include "store/OutboxEntry.h"

#include <QString>

namespace keyledger {

// What the sync worker reports after each step, for the status bar and `sync status`.
struct SyncStatus
{
    enum class Connection
    {
        Unknown,
        Online,
        Offline,
        Syncing
    };

    Connection connection = Connection::Unknown;
    OutboxCounts counts;
    int inFlight = 0;
    qint64 lastSuccessAtMs = 0;
    QString lastError; // the last transient problem (network, timeout, 5xx), cleared by a success
    QString warning;   // something the admin should fix on the server (e.g. organisations dropped)
    bool circuitOpen = false;
    qint64 circuitReopensAtMs = 0;
};

} // namespace keyledger
