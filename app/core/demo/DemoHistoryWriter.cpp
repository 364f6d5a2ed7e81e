#include "core/demo/DemoHistoryWriter.h"

#include "common/Uuid7.h"
#include "domain/ImportedEvents.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "domain/UserRoles.h"
#include "store/EventStore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace keyledger::demo {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 yearMs = 365 * dayMs;
constexpr int months = 12;
constexpr qint64 progressEvery = 200; // appends

enum class StepKind
{
    Verify,
    Login,
    Rename,
    NewEmail,
    Move,
    AddRole,
    RemoveRole,
    Disable,
    Enable,
    Delete
};

struct Step
{
    qint64 atMs = 0;
    StepKind kind = StepKind::Login;
};

// One user's year, planned before anything is written.
struct Plan
{
    DemoPerson person;
    QUuid id;
    qint64 createdMs = 0;
    std::vector<Step> steps; // by time
    UserAggregate user;
    qint64 version = 0;
    size_t next = 0; // the first step not yet written
};

qint64 between(QRandomGenerator& random, qint64 low, qint64 high)
{
    return low + qint64(random.bounded(quint32(std::max<qint64>(1, (high - low) / minuteMs)))) * minuteMs;
}

// People work on working days between 7:30 and 18:30, mostly: the same time moved there (the
// week-end moved to Monday nine times out of ten).
qint64 workingTime(qint64 ms, QRandomGenerator& random)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    QDate day = time.date();
    const int weekday = day.dayOfWeek();
    if (weekday >= 6 && random.bounded(10u) < 9)
        day = day.addDays(8 - weekday);
    const int minute = 7 * 60 + 30 + int(random.bounded(11u * 60u));
    return QDateTime(day, QTime(minute / 60, minute % 60, int(random.bounded(60u)))).toMSecsSinceEpoch();
}

// The claims UserCommandHandler writes with these events (its claimsFor): the imported
// creation claims username and e-mail, an e-mail change moves the claim, a deletion frees both.
QList<UniqueClaim> claimsFor(const UserState& before, const QList<UserEvent>& decided)
{
    const QString username = QStringLiteral("username");
    const QString email = QStringLiteral("email");
    QList<UniqueClaim> claims;
    for (const UserEvent& decidedEvent : decided) {
        for (const UserEvent& event : ImportedEvents::asLocalEquivalents(decidedEvent)) {
            if (const auto* created = std::get_if<UserCreated>(&event)) {
                claims.append({username, created->personal.username, UniqueClaim::Action::Claim});
                claims.append({email, created->personal.email, UniqueClaim::Action::Claim});
            } else if (const auto* updated = std::get_if<UserUpdated>(&event)) {
                for (const FieldChange& change : updated->changes) {
                    if (change.field != QLatin1String("email"))
                        continue;
                    claims.append({email, change.before, UniqueClaim::Action::Release});
                    claims.append({email, change.after, UniqueClaim::Action::Claim});
                }
            } else if (std::holds_alternative<UserDeleted>(event)) {
                claims.append({username, before.personal.username, UniqueClaim::Action::Release});
                claims.append({email, before.personal.email, UniqueClaim::Action::Release});
            }
        }
    }
    return claims;
}

void planLogins(Plan& plan, QRandomGenerator& random, qint64 firstMs, qint64 nowMs)
{
    // Daily users, weekly users and the ones who come back once a quarter.
    const quint32 habit = random.bounded(100u);
    const qint64 low = habit < 30 ? 4 * dayMs : habit < 75 ? 10 * dayMs : 35 * dayMs;
    const qint64 high = habit < 30 ? 12 * dayMs : habit < 75 ? 40 * dayMs : 120 * dayMs;
    for (qint64 at = firstMs; at < nowMs; at += between(random, low, high))
        plan.steps.push_back({at, StepKind::Login});
}

Plan planFor(const DemoPerson& person, QRandomGenerator& random, qint64 nowMs)
{
    Plan plan;
    plan.person = person;
    plan.id = QUuid::createUuid(); // Keycloak's ids are random (version 4)
    const qint64 startMs = nowMs - yearMs;
    // More sign-ups in recent months, as a growing customer base has them.
    const double u = std::pow(random.generateDouble(), 0.7);
    plan.createdMs = workingTime(startMs + qint64(u * double(yearMs - dayMs)), random);
    if (plan.createdMs >= nowMs - hourMs)
        plan.createdMs = nowMs - 2 * hourMs;
    const qint64 created = plan.createdMs;
    auto add = [&plan, nowMs](qint64 at, StepKind kind) {
        if (at < nowMs)
            plan.steps.push_back({at, kind});
    };

    // Nine in ten verify their address, most within the hour; those log in afterwards.
    if (random.bounded(100u) < 90) {
        const qint64 verified =
            created + (random.bounded(100u) < 75 ? between(random, 3 * minuteMs, 2 * hourMs)
                                                 : between(random, dayMs, 4 * dayMs));
        add(verified, StepKind::Verify);
        const quint32 delay = random.bounded(100u);
        if (delay < 93) {
            const qint64 first = verified + (delay < 50   ? between(random, minuteMs, 20 * hourMs)
                                             : delay < 80 ? between(random, dayMs, 14 * dayMs)
                                                          : between(random, 14 * dayMs, 70 * dayMs));
            planLogins(plan, random, first, nowMs);
        }
    }
    const qint64 age = nowMs - created;
    auto sometime = [&](qint64 after) {
        return workingTime(created + after +
                               qint64(random.generateDouble() * double(std::max<qint64>(age - after, dayMs))),
                           random);
    };
    if (random.bounded(100u) < 4)
        add(sometime(20 * dayMs), StepKind::Rename);
    if (random.bounded(100u) < 5)
        add(sometime(5 * dayMs), StepKind::NewEmail);
    if (random.bounded(100u) < 3)
        add(sometime(30 * dayMs), StepKind::Move);
    if (random.bounded(100u) < 22)
        add(sometime(2 * dayMs), StepKind::AddRole);
    if (random.bounded(100u) < 6)
        add(sometime(40 * dayMs), StepKind::RemoveRole);
    // People leave: disabled, sometimes back a while later, a few deleted after a grace period.
    const quint32 leave = random.bounded(1000u);
    if (leave < 80 && age > 30 * dayMs) {
        const qint64 disabled = sometime(30 * dayMs);
        add(disabled, StepKind::Disable);
        if (leave < 20)
            add(workingTime(disabled + between(random, 7 * dayMs, 60 * dayMs), random), StepKind::Enable);
        else if (leave < 45)
            add(workingTime(disabled + between(random, 14 * dayMs, 90 * dayMs), random), StepKind::Delete);
    }
    std::stable_sort(plan.steps.begin(), plan.steps.end(),
                     [](const Step& a, const Step& b) { return a.atMs < b.atMs; });
    return plan;
}

QString joinedRoles(const QStringList& roles)
{
    return UserRoles::normalized(roles).join(QLatin1Char(','));
}

// Decides what one step records for this user now (nothing when it no longer applies: a
// login of a disabled user, an address somebody else holds).
class StepDecider
{
public:
    StepDecider(QSet<QString>& emails, QRandomGenerator& random)
        : m_emails(emails)
        , m_random(random)
    {}

    QList<UserEvent> decide(Plan& plan, const Step& step)
    {
        const UserState& state = plan.user.state();
        if (!state.exists || state.deleted)
            return {};
        QList<FieldChange> changes;
        switch (step.kind) {
        case StepKind::Login:
            if (!state.enabled)
                return {};
            return plan.user.recordLogin(login(plan, step.atMs)).events;
        case StepKind::Verify:
            if (!state.emailVerified)
                changes.append(
                    {QStringLiteral("emailVerified"), QStringLiteral("false"), QStringLiteral("true")});
            break;
        case StepKind::Rename: {
            const QString last = DemoPeople::lastName(m_random.generate());
            if (last == state.personal.lastName)
                return {};
            changes.append({QStringLiteral("lastName"), state.personal.lastName, last});
            changeEmail(state,
                        DemoPeople::ascii(state.personal.firstName) + QLatin1Char('.') +
                            DemoPeople::ascii(last),
                        plan.person.organisation, changes);
            break;
        }
        case StepKind::NewEmail:
            changeEmail(state,
                        DemoPeople::ascii(state.personal.firstName.left(1)) + QLatin1Char('.') +
                            DemoPeople::ascii(state.personal.lastName),
                        plan.person.organisation, changes);
            break;
        case StepKind::Move: {
            const int to = (plan.person.organisation + 1 +
                            int(m_random.bounded(quint32(DemoPeople::OrganisationCount - 1)))) %
                           DemoPeople::OrganisationCount;
            changes.append(
                {QStringLiteral("organizationId"), state.organizationId, DemoPeople::organisation(to)});
            plan.person.organisation = to;
            changeEmail(state, state.personal.email.section(QLatin1Char('@'), 0, 0), to, changes);
            break;
        }
        case StepKind::AddRole: {
            static const QStringList extra{QStringLiteral("support-agent"), QStringLiteral("billing-viewer"),
                                           QStringLiteral("auditor")};
            const QString role = extra.at(qsizetype(m_random.bounded(quint32(extra.size()))));
            if (state.roles.contains(role))
                return {};
            changes.append({QStringLiteral("roles"), joinedRoles(state.roles),
                            joinedRoles(state.roles + QStringList{role})});
            break;
        }
        case StepKind::RemoveRole: {
            QStringList after = state.roles;
            after.removeIf([](const QString& role) { return role != QLatin1String("user"); });
            if (after.size() == state.roles.size())
                return {};
            changes.append({QStringLiteral("roles"), joinedRoles(state.roles), joinedRoles(after)});
            break;
        }
        case StepKind::Disable:
        case StepKind::Enable: {
            const bool enable = step.kind == StepKind::Enable;
            if (state.enabled == enable)
                return {};
            changes.append({QStringLiteral("enabled"),
                            enable ? QStringLiteral("false") : QStringLiteral("true"),
                            enable ? QStringLiteral("true") : QStringLiteral("false")});
            break;
        }
        case StepKind::Delete:
            m_emails.remove(state.personal.email);
            return plan.user.recordDeletedInKeycloak().events;
        }
        if (changes.isEmpty())
            return {};
        return plan.user.recordChangedInKeycloak(changes).events;
    }

private:
    void changeEmail(const UserState& state, const QString& local, int organisation,
                     QList<FieldChange>& changes)
    {
        const QString address = local + QLatin1Char('@') + DemoPeople::domain(organisation);
        if (address == state.personal.email || m_emails.contains(address))
            return; // someone has it: the person keeps the old address
        m_emails.remove(state.personal.email);
        m_emails.insert(address);
        changes.append({QStringLiteral("email"), state.personal.email, address});
    }

    UserLoggedIn login(const Plan& plan, qint64 atMs)
    {
        UserLoggedIn login;
        login.atMs = atMs;
        // Each person has a usual desk; one login in eight comes from elsewhere in the company.
        const quint32 host = m_random.bounded(8u) == 0 ? 1 + m_random.bounded(250u)
                                                       : 1 + quint32(qHash(plan.person.username) % 250u);
        login.ipAddress = DemoPeople::networkPrefix(plan.person.organisation) + QString::number(host);
        const quint32 client = m_random.bounded(100u);
        login.clientId = client < 55   ? QStringLiteral("intranet-portal")
                         : client < 85 ? QStringLiteral("crm-web")
                                       : QStringLiteral("account-console");
        return login;
    }

    QSet<QString>& m_emails;
    QRandomGenerator& m_random;
};

} // namespace

DemoHistoryWriter::DemoHistoryWriter(EventStore& store, qint64 nowMs)
    : m_store(store)
    , m_nowMs(nowMs)
{}

DemoSummary DemoHistoryWriter::write(int users, const Progress& progress)
{
    DemoSummary summary;
    QRandomGenerator random(20240601u);
    std::vector<Plan> plans;
    plans.reserve(size_t(std::max(users, 0)));
    QSet<QString> emails;
    for (const DemoPerson& person : DemoPeople::generate(users)) {
        plans.push_back(planFor(person, random, m_nowMs));
        emails.insert(person.email);
    }
    std::sort(plans.begin(), plans.end(),
              [](const Plan& a, const Plan& b) { return a.createdMs < b.createdMs; });

    const qint64 startMs = m_nowMs - yearMs;
    auto monthEnd = [startMs](int month) {
        return month == months - 1 ? std::numeric_limits<qint64>::max()
                                   : startMs + (month + 1) * (yearMs / months);
    };
    // The work to do, for the progress: one append per user and month with something in it.
    qint64 total = 0;
    for (const Plan& plan : plans) {
        QSet<int> active;
        auto monthOf = [startMs](qint64 at) {
            return std::clamp(int((at - startMs) / (yearMs / months)), 0, months - 1);
        };
        active.insert(monthOf(plan.createdMs));
        for (const Step& step : plan.steps)
            active.insert(monthOf(step.atMs));
        total += active.size();
    }

    EventMetadata metadata;
    metadata.actor = actor();
    metadata.source = EventMetadata::sourceKeycloakImport();
    metadata.appVersion = QStringLiteral(KEYLEDGER_VERSION);
    metadata.host = QStringLiteral("demo");
    StepDecider decider(emails, random);
    qint64 done = 0;
    summary.firstCreatedMs = plans.empty() ? 0 : plans.front().createdMs;
    for (int month = 0; month < months; ++month) {
        const qint64 end = monthEnd(month);
        for (Plan& plan : plans) {
            if (plan.createdMs >= end)
                break; // sorted by creation: nobody after this one exists yet
            const UserState before = plan.user.state();
            QList<UserEvent> events;
            if (!before.exists) {
                UserImported imported;
                imported.userId = plan.id;
                imported.personal = {plan.person.username, plan.person.email, plan.person.firstName,
                                     plan.person.lastName};
                imported.organizationId = DemoPeople::organisation(plan.person.organisation);
                imported.roles = UserRoles::normalized(plan.person.roles);
                imported.enabled = true;
                imported.emailVerified = false;
                imported.createdAtMs = plan.createdMs;
                for (const UserEvent& event : plan.user.recordImported(imported).events) {
                    plan.user.apply(event, m_nowMs, metadata.actor);
                    events.append(event);
                }
                summary.lastActivityMs = std::max(summary.lastActivityMs, plan.createdMs);
            }
            for (; plan.next < plan.steps.size() && plan.steps.at(plan.next).atMs < end; ++plan.next) {
                const Step& step = plan.steps.at(plan.next);
                for (const UserEvent& event : decider.decide(plan, step)) {
                    plan.user.apply(event, m_nowMs, metadata.actor);
                    events.append(event);
                    summary.lastActivityMs = std::max(summary.lastActivityMs, step.atMs);
                }
            }
            if (events.isEmpty())
                continue;

            AppendRequest request;
            request.streamId = UserAggregate::streamIdFor(plan.id);
            request.expected =
                plan.version == 0 ? ExpectedVersion::noStream() : ExpectedVersion::exact(plan.version);
            request.claims = claimsFor(before, events);
            metadata.causationId = Uuid7::create().toString(QUuid::WithoutBraces);
            metadata.correlationId = metadata.causationId;
            for (const UserEvent& event : events) {
                const UserEventCodec::Encoded encoded = UserEventCodec::encode(event);
                request.events.append(NewEvent{Uuid7::create(), encoded.type, encoded.schemaVersion,
                                               encoded.data, metadata, false});
                ++summary.eventsByType[encoded.type];
            }
            m_store.append(request);
            plan.version += request.events.size();
            summary.events += request.events.size();
            ++summary.appends;
            if (++done % progressEvery == 0 && progress && !progress(std::min(done, total), total)) {
                summary.cancelled = true;
                return summary;
            }
        }
    }
    summary.users = int(plans.size());
    QSet<QString> organisations;
    for (const Plan& plan : plans)
        organisations.insert(plan.user.state().organizationId);
    summary.organisations = int(organisations.size());
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace keyledger::demo
