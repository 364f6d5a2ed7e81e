#include "sync/RealmImport.h"

#include "commands/UserCommandHandler.h"
#include "common/KeyledgerError.h"
#include "domain/UserEventCodec.h"
#include "domain/UserRoles.h"
#include "keycloak/KeycloakCall.h"
#include "keycloak/KeycloakClient.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "sync/KeycloakRepresentation.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace keyledger {

namespace {

constexpr int maxNotes = 20;
constexpr int ledgerBatch = 5000;

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

RealmImport::RealmImport(const QString& databasePath, const ServerProfile& profile, const QString& secret,
                         QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<SqliteEventStore>(databasePath, SqliteConnection::OpenMode::MustExist))
    , m_users(std::make_unique<UserCommandHandler>(*m_store))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<KeycloakClient>(profile, *m_network))
    , m_realm(profile.realm)
{
    m_client->setSecret(secret);
}

RealmImport::~RealmImport() = default;

void RealmImport::start()
{
    QTimer::singleShot(0, this, [this] {
        try {
            indexLedger();
        } catch (const KeyledgerError& error) {
            return fail(error.message());
        }
        checkProfile();
    });
}

void RealmImport::cancel()
{
    m_cancelled = true;
}

void RealmImport::then(KeycloakCall* call, std::function<void(const QJsonValue&)> next)
{
    connect(call, &KeycloakCall::finished, this, [this, call, next = std::move(next)] {
        if (m_cancelled) {
            m_report.cancelled = true;
            return finish();
        }
        if (!call->ok())
            return fail(call->error().userMessage());
        next(call->json());
    });
}

void RealmImport::fail(const QString& error)
{
    m_report.error = error;
    finish();
}

void RealmImport::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}

void RealmImport::indexLedger()
{
    // One pass over the ledger: every user as its events leave it.
    QHash<QString, UserAggregate> users;
    qint64 from = 1;
    for (;;) {
        const QList<RecordedEvent> batch = m_store->readAll(from, ledgerBatch);
        for (const RecordedEvent& event : batch) {
            if (event.streamId.startsWith(QLatin1String("user-")) && UserEventCodec::isKnownType(event.type))
                users[event.streamId].apply(event);
        }
        if (batch.size() < ledgerBatch)
            break;
        from = batch.constLast().position + 1;
    }
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        const UserState& state = it.value().state();
        if (!state.exists)
            continue;
        m_latestLoginMs = std::max(m_latestLoginMs, state.lastLoginAtMs);
        if (!state.keycloakId.isEmpty())
            m_byKeycloakId.insert(state.keycloakId, LocalUser{it.key(), state});
        else if (!state.deleted)
            m_liveByUsername.insert(state.personal.username, it.key());
    }
    SqliteOutbox outbox(m_store->connection());
    for (const auto state : {OutboxSettlement::State::Pending, OutboxSettlement::State::Failed})
        for (const OutboxEntry& entry : outbox.entries({}, state, 0))
            m_pendingStreams.insert(entry.streamId);
}

void RealmImport::checkProfile()
{
    // Without a user profile that keeps organizationId, Keycloak never has one: comparing it
    // would "find" every organisation removed.
    then(m_client->userProfileConfig(), [this](const QJsonValue& config) {
        m_report.organizationAttributeKept = KeycloakClient::organizationAttributeAllowed(config.toObject());
        if (!m_report.organizationAttributeKept)
            m_report.notes.append(
                tr("Realm %1 does not keep the organizationId attribute: organisations were not "
                   "compared.")
                    .arg(m_realm));
        countUsers();
    });
}

void RealmImport::countUsers()
{
    then(m_client->countUsers(), [this](const QJsonValue& count) {
        m_total = qint64(count.toDouble());
        Q_EMIT progress(0, m_total);
        loadRoles();
    });
}

void RealmImport::loadRoles()
{
    then(m_client->realmRoles(), [this](const QJsonValue& roles) {
        QStringList names;
        for (const QJsonValue& role : roles.toArray()) {
            const QString name = role.toObject().value(QStringLiteral("name")).toString();
            // Every user holds the realm's default composite; it is not an assignment.
            if (!name.startsWith(QLatin1String("default-roles-")))
                names.append(name);
        }
        loadRoleMembers(names, 0);
    });
}

void RealmImport::loadRoleMembers(QStringList roles, int first)
{
    if (roles.isEmpty())
        return importPage(0);
    const QString role = roles.constFirst();
    then(m_client->realmRoleMembers(role, first, m_pageSize),
         [this, roles, first, role](const QJsonValue& page) {
             const QJsonArray members = page.toArray();
             for (const QJsonValue& member : members)
                 m_rolesByUser[member.toObject().value(QStringLiteral("id")).toString()].append(role);
             if (members.size() >= m_pageSize)
                 return loadRoleMembers(roles, first + m_pageSize);
             loadRoleMembers(roles.mid(1), 0);
         });
}

void RealmImport::importPage(int first)
{
    then(m_client->listUsers(first, m_pageSize, false), [this, first](const QJsonValue& page) {
        const QJsonArray users = page.toArray();
        for (const QJsonValue& user : users)
            importUser(user.toObject());
        Q_EMIT progress(m_report.seen, std::max(m_total, m_report.seen));
        if (users.size() >= m_pageSize)
            return importPage(first + m_pageSize);
        recordDeletions();
    });
}

void RealmImport::importUser(const QJsonObject& representation)
{
    ++m_report.seen;
    const QString keycloakId = representation.value(QStringLiteral("id")).toString();
    m_seen.insert(keycloakId);
    UserState remote;
    remote.personal.username = representation.value(QStringLiteral("username")).toString();
    remote.personal.email = representation.value(QStringLiteral("email")).toString();
    remote.personal.firstName = representation.value(QStringLiteral("firstName")).toString();
    remote.personal.lastName = representation.value(QStringLiteral("lastName")).toString();
    remote.enabled = representation.value(QStringLiteral("enabled")).toBool();
    remote.emailVerified = representation.value(QStringLiteral("emailVerified")).toBool();
    remote.organizationId = representation.value(QStringLiteral("attributes"))
                                .toObject()
                                .value(KeycloakRepresentation::organizationAttribute())
                                .toArray()
                                .first()
                                .toString();
    remote.roles = UserRoles::normalized(m_rolesByUser.value(keycloakId));
    const CommandContext context{QStringLiteral("keyledger-import@") + m_client->profile().name,
                                 EventMetadata::sourceKeycloakImport(),
                                 {}};
    auto note = [this](const QString& text) {
        ++m_report.conflicts;
        if (m_report.notes.size() < maxNotes)
            m_report.notes.append(text);
    };

    try {
        const auto known = m_byKeycloakId.constFind(keycloakId);
        if (known == m_byKeycloakId.cend()) {
            if (m_liveByUsername.contains(remote.personal.username)) {
                // A local user of that name that never reached Keycloak: its create will be refused
                // (409) or adopted by the sync; linking it here would guess.
                note(tr("%1 exists in Keycloak and, not yet synced, in the ledger; left for the sync to "
                        "settle.")
                         .arg(remote.personal.username));
                return;
            }
            UserImported imported;
            imported.userId = QUuid::fromString(keycloakId);
            if (imported.userId.isNull()) {
                note(tr("Keycloak user %1 has an id that is not a UUID (%2); skipped.")
                         .arg(remote.personal.username, keycloakId));
                return;
            }
            imported.personal = remote.personal;
            imported.organizationId = remote.organizationId;
            imported.roles = remote.roles;
            imported.enabled = remote.enabled;
            imported.emailVerified = remote.emailVerified;
            imported.createdAtMs =
                qint64(representation.value(QStringLiteral("createdTimestamp")).toDouble());
            const CommandResult result = m_users->recordImported(imported, context);
            if (result.appendedEvents > 0) {
                ++m_report.imported;
                remote.exists = true;
                remote.id = imported.userId;
                remote.keycloakId = keycloakId;
                m_byKeycloakId.insert(keycloakId,
                                      LocalUser{UserAggregate::streamIdFor(imported.userId), remote});
            } else {
                ++m_report.unchanged;
            }
            return;
        }
        const LocalUser& local = known.value();
        if (local.state.deleted) {
            note(tr("%1 was deleted in Keyledger but still exists in Keycloak.")
                     .arg(remote.personal.username));
            return;
        }
        if (m_pendingStreams.contains(local.streamId)) {
            ++m_report.skippedPending;
            return;
        }
        QList<FieldChange> changes;
        auto compare = [&changes](const QString& field, const QString& before, const QString& after) {
            if (before != after)
                changes.append(FieldChange{field, before, after});
        };
        const UserState& mine = local.state;
        compare(QStringLiteral("email"), mine.personal.email, remote.personal.email);
        compare(QStringLiteral("firstName"), mine.personal.firstName, remote.personal.firstName);
        compare(QStringLiteral("lastName"), mine.personal.lastName, remote.personal.lastName);
        if (m_report.organizationAttributeKept)
            compare(QStringLiteral("organizationId"), mine.organizationId, remote.organizationId);
        compare(QStringLiteral("emailVerified"), boolText(mine.emailVerified),
                boolText(remote.emailVerified));
        compare(QStringLiteral("enabled"), boolText(mine.enabled), boolText(remote.enabled));
        compare(QStringLiteral("roles"), UserRoles::normalized(mine.roles).join(QLatin1Char(',')),
                remote.roles.join(QLatin1Char(',')));
        if (changes.isEmpty()) {
            ++m_report.unchanged;
            return;
        }
        m_users->recordChangedInKeycloak(UserAggregate::userIdFromStream(local.streamId), changes, context);
        ++m_report.changed;
    } catch (const KeyledgerError& error) {
        note(tr("%1: %2").arg(remote.personal.username, error.message()));
    }
}

void RealmImport::recordDeletions()
{
    const CommandContext context{QStringLiteral("keyledger-import@") + m_client->profile().name,
                                 EventMetadata::sourceKeycloakImport(),
                                 {}};
    for (auto it = m_byKeycloakId.cbegin(); it != m_byKeycloakId.cend(); ++it) {
        const LocalUser& local = it.value();
        if (m_seen.contains(it.key()) || local.state.deleted || m_pendingStreams.contains(local.streamId))
            continue;
        try {
            m_users->recordDeletedInKeycloak(UserAggregate::userIdFromStream(local.streamId), context);
            ++m_report.deletedInKeycloak;
        } catch (const KeyledgerError& error) {
            ++m_report.conflicts;
            if (m_report.notes.size() < maxNotes)
                m_report.notes.append(error.message());
        }
    }
    then(m_client->eventsConfig(), [this](const QJsonValue& config) {
        m_report.loginEventsStored = config.toObject().value(QStringLiteral("eventsEnabled")).toBool();
        if (!m_report.loginEventsStored) {
            m_report.notes.append(
                tr("Realm %1 does not store login events (Realm settings > Events): no login "
                   "history was imported.")
                    .arg(m_realm));
            return finish();
        }
        importLogins(0, m_latestLoginMs > 0 ? m_latestLoginMs + 1 : 0);
    });
}

void RealmImport::importLogins(int first, qint64 sinceMs)
{
    then(m_client->loginEvents(first, m_pageSize, sinceMs), [this, first, sinceMs](const QJsonValue& page) {
        const QJsonArray events = page.toArray();
        const CommandContext context{QStringLiteral("keyledger-import@") + m_client->profile().name,
                                     EventMetadata::sourceKeycloakImport(),
                                     {}};
        for (const QJsonValue& value : events) {
            const QJsonObject event = value.toObject();
            const auto local = m_byKeycloakId.constFind(event.value(QStringLiteral("userId")).toString());
            if (local == m_byKeycloakId.cend() || local->state.deleted)
                continue;
            const UserLoggedIn login{qint64(event.value(QStringLiteral("time")).toDouble()),
                                     event.value(QStringLiteral("ipAddress")).toString(),
                                     event.value(QStringLiteral("clientId")).toString()};
            try {
                if (m_users->recordLogin(UserAggregate::userIdFromStream(local->streamId), login, context)
                        .appendedEvents > 0)
                    ++m_report.logins;
            } catch (const KeyledgerError&) {
                // a login of a user deleted meanwhile: nothing to record
            }
        }
        if (events.size() >= m_pageSize)
            return importLogins(first + m_pageSize, sinceMs);
        finish();
    });
}

} // namespace keyledger
