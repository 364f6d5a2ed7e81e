#include "PopulationWriter.h"

#include "UserPopulation.h"
#include "common/Uuid7.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "store/SqliteEventStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>

#include <algorithm>

namespace keyledger::bench {

namespace {

constexpr qint64 hourMs = 60 * 60 * 1000;
constexpr qint64 dayMs = 24 * hourMs;
const QString actor = QStringLiteral("import@keycloak.bench.example");

// The claims UserCommandHandler writes for these events (its claimsFor).
void addClaims(const UserEvent& event, QList<UniqueClaim>& claims)
{
    const QString username = QStringLiteral("username");
    const QString email = QStringLiteral("email");
    if (const auto* created = std::get_if<UserCreated>(&event)) {
        claims.append({username, created->personal.username, UniqueClaim::Action::Claim});
        if (!created->personal.email.isEmpty())
            claims.append({email, created->personal.email, UniqueClaim::Action::Claim});
    } else if (const auto* updated = std::get_if<UserUpdated>(&event)) {
        for (const FieldChange& change : updated->changes) {
            if (change.field != QLatin1String("email"))
                continue;
            if (!change.before.isEmpty())
                claims.append({email, change.before, UniqueClaim::Action::Release});
            if (!change.after.isEmpty())
                claims.append({email, change.after, UniqueClaim::Action::Claim});
        }
    }
}

// One command's worth of events for one user, decided and applied in memory.
class Pending
{
public:
    explicit Pending(UserAggregate& user, qint64 nowMs)
        : m_user(user)
        , m_nowMs(nowMs)
    {}

    void take(const UserDecision& decision)
    {
        for (const UserEvent& event : decision.events) {
            addClaims(event, m_claims);
            m_user.apply(event, m_nowMs, actor);
            m_events.append(event);
        }
    }

    AppendRequest request(const QString& streamId, qint64 versionBefore, const EventMetadata& metadata) const
    {
        AppendRequest r;
        r.streamId = streamId;
        r.expected = versionBefore == 0 ? ExpectedVersion::noStream() : ExpectedVersion::exact(versionBefore);
        r.claims = m_claims;
        r.events.reserve(m_events.size());
        for (const UserEvent& event : m_events) {
            const UserEventCodec::Encoded encoded = UserEventCodec::encode(event);
            r.events.append(NewEvent{Uuid7::create(), encoded.type, encoded.schemaVersion, encoded.data,
                                     metadata, false});
        }
        return r;
    }

    qsizetype size() const { return m_events.size(); }

private:
    UserAggregate& m_user;
    qint64 m_nowMs;
    QList<UserEvent> m_events;
    QList<UniqueClaim> m_claims;
};

UpdateUserProfile profileUpdate(QRandomGenerator& random, quint64 index, int updateNumber)
{
    UpdateUserProfile update;
    const quint32 kind = random.bounded(10u);
    if (kind < 5) {
        update.lastName = UserPopulation::lastName(random.generate());
    } else if (kind < 7) {
        update.firstName = UserPopulation::name(random.generate());
    } else if (kind < 9) {
        const Member m = UserPopulation::member(index);
        update.email = m.username + QStringLiteral(".v%1@").arg(updateNumber) +
                       UserPopulation::domain(UserPopulation::organisationOf(index));
    } else {
        update.organizationId =
            UserPopulation::organisation(int(random.bounded(quint32(UserPopulation::OrganisationCount))));
    }
    return update;
}

} // namespace

PopulationWriter::PopulationWriter(SqliteEventStore& store, Log log)
    : m_store(store)
    , m_log(std::move(log))
{}

PopulationStats PopulationWriter::write(qint64 users)
{
    PopulationStats stats;
    stats.users = users;
    m_userIds.clear();
    m_userIds.reserve(size_t(users));
    EventMetadata metadata;
    metadata.actor = actor;
    metadata.source = EventMetadata::sourceKeycloakImport();
    metadata.appVersion = QStringLiteral(KEYLEDGER_VERSION);
    metadata.host = QSysInfo::machineHostName();

    auto append = [&](const QString& streamId, qint64 versionBefore, const Pending& pending) {
        if (pending.size() == 0)
            return;
        metadata.causationId = Uuid7::create().toString(QUuid::WithoutBraces);
        metadata.correlationId = metadata.causationId;
        const AppendRequest request = pending.request(streamId, versionBefore, metadata);
        const AppendResult result = m_store.append(request);
        stats.lastPosition = result.lastPosition;
        stats.events += pending.size();
        ++stats.appends;
        for (const NewEvent& event : request.events)
            ++stats.eventsByType[event.type];
    };

    QElapsedTimer timer;
    timer.start();
    for (qint64 chunkStart = 0; chunkStart < users; chunkStart += ChunkUsers) {
        const qint64 chunkEnd = std::min(users, chunkStart + ChunkUsers);
        std::vector<UserAggregate> aggregates(size_t(chunkEnd - chunkStart));
        std::vector<qint64> versions(aggregates.size(), 0);
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

        // Pass 1, onboarding: creation, e-mail verification, extra roles.
        for (qint64 i = chunkStart; i < chunkEnd; ++i) {
            QRandomGenerator random(quint32(i * 2654435761u + 17u));
            const Member m = UserPopulation::member(quint64(i));
            const QUuid id = Uuid7::create();
            m_userIds.push_back(id);
            UserAggregate& user = aggregates.at(size_t(i - chunkStart));
            Pending pending(user, nowMs);
            const bool verified = random.bounded(100u) < 35;
            pending.take(UserAggregate::create(id, CreateUser{m.username, m.email, m.firstName, m.lastName,
                                                              m.organisation, m.roles,
                                                              random.bounded(100u) < 98, verified}));
            if (!verified && random.bounded(100u) < 75)
                pending.take(user.markEmailVerified());
            if (random.bounded(100u) < 30)
                pending.take(user.changeRoles(ChangeUserRoles{{QStringLiteral("support-agent")}, {}}));
            append(UserAggregate::streamIdFor(id), 0, pending);
            versions.at(size_t(i - chunkStart)) = pending.size();
        }

        // Pass 2, activity: profile updates among logins, then perhaps disable (and enable).
        for (qint64 i = chunkStart; i < chunkEnd; ++i) {
            QRandomGenerator random(quint32(i * 40503u + 911u));
            UserAggregate& user = aggregates.at(size_t(i - chunkStart));
            Pending pending(user, nowMs);
            int updates = int(random.bounded(4u));                                     // 0..3
            int logins = random.bounded(100u) < 10 ? 0 : int(1 + random.bounded(14u)); // 1..14
            // Logins: the first a few minutes to two months after the creation, then every few
            // hours to ten days.
            const quint32 firstKind = random.bounded(10u);
            qint64 loginAt =
                nowMs + (firstKind < 3   ? qint64(random.bounded(quint32(dayMs)))
                         : firstKind < 7 ? dayMs + qint64(random.bounded(quint32(6 * dayMs)))
                                         : 7 * dayMs + qint64(random.bounded(quint32(53 * dayMs))));
            int updateNumber = 0;
            while (updates + logins > 0) {
                if (int(random.bounded(quint32(updates + logins))) < updates) {
                    --updates;
                    pending.take(user.updateProfile(profileUpdate(random, quint64(i), ++updateNumber)));
                } else {
                    --logins;
                    pending.take(user.recordLogin(loginAt));
                    loginAt += 2 * hourMs + qint64(random.bounded(quint32(10 * dayMs)));
                }
            }
            if (random.bounded(100u) < 8) {
                pending.take(user.disable());
                if (random.bounded(2u) == 0)
                    pending.take(user.enable());
            }
            const size_t slot = size_t(i - chunkStart);
            append(UserAggregate::streamIdFor(m_userIds.at(size_t(i))), versions.at(slot), pending);
            versions.at(slot) += pending.size();
        }
        if ((chunkEnd / ChunkUsers) % 10 == 0 || chunkEnd == users)
            m_log(QStringLiteral("  %1 users, %2 events, %3 s")
                      .arg(chunkEnd)
                      .arg(stats.events)
                      .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 1));
    }
    stats.elapsedNs = timer.nsecsElapsed();
    return stats;
}

} // namespace keyledger::bench
