#include "projections/UserListProjection.h"

#include "domain/ImportedEvents.h"

#include "domain/KeycloakDelivery.h"
#include "domain/ProfileChanges.h"
#include "domain/UserRoles.h"

#include "common/KeyledgerError.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "projections/ProjectionContext.h"
#include "store/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <variant>
#include <vector>

namespace keyledger {

namespace {

// The status rule of the chapter, as SQL over the row's (new) flags.
QString statusSql(const QString& enabled, const QString& emailVerified)
{
    return QStringLiteral("CASE WHEN %1 = 0 THEN 'disabled' WHEN %2 = 0 THEN 'unverified' ELSE 'active' END")
        .arg(enabled, emailVerified);
}

QString statusKey(bool enabled, bool emailVerified)
{
    if (!enabled)
        return QStringLiteral("disabled");
    if (!emailVerified)
        return QStringLiteral("unverified");
    return QStringLiteral("active");
}

// An UPDATE of only the columns an event changes: SQLite then maintains only the indexes on
// those columns. The SQL text depends on the set of columns, not on the values, so the
// context's statement cache holds a handful of variants.
class RowUpdate
{
public:
    int add(qint64 value)
    {
        m_values.emplace_back(value);
        return int(m_values.size());
    }
    int add(const QString& value)
    {
        m_values.emplace_back(value.toUtf8());
        return int(m_values.size());
    }
    void set(const QString& column, const QString& expression)
    {
        m_sets.append(column + QStringLiteral(" = ") + expression);
    }
    template <typename T>
    void setValue(const QString& column, const T& value)
    {
        set(column, QStringLiteral("?%1").arg(add(value)));
    }
    bool isEmpty() const { return m_sets.isEmpty(); }

    // Runs the update (or the DELETE when remove) of the user's row. No RETURNING: SQLite
    // builds an ephemeral table for it on every statement, which costs more than the update.
    void run(ProjectionContext& context, const QString& table, const QString& id, bool remove)
    {
        const int idIndex = add(id);
        const QString sql = remove ? QStringLiteral("DELETE FROM %1 WHERE id = ?%2").arg(table).arg(idIndex)
                                   : QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                                         .arg(table, m_sets.join(QStringLiteral(", ")))
                                         .arg(idIndex);
        SqliteStatement& statement = context.statement(sql);
        SqliteStatement::ResetOnExit reset(statement);
        for (int i = 0; i < int(m_values.size()); ++i) {
            if (const auto* number = std::get_if<qint64>(&m_values[std::size_t(i)]))
                statement.bind(i + 1, *number);
            else
                statement.bind(i + 1, std::get<QByteArray>(m_values[std::size_t(i)]));
        }
        statement.step();
    }

private:
    QStringList m_sets;
    std::vector<std::variant<qint64, QByteArray>> m_values;
};

struct CurrentRow
{
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString organizationId;
    bool enabled = false;
    bool emailVerified = false;
    QStringList roles;
};

std::optional<CurrentRow> readRow(ProjectionContext& context, const QString& table, const QString& id)
{
    SqliteStatement& select = context.statement(
        QStringLiteral(
            "SELECT username, email, first_name, last_name, organization_id, enabled, email_verified, "
            "roles FROM %1 WHERE id = ?")
            .arg(table));
    SqliteStatement::ResetOnExit reset(select);
    const QByteArray idUtf8 = id.toUtf8();
    select.bind(1, idUtf8);
    if (!select.step())
        return std::nullopt;
    CurrentRow row;
    row.username = select.string(0);
    row.email = select.string(1);
    row.firstName = select.string(2);
    row.lastName = select.string(3);
    row.organizationId = select.string(4);
    row.enabled = select.int64(5) != 0;
    row.emailVerified = select.int64(6) != 0;
    row.roles = UserRoles::fromJson(select.textView(7));
    return row;
}

std::optional<QString> readOrganization(ProjectionContext& context, const QString& table, const QString& id)
{
    SqliteStatement& select =
        context.statement(QStringLiteral("SELECT organization_id FROM %1 WHERE id = ?").arg(table));
    SqliteStatement::ResetOnExit reset(select);
    const QByteArray idUtf8 = id.toUtf8();
    select.bind(1, idUtf8);
    if (!select.step())
        return std::nullopt;
    return select.string(0);
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
    if (!UserEventCodec::isKnownType(event.type))
        return;
    const QUuid userId = UserAggregate::userIdFromStream(event.streamId);
    if (userId.isNull())
        return;
    // Keycloak-side facts are projected as their local equivalents, one after the other.
    const QList<UserEvent> parts =
        ImportedEvents::asLocalEquivalents(UserEventCodec::decode(event.type, event.data));
    for (const UserEvent& part : parts)
        applyPart(event, userId, part, context);
}

void UserListProjection::applyPart(const RecordedEvent& event, const QUuid& userId, const UserEvent& decoded,
                                   ProjectionContext& context)
{
    const QString table = context.table(tableName());
    const QString id = userId.toString(QUuid::WithoutBraces);

    if (const auto* created = std::get_if<UserCreated>(&decoded)) {
        QString syncState = QStringLiteral("local-only");
        qint64 pendingPosition = 0;
        if (event.metadata.source == EventMetadata::sourceKeycloakImport()) {
            syncState = QStringLiteral("synced");
        } else if (event.metadata.source == EventMetadata::sourceLocal() &&
                   KeycloakDelivery::required(decoded)) {
            syncState = QStringLiteral("pending");
            pendingPosition = event.position;
        }
        const PersonalData& p = created->personal;
        const QString full = fullName(p.username, p.firstName, p.lastName);
        const QList<QByteArray> texts = {
            id.toUtf8(),
            p.username.toUtf8(),
            p.email.toUtf8(),
            p.firstName.toUtf8(),
            p.lastName.toUtf8(),
            full.toUtf8(),
            searchKey(p.username).toUtf8(),
            searchKey(p.email).toUtf8(),
            searchKey(p.firstName).toUtf8(),
            searchKey(p.lastName).toUtf8(),
            searchKey(full).toUtf8(),
            created->organizationId.toUtf8(),
            statusKey(created->enabled, created->emailVerified).toUtf8(),
            UserRoles::toJson(UserRoles::normalized(created->roles)),
            syncState.toUtf8(),
        };
        SqliteStatement& insert = context.statement(
            QStringLiteral(
                "INSERT INTO %1 (id, username, email, first_name, last_name, full_name, username_lc, "
                "email_lc, first_name_lc, last_name_lc, full_name_lc, organization_id, status, roles, "
                "sync_state, enabled, email_verified, created_at, last_login_at, "
                "sync_pending_position, sync_failed_position) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0)")
                .arg(table));
        SqliteStatement::ResetOnExit reset(insert);
        int index = 0;
        for (const QByteArray& text : texts)
            insert.bind(++index, text);
        insert.bind(++index, qint64(created->enabled));
        insert.bind(++index, qint64(created->emailVerified));
        insert.bind(++index, created->createdAtMs > 0 ? created->createdAtMs : event.recordedAtMs);
        insert.bind(++index, pendingPosition);
        try {
            insert.step();
        } catch (const SqliteStatement::ConstraintViolation&) {
            throw KeyledgerError(
                tr("User %1 is created twice (event at position %2).").arg(id).arg(event.position));
        }
        context.touchUser(userId);
        context.touchOrganization(created->organizationId);
        return;
    }

    RowUpdate update;
    bool remove = false;
    std::optional<QString> movedFrom;    // the old organisation when the event moves the user
    std::optional<QString> organization; // the row's organisation after the event, once read

    if (const auto* updated = std::get_if<UserUpdated>(&decoded)) {
        const std::optional<CurrentRow> current = readRow(context, table, id);
        if (!current)
            throw KeyledgerError(tr("Event %1 at position %2 is for user %3, who has no row in the list.")
                                     .arg(event.type)
                                     .arg(event.position)
                                     .arg(id));
        CurrentRow next = *current;
        ProfileChanges::applyTo(next, updated->changes);
        auto setText = [&](const QString& column, const QString& before, const QString& after, bool withKey) {
            if (before == after)
                return;
            update.setValue(column, after);
            if (withKey)
                update.setValue(column + QStringLiteral("_lc"), searchKey(after));
        };
        setText(QStringLiteral("username"), current->username, next.username, true);
        setText(QStringLiteral("email"), current->email, next.email, true);
        setText(QStringLiteral("first_name"), current->firstName, next.firstName, true);
        setText(QStringLiteral("last_name"), current->lastName, next.lastName, true);
        setText(QStringLiteral("full_name"),
                fullName(current->username, current->firstName, current->lastName),
                fullName(next.username, next.firstName, next.lastName), true);
        setText(QStringLiteral("organization_id"), current->organizationId, next.organizationId, false);
        if (next.emailVerified != current->emailVerified) {
            update.setValue(QStringLiteral("email_verified"), qint64(next.emailVerified));
            update.setValue(QStringLiteral("status"), statusKey(next.enabled, next.emailVerified));
        }
        if (next.organizationId != current->organizationId)
            movedFrom = current->organizationId;
        organization = next.organizationId;
    } else if (std::holds_alternative<UserPersonalDataErased>(decoded)) {
        // The key is gone: the row takes the values every reader sees from now on (a deleted
        // user has no row left to change).
        organization = readOrganization(context, table, id);
        if (!organization)
            return;
        const QString pseudonym = PersonalData::pseudonymFor(userId);
        const QString erased = PersonalData::erasedValue();
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("username"), pseudonym},
            {QStringLiteral("email"), erased},
            {QStringLiteral("first_name"), erased},
            {QStringLiteral("last_name"), erased},
            {QStringLiteral("full_name"), fullName(pseudonym, erased, erased)}};
        for (const auto& [column, value] : values) {
            update.setValue(column, value);
            update.setValue(column + QStringLiteral("_lc"), searchKey(value));
        }
    } else if (std::holds_alternative<UserEnabled>(decoded)) {
        update.set(QStringLiteral("enabled"), QStringLiteral("1"));
        update.set(QStringLiteral("status"),
                   statusSql(QStringLiteral("1"), QStringLiteral("email_verified")));
    } else if (std::holds_alternative<UserDisabled>(decoded)) {
        update.set(QStringLiteral("enabled"), QStringLiteral("0"));
        update.set(QStringLiteral("status"), QStringLiteral("'disabled'"));
    } else if (std::holds_alternative<UserEmailVerified>(decoded)) {
        update.set(QStringLiteral("email_verified"), QStringLiteral("1"));
        update.set(QStringLiteral("status"), statusSql(QStringLiteral("enabled"), QStringLiteral("1")));
    } else if (std::holds_alternative<UserDeleted>(decoded)) {
        remove = true;
    } else if (const auto* roles = std::get_if<UserRolesChanged>(&decoded)) {
        const std::optional<CurrentRow> current = readRow(context, table, id);
        if (!current)
            throw KeyledgerError(tr("Event %1 at position %2 is for user %3, who has no row in the list.")
                                     .arg(event.type)
                                     .arg(event.position)
                                     .arg(id));
        QStringList next = current->roles;
        for (const QString& role : roles->removed)
            next.removeAll(role.trimmed());
        next = UserRoles::normalized(next + roles->added);
        update.setValue(QStringLiteral("roles"), QString::fromUtf8(UserRoles::toJson(next)));
        organization = current->organizationId;
    } else if (const auto* login = std::get_if<UserLoggedIn>(&decoded)) {
        update.set(QStringLiteral("last_login_at"),
                   QStringLiteral("max(last_login_at, ?%1)").arg(update.add(login->atMs)));
    } else if (const auto* synced = std::get_if<UserSyncedToKeycloak>(&decoded)) {
        // Same rule as the detail: synced once the last pending change is delivered; a failed
        // change delivered after all leaves the later ones pending.
        const int p = update.add(synced->position);
        update.set(QStringLiteral("sync_state"),
                   QStringLiteral("CASE WHEN ?%1 >= sync_pending_position THEN 'synced' "
                                  "WHEN sync_state = 'failed' AND ?%1 >= sync_failed_position THEN 'pending' "
                                  "ELSE sync_state END")
                       .arg(p));
        update.set(
            QStringLiteral("sync_failed_position"),
            QStringLiteral("CASE WHEN ?%1 >= sync_failed_position THEN 0 ELSE sync_failed_position END")
                .arg(p));
    } else if (const auto* failed = std::get_if<UserSyncFailed>(&decoded)) {
        update.set(QStringLiteral("sync_state"), QStringLiteral("'failed'"));
        update.setValue(QStringLiteral("sync_failed_position"), failed->position);
    } else if (const auto* retried = std::get_if<UserSyncRetried>(&decoded)) {
        const int p = update.add(retried->position);
        update.set(QStringLiteral("sync_state"),
                   QStringLiteral("CASE WHEN sync_state = 'failed' AND sync_failed_position = ?%1 THEN 'pending' "
                                  "ELSE sync_state END")
                       .arg(p));
        update.set(QStringLiteral("sync_failed_position"),
                   QStringLiteral("CASE WHEN sync_failed_position = ?%1 THEN 0 ELSE sync_failed_position END").arg(p));
    } else if (const auto* discarded = std::get_if<UserSyncDiscarded>(&decoded)) {
        const int p = update.add(discarded->position);
        update.set(QStringLiteral("sync_state"),
                   QStringLiteral("CASE WHEN sync_state <> 'failed' OR sync_failed_position <> ?%1 THEN sync_state "
                                  "WHEN ?%1 >= sync_pending_position THEN 'local-only' ELSE 'pending' END")
                       .arg(p));
        update.set(QStringLiteral("sync_failed_position"),
                   QStringLiteral("CASE WHEN sync_failed_position = ?%1 THEN 0 ELSE sync_failed_position END").arg(p));
    }

    if ((event.metadata.source == EventMetadata::sourceLocal() && KeycloakDelivery::required(decoded)) &&
        !remove) {
        update.set(QStringLiteral("sync_state"),
                   QStringLiteral("CASE WHEN sync_state = 'failed' THEN 'failed' ELSE 'pending' END"));
        update.setValue(QStringLiteral("sync_pending_position"), event.position);
    }
    if (!remove && update.isEmpty())
        return; // nothing the list shows (a reset e-mail imported from Keycloak, a no-op update)

    if (!organization)
        organization = readOrganization(context, table, id);
    if (!organization) {
        // Sync outcomes keep arriving for a user deleted meanwhile (the deletion itself is
        // delivered afterwards); anything else for a missing row is a broken sequence.
        if (std::holds_alternative<UserSyncedToKeycloak>(decoded) ||
            std::holds_alternative<UserSyncFailed>(decoded) || std::holds_alternative<UserSyncRetried>(decoded) ||
            std::holds_alternative<UserSyncDiscarded>(decoded))
            return;
        throw KeyledgerError(tr("Event %1 at position %2 is for user %3, who has no row in the list.")
                                 .arg(event.type)
                                 .arg(event.position)
                                 .arg(id));
    }
    update.run(context, table, id, remove);
    context.touchUser(userId);
    context.touchOrganization(*organization);
    if (movedFrom)
        context.touchOrganization(*movedFrom);
}

} // namespace keyledger
