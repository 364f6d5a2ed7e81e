#pragma once

#include "store/ExpectedVersion.h"
#include "store/NewEvent.h"
#include "store/OutboxSettlement.h"
#include "store/UniqueClaim.h"

#include <QList>
#include <QString>

namespace keyledger {

// Everything one command writes, committed together or not at all.
struct AppendRequest
{
    QString streamId;
    QList<NewEvent> events;
    ExpectedVersion expected = ExpectedVersion::any();
    QList<UniqueClaim> claims; // owner is streamId
    QList<OutboxSettlement> settlements; // outbox rows this request settles
};

struct AppendResult
{
    qint64 firstPosition = 0;
    qint64 lastPosition = 0;
    qint64 streamVersion = 0;     // after the append
    bool alreadyAppended = false; // the events' ids were stored earlier; nothing was written
};

} // namespace keyledger
