#include "projections/UserListProjection.h"

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

#include <variant>
#include <vector>

namespace keyledger {

namespace {

QString statusKey(bool enabled, bool emailVerified)
{
    if (!enabled)
        return QStringLiteral("disabled");
    if (!emailVerified)
        return QStringLiteral("unverified");
    return QStringLiteral("active");
}

// What a list row holds; the full name, the search keys and the status are derived on write.
struct Row
{
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString organizationId;
    bool enabled = false;
    bool emailVerified = false;
    QStringList roles;
    qint64 createdAt = 0;
    qint64 lastLoginAt = 0;
    QString syncState;
    qint64 syncPendingPosition = 0;
    qint64 syncFailedPosition = 0;
};

using ListRows = RowCache<Row>;

// Statements prepared once per context (the context owns them and outlives its states).
std::unique_ptr<ListRows> makeRows(ProjectionContext& context, const QString& table)
{
    SqliteStatement* select = &context.statement(
        QStringLiteral("SELECT username, email, first_name, last_name, organization_id, enabled, "
                       "email_verified, roles, created_at, last_login_at, sync_state, "
                       "sync_pending_position, sync_failed_position FROM %1 WHERE id = ?")
            .arg(table));
    SqliteStatement* insert = &context.statement(
        QStringLiteral(
            "INSERT OR REPLACE INTO %1 (id, username, email, first_name, last_name, full_name, "
            "username_lc, email_lc, first_name_lc, last_name_lc, full_name_lc, organization_id, status, "
            "roles, sync_state, enabled, email_verified, created_at, last_login_at, "
            "sync_pending_position, sync_failed_position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(table));
    SqliteStatement* erase = &context.statement(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    auto load = [select](const QUuid& id) -> std::optional<Row> {
        SqliteStatement::ResetOnExit reset(*select);
        select->bind(1, id.toByteArray(QUuid::WithoutBraces));
        if (!select->step())
            return std::nullopt;
        Row row;
        row.username = select->string(0);
        row.email = select->string(1);
        row.firstName = select->string(2);
        row.lastName = select->string(3);
        row.organizationId = select->string(4);
        row.enabled = select->int64(5) != 0;
        row.emailVerified = select->int64(6) != 0;
        row.roles = UserRoles::fromJson(select->textView(7));
        row.createdAt = select->int64(8);
        row.lastLoginAt = select->int64(9);
        row.syncState = select->string(10);
        row.syncPendingPosition = select->int64(11);
        row.syncFailedPosition = select->int64(12);
        return row;
    };
    auto save = [insert](const QUuid& id, const Row& row) {
        const QString full = UserListProjection::fullName(row.username, row.firstName, row.lastName);
        const QByteArray texts[] = {
            id.toByteArray(QUuid::WithoutBraces),
            row.username.toUtf8(),
            row.email.toUtf8(),
            row.firstName.toUtf8(),
            row.lastName.toUtf8(),
            full.toUtf8(),
            UserListProjection::searchKey(row.username).toUtf8(),
            UserListProjection::searchKey(row.email).toUtf8(),
            UserListProjection::searchKey(row.firstName).toUtf8(),
            UserListProjection::searchKey(row.lastName).toUtf8(),
            UserListProjection::searchKey(full).toUtf8(),
            row.organizationId.toUtf8(),
            statusKey(row.enabled, row.emailVerified).toUtf8(),
            UserRoles::toJson(row.roles),
            row.syncState.toUtf8(),
        };
        SqliteStatement::ResetOnExit reset(*insert);
        int index = 0;
        for (const QByteArray& text : texts)
            insert->bind(++index, text);
        insert->bind(++index, qint64(row.enabled));
        insert->bind(++index, qint64(row.emailVerified));
        insert->bind(++index, row.createdAt);
        insert->bind(++index, row.lastLoginAt);
        insert->bind(++index, row.syncPendingPosition);
        insert->bind(++index, row.syncFailedPosition);
        insert->step();
    };
    auto remove = [erase](const QUuid& id) {
        SqliteStatement::ResetOnExit reset(*erase);
        erase->bind(1, id.toByteArray(QUuid::WithoutBraces));
        erase->step();
    };
    return std::make_unique<ListRows>(load, save, remove);
}

// Sync outcomes keep arriving for a user deleted meanwhile (the deletion itself is delivered
// afterwards); an erasure finds no row of a deleted user; a reset e-mail shows nothing.
bool mayFindNoRow(const UserEvent& event)
{
    return std::holds_alternative<UserSyncedToKeycloak>(event) ||
           std::holds_alternative<UserSyncFailed>(event) || std::holds_alternative<UserSyncRetried>(event) ||
           std::holds_alternative<UserSyncDiscarded>(event) ||
           std::holds_alternative<UserPersonalDataErased>(event) ||
           std::holds_alternative<PasswordResetEmailRequested>(event);
}

} // namespace

QString UserListProjection::fullName(const QString& username, const QString& firstName,
                                     const QString& lastName)
{
    const QString full = (firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
    return full.isEmpty() ? username : full;
}

QString UserListProjection::searchKey(const QString& text)
{
    return text.toLower();
}

void UserListProjection::createTables(ProjectionContext& context)
{
    context.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                                " id TEXT PRIMARY KEY,"
                                " username TEXT NOT NULL,"
                                " email TEXT NOT NULL,"
                                " first_name TEXT NOT NULL,"
                                " last_name TEXT NOT NULL,"
                                " full_name TEXT NOT NULL,"
                                " username_lc TEXT NOT NULL,"
                                " email_lc TEXT NOT NULL,"
                                " first_name_lc TEXT NOT NULL,"
                                " last_name_lc TEXT NOT NULL,"
                                " full_name_lc TEXT NOT NULL,"
                                " organization_id TEXT NOT NULL,"
                                " enabled INTEGER NOT NULL,"
                                " email_verified INTEGER NOT NULL,"
                                " status TEXT NOT NULL,"           // active / unverified / disabled
                                " roles TEXT NOT NULL,"            // JSON array
                                " created_at INTEGER NOT NULL,"    // ms UTC
                                " last_login_at INTEGER NOT NULL," // 0: never logged in
                                " sync_state TEXT NOT NULL,"
                                " sync_pending_position INTEGER NOT NULL,"
                                " sync_failed_position INTEGER NOT NULL"
                                ") WITHOUT ROWID")
                     .arg(context.table(tableName())));
}

void UserListProjection::createIndexes(ProjectionContext& context)
{
    const QString table = context.table(tableName());
    const QList<std::pair<QString, QString>> indexes = {
        {QStringLiteral("created"), QStringLiteral("created_at, id")},
        {QStringLiteral("org_created"), QStringLiteral("organization_id, created_at, id")},
        {QStringLiteral("status_created"), QStringLiteral("status, created_at, id")},
        {QStringLiteral("org_status_created"), QStringLiteral("organization_id, status, created_at, id")},
        {QStringLiteral("username"), QStringLiteral("username_lc, id")},
        {QStringLiteral("email"), QStringLiteral("email_lc, id")},
        {QStringLiteral("first_name"), QStringLiteral("first_name_lc, id")},
        {QStringLiteral("last_name"), QStringLiteral("last_name_lc, id")},
        {QStringLiteral("full_name"), QStringLiteral("full_name_lc, id")},
        {QStringLiteral("organization"), QStringLiteral("organization_id, id")},
        {QStringLiteral("status"), QStringLiteral("status, id")},
        {QStringLiteral("last_login"), QStringLiteral("last_login_at, id")},
    };
    for (const auto& [suffix, columns] : indexes) {
        context.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                         .arg(context.table(tableName() + QStringLiteral("_by_") + suffix), table, columns));
    }
}

void UserListProjection::apply(const RecordedEvent& event, ProjectionContext& context)
{
    const DecodedUserEvent& userEvent = context.userEvent(event);
    if (!userEvent.isUserEvent())
        return;
    // Keycloak-side facts are projected as their local equivalents, one after the other.
    const QUuid userId = userEvent.userId;
    for (const UserEvent& part : userEvent.parts)
        applyPart(event, userId, part, context);
}

void UserListProjection::applyPart(const RecordedEvent& event, const QUuid& userId, const UserEvent& decoded,
                                   ProjectionContext& context)
{
    const auto id = [&userId] { return userId.toString(QUuid::WithoutBraces); }; // for messages
    ListRows& rows =
        context.state<ListRows>(this, [&context] { return makeRows(context, context.table(tableName())); });

    if (const auto* created = std::get_if<UserCreated>(&decoded)) {
        if (rows.find(userId))
            throw KeyledgerError(
                tr("User %1 is created twice (event at position %2).").arg(id()).arg(event.position));
        Row row;
        SyncStateRules::created(row, event, decoded);
        row.username = created->personal.username;
        row.email = created->personal.email;
        row.firstName = created->personal.firstName;
        row.lastName = created->personal.lastName;
        row.organizationId = created->organizationId;
        row.enabled = created->enabled;
        row.emailVerified = created->emailVerified;
        row.roles = UserRoles::normalized(created->roles);
        row.createdAt = created->createdAtMs > 0 ? created->createdAtMs : event.recordedAtMs;
        context.touchUser(userId);
        context.touchOrganization(row.organizationId);
        rows.insert(userId, std::move(row));
        return;
    }

    Row* found = rows.find(userId);
    if (!found) {
        if (mayFindNoRow(decoded))
            return;
        throw KeyledgerError(tr("Event %1 at position %2 is for user %3, who has no row in the list.")
                                 .arg(event.type)
                                 .arg(event.position)
                                 .arg(id()));
    }
    Row& row = *found;
    const QString organizationBefore = row.organizationId;
    context.touchUser(userId);
    context.touchOrganization(organizationBefore);

    if (std::holds_alternative<UserDeleted>(decoded)) {
        rows.remove(userId);
        return;
    }
    if (const auto* updated = std::get_if<UserUpdated>(&decoded)) {
        ProfileChanges::applyTo(row, updated->changes);
    } else if (std::holds_alternative<UserPersonalDataErased>(decoded)) {
        // The key is gone: the row takes the values every reader sees from now on.
        row.username = PersonalData::pseudonymFor(userId);
        row.email = row.firstName = row.lastName = PersonalData::erasedValue();
    } else if (std::holds_alternative<UserEnabled>(decoded)) {
        row.enabled = true;
    } else if (std::holds_alternative<UserDisabled>(decoded)) {
        row.enabled = false;
    } else if (std::holds_alternative<UserEmailVerified>(decoded)) {
        row.emailVerified = true;
    } else if (const auto* roles = std::get_if<UserRolesChanged>(&decoded)) {
        QStringList next = row.roles;
        for (const QString& role : roles->removed)
            next.removeAll(role.trimmed());
        row.roles = UserRoles::normalized(next + roles->added);
    } else if (const auto* login = std::get_if<UserLoggedIn>(&decoded)) {
        row.lastLoginAt = std::max(row.lastLoginAt, login->atMs);
    }
    SyncStateRules::apply(row, event, decoded);
    rows.markChanged(userId);
    if (row.organizationId != organizationBefore)
        context.touchOrganization(row.organizationId);
}

} // namespace keyledger
