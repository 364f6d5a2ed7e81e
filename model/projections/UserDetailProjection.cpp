#include "projections/UserDetailProjection.h"

#include "domain/ImportedEvents.h"

#include "domain/ProfileChanges.h"
#include "domain/UserRoles.h"

#include "common/KeyledgerError.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "projections/ProjectionContext.h"
#include "projections/RowCache.h"
#include "projections/SyncStateRules.h"
#include "store/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace keyledger {

namespace {

// The columns of user_detail, in the order the SELECT reads and the INSERT/UPDATE write them.
const char* const kColumns = "id, username, email, first_name, last_name, enabled, email_verified, "
                             "organization_id, roles, created_at, created_by, updated_at, updated_by, "
                             "first_login_at, last_login_at, metadata, version, deleted, keycloak_id, "
                             "sync_state, sync_error, sync_pending_position, sync_failed_position";

struct Row
{
    QString id;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    bool enabled = true;
    bool emailVerified = false;
    QString organizationId;
    QStringList roles;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 updatedAt = 0;
    QString updatedBy;
    qint64 firstLoginAt = 0;
    qint64 lastLoginAt = 0;
    QString metadata = QStringLiteral("{}");
    qint64 version = 0;
    bool deleted = false;
    QString keycloakId;
    QString syncState;
    QString syncError;
    qint64 syncPendingPosition = 0;
    qint64 syncFailedPosition = 0;
};

void bindRow(SqliteStatement& statement, const Row& row, QList<QByteArray>& keep)
{
    // Bound text must outlive step(): keep owns the bytes until the caller is done.
    int index = 0;
    auto text = [&](const QString& value) {
        keep.append(value.toUtf8());
        statement.bind(++index, keep.constLast());
    };
    auto integer = [&](qint64 value) { statement.bind(++index, value); };
    text(row.id);
    text(row.username);
    text(row.email);
    text(row.firstName);
    text(row.lastName);
    integer(row.enabled);
    integer(row.emailVerified);
    text(row.organizationId);
    keep.append(UserRoles::toJson(row.roles));
    statement.bind(++index, keep.constLast());
    integer(row.createdAt);
    text(row.createdBy);
    integer(row.updatedAt);
    text(row.updatedBy);
    integer(row.firstLoginAt);
    integer(row.lastLoginAt);
    text(row.metadata);
    integer(row.version);
    integer(row.deleted);
    text(row.keycloakId);
    text(row.syncState);
    text(row.syncError);
    integer(row.syncPendingPosition);
    integer(row.syncFailedPosition);
}

struct Applier
{
    Row& row;

    void operator()(const UserCreated&) const {} // handled by insert()
    void operator()(const UserUpdated& e) const { ProfileChanges::applyTo(row, e.changes); }
    void operator()(const UserEnabled&) const { row.enabled = true; }
    void operator()(const UserDisabled&) const { row.enabled = false; }
    void operator()(const UserDeleted&) const { row.deleted = true; }
    void operator()(const UserRolesChanged& e) const
    {
        QStringList roles = row.roles;
        for (const QString& role : e.removed)
            roles.removeAll(role.trimmed());
        row.roles = UserRoles::normalized(roles + e.added);
    }
    void operator()(const UserEmailVerified&) const { row.emailVerified = true; }
    void operator()(const PasswordResetEmailRequested&) const {}
    void operator()(const UserLoggedIn& e) const
    {
        if (row.firstLoginAt == 0 || e.atMs < row.firstLoginAt)
            row.firstLoginAt = e.atMs;
        row.lastLoginAt = std::max(row.lastLoginAt, e.atMs);
    }
    // The sync state follows SyncStateRules; the detail also keeps Keycloak's id.
    void operator()(const UserSyncedToKeycloak& e) const
    {
        if (!e.keycloakId.isEmpty())
            row.keycloakId = e.keycloakId;
    }
    void operator()(const UserSyncFailed&) const {}
    void operator()(const UserSyncRetried&) const {}
    void operator()(const UserSyncDiscarded&) const {}
    // Keycloak-side facts arrive here as their local equivalents (ImportedEvents).
    void operator()(const UserImported&) const {}
    void operator()(const UserChangedInKeycloak&) const {}
    void operator()(const UserDeletedInKeycloak&) const {}
    void operator()(const UserPersonalDataErased&) const
    {
        row.username = PersonalData::pseudonymFor(QUuid::fromString(row.id));
        row.email = row.firstName = row.lastName = PersonalData::erasedValue();
    }
};

// Changes of the user's own data move updatedAt/By; logins, sync outcomes and reset e-mails
// are facts about the user, not edits of it.
bool isEdit(const UserEvent& decoded)
{
    return std::holds_alternative<UserUpdated>(decoded) || std::holds_alternative<UserEnabled>(decoded) ||
           std::holds_alternative<UserDisabled>(decoded) || std::holds_alternative<UserDeleted>(decoded) ||
           std::holds_alternative<UserRolesChanged>(decoded) ||
           std::holds_alternative<UserEmailVerified>(decoded);
}

Row readRow(const SqliteStatement& select)
{
    Row row;
    row.id = select.string(0);
    row.username = select.string(1);
    row.email = select.string(2);
    row.firstName = select.string(3);
    row.lastName = select.string(4);
    row.enabled = select.int64(5) != 0;
    row.emailVerified = select.int64(6) != 0;
    row.organizationId = select.string(7);
    row.roles = UserRoles::fromJson(select.textView(8));
    row.createdAt = select.int64(9);
    row.createdBy = select.string(10);
    row.updatedAt = select.int64(11);
    row.updatedBy = select.string(12);
    row.firstLoginAt = select.int64(13);
    row.lastLoginAt = select.int64(14);
    row.metadata = select.string(15);
    row.version = select.int64(16);
    row.deleted = select.int64(17) != 0;
    row.keycloakId = select.string(18);
    row.syncState = select.string(19);
    row.syncError = select.string(20);
    row.syncPendingPosition = select.int64(21);
    row.syncFailedPosition = select.int64(22);
    return row;
}

using DetailRows = RowCache<Row>;

// The rows of user_detail this context has read or changed (see RowCache).
// Statements prepared once per context (the context owns them and outlives its states).
std::unique_ptr<DetailRows> makeRows(ProjectionContext& context, const QString& table)
{
    SqliteStatement* select = &context.statement(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(kColumns), table));
    SqliteStatement* insert = &context.statement(
        QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(table, QLatin1String(kColumns)));
    auto load = [select](const QUuid& id) -> std::optional<Row> {
        SqliteStatement::ResetOnExit reset(*select);
        select->bind(1, id.toByteArray(QUuid::WithoutBraces));
        if (!select->step())
            return std::nullopt;
        return readRow(*select);
    };
    auto save = [insert](const QUuid&, const Row& row) {
        SqliteStatement::ResetOnExit reset(*insert);
        QList<QByteArray> keep;
        keep.reserve(16);
        bindRow(*insert, row, keep);
        insert->step();
    };
    return std::make_unique<DetailRows>(load, save);
}

} // namespace

void UserDetailProjection::createTables(ProjectionContext& context)
{
    context.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                                " id TEXT PRIMARY KEY,"
                                " username TEXT NOT NULL,"
                                " email TEXT NOT NULL,"
                                " first_name TEXT NOT NULL,"
                                " last_name TEXT NOT NULL,"
                                " enabled INTEGER NOT NULL,"
                                " email_verified INTEGER NOT NULL,"
                                " organization_id TEXT NOT NULL,"
                                " roles TEXT NOT NULL,"         // JSON array
                                " created_at INTEGER NOT NULL," // ms UTC
                                " created_by TEXT NOT NULL,"
                                " updated_at INTEGER NOT NULL," // 0: never changed since creation
                                " updated_by TEXT NOT NULL,"
                                " first_login_at INTEGER NOT NULL," // 0: never logged in
                                " last_login_at INTEGER NOT NULL,"
                                " metadata TEXT NOT NULL,"   // JSON object
                                " version INTEGER NOT NULL," // stream version
                                " deleted INTEGER NOT NULL,"
                                " keycloak_id TEXT NOT NULL,"
                                " sync_state TEXT NOT NULL,"
                                " sync_error TEXT NOT NULL,"
                                " sync_pending_position INTEGER NOT NULL,"
                                " sync_failed_position INTEGER NOT NULL"
                                ") WITHOUT ROWID")
                     .arg(context.table(tableName())));
}

void UserDetailProjection::createIndexes(ProjectionContext& context)
{
    // Lookups are by id (the primary key) only.
    Q_UNUSED(context)
}

void UserDetailProjection::apply(const RecordedEvent& event, ProjectionContext& context)
{
    const DecodedUserEvent& userEvent = context.userEvent(event);
    if (!userEvent.isUserEvent() || userEvent.parts.isEmpty())
        return;
    const QUuid& userId = userEvent.userId;
    const bool imported = userEvent.imported;
    const QList<UserEvent>& parts = userEvent.parts;
    const UserEvent& decoded = parts.constFirst();
    const auto id = [&userId] { return userId.toString(QUuid::WithoutBraces); }; // for messages
    DetailRows& rows =
        context.state<DetailRows>(this, [&context] { return makeRows(context, context.table(tableName())); });

    if (const auto* created = std::get_if<UserCreated>(&decoded)) {
        if (rows.find(userId))
            throw KeyledgerError(
                tr("User %1 is created twice (event at position %2).").arg(id()).arg(event.position));
        Row row;
        row.id = id();
        row.username = created->personal.username;
        row.email = created->personal.email;
        row.firstName = created->personal.firstName;
        row.lastName = created->personal.lastName;
        row.enabled = created->enabled;
        row.emailVerified = created->emailVerified;
        row.organizationId = created->organizationId;
        row.roles = UserRoles::normalized(created->roles);
        row.createdAt = created->createdAtMs > 0 ? created->createdAtMs : event.recordedAtMs;
        row.createdBy = event.metadata.actor;
        row.version = event.streamVersion;
        if (imported)
            row.keycloakId = row.id; // an imported user's stream is its Keycloak id
        SyncStateRules::created(row, event, decoded);
        context.touchUser(userId);
        context.touchOrganization(row.organizationId);
        rows.insert(userId, std::move(row));
        return;
    }

    Row* found = rows.find(userId);
    if (!found)
        throw KeyledgerError(tr("Event %1 at position %2 is for user %3, who was never created.")
                                 .arg(event.type)
                                 .arg(event.position)
                                 .arg(id()));
    Row& row = *found;
    if (event.streamVersion != row.version + 1)
        throw KeyledgerError(tr("Event %1 of user %2 has version %3; the detail expected version %4.")
                                 .arg(event.position)
                                 .arg(id())
                                 .arg(event.streamVersion)
                                 .arg(row.version + 1));

    const QString organizationBefore = row.organizationId;
    bool edited = false;
    for (const UserEvent& part : parts) {
        std::visit(Applier{row}, part);
        SyncStateRules::apply(row, event, part);
        edited = edited || isEdit(part);
    }
    row.version = event.streamVersion;
    if (edited) {
        row.updatedAt = event.recordedAtMs;
        row.updatedBy = event.metadata.actor;
    }
    rows.markChanged(userId);

    context.touchUser(userId);
    context.touchOrganization(row.organizationId);
    if (organizationBefore != row.organizationId)
        context.touchOrganization(organizationBefore);
}

} // namespace keyledger
