#pragma once

#include <QMap>
#include <QString>
#include <QUuid>

#include <functional>
#include <vector>

namespace keyledger {
class SqliteEventStore;
}

namespace keyledger::bench {

struct PopulationStats
{
    qint64 users = 0;
    qint64 events = 0;
    qint64 appends = 0; // one transaction each
    qint64 elapsedNs = 0;
    qint64 lastPosition = 0;
    QMap<QString, qint64> eventsByType;
};

// Writes the queries benchmark's directory into a ledger: for each member of UserPopulation, a
// history decided by the real UserAggregate (creation, e-mail verification, role changes,
// profile updates incl. e-mail changes and moves between organisations, disable/enable,
// logins), encoded by UserEventCodec and appended with SqliteEventStore::append, with the
// username and e-mail claims the command handler would write. Each user gets two appends (two
// transactions): "onboarding" (creation, verification, roles) and "activity" (updates, logins,
// disable/enable), written in passes over chunks of 2,000 users so that streams interleave in
// the log. Source "keycloak-import", as a Keycloak import would write them. Skipping the
// handler's per-command stream reload is what makes 1,000,000 events take seconds, not hours.
class PopulationWriter
{
public:
    using Log = std::function<void(const QString&)>;
    static constexpr qint64 ChunkUsers = 2000;

    PopulationWriter(SqliteEventStore& store, Log log);
    PopulationStats write(qint64 users);
    const std::vector<QUuid>& userIds() const { return m_userIds; }

private:
    SqliteEventStore& m_store;
    Log m_log;
    std::vector<QUuid> m_userIds;
};

} // namespace keyledger::bench
