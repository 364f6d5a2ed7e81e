#pragma once

#include "store/NewEvent.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <vector>

namespace keyledger::bench {

// The bulk data set: user-shaped events (about 275 bytes of JSON with a "personal" part, and
// import metadata), one stream "user-<uuid7>" per batch. Every id is generated up front, so
// batch(k) is identical on every call: the store and the raw writer insert the same rows.
class UserEventFactory
{
public:
    UserEventFactory(qint64 totalEvents, qint64 batchSize);

    qint64 batchCount() const { return static_cast<qint64>(m_streamIds.size()); }
    qint64 totalEvents() const { return m_totalEvents; }
    QString streamId(qint64 batch) const;
    QList<NewEvent> batch(qint64 batch) const;

private:
    NewEvent event(qint64 batch, qint64 index, qint64 version, const EventMetadata& metadata) const;
    EventMetadata metadata(qint64 batch) const;

    qint64 m_totalEvents;
    qint64 m_batchSize;
    std::vector<QUuid> m_eventIds;
    std::vector<QUuid> m_streamIds;
    std::vector<QUuid> m_commandIds; // one per batch: the import command that caused it
    QString m_host;
};

} // namespace keyledger::bench
