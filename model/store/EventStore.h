#pragma once

#include "store/AppendRequest.h"
#include "store/ChainReport.h"
#include "store/RecordedEvent.h"
#include "store/ReplayEvent.h"

#include <QList>
#include <QString>

#include <functional>

namespace keyledger {

// The append-only event log. SQLite is the embedded implementation; PostgreSQL (team mode)
// will be another. Errors are thrown as the types in StoreErrors.h.
class EventStore
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // return false to cancel

    virtual ~EventStore() = default;

    // Appends the request's events, claims and outbox rows in one transaction. Throws
    // ConcurrencyError when the stream is not at the expected version, ClaimConflictError when a
    // claimed value is held by another stream, DuplicateEventError when an event id is stored
    // elsewhere. A request whose first event id is already in the stream is reported as
    // alreadyAppended and writes nothing.
    virtual AppendResult append(const AppendRequest& request) = 0;
    AppendResult append(const QString& streamId, const QList<NewEvent>& events, ExpectedVersion expected)
    {
        return append(AppendRequest{streamId, events, expected, {}, {}});
    }

    virtual QList<RecordedEvent> readStream(const QString& streamId, qint64 fromVersion = 1) = 0;
    // The same events, reduced to what rebuilding an aggregate needs (see ReplayEvent).
    virtual QList<ReplayEvent> replayStream(const QString& streamId, qint64 fromVersion = 1) = 0;
    // Events at positions >= fromPosition, oldest first, at most maxCount of them.
    virtual QList<RecordedEvent> readAll(qint64 fromPosition, int maxCount) = 0;
    virtual qint64 lastPosition() = 0;
    virtual qint64 streamVersion(const QString& streamId) = 0;
    // The stream holding a unique value, or an empty string.
    virtual QString claimOwner(const QString& scope, const QString& value) = 0;
    virtual ChainReport verifyChain(const Progress& progress = {}) = 0;
};

} // namespace keyledger
