#include "projections/AnalyticsProjection.h"

#include "domain/ImportedEvents.h"

#include "common/KeyledgerError.h"
#include "domain/UserAggregate.h"
#include "projections/ProjectionContext.h"
#include "projections/RowCache.h"
#include "store/SqliteStatement.h"

#include <QJsonObject>

#include <optional>

namespace keyledger {

namespace {

const QString kUserCreated = QStringLiteral("UserCreated");
const QString kUserUpdated = QStringLiteral("UserUpdated");
const QString kUserEnabled = QStringLiteral("UserEnabled");
const QString kUserDisabled = QStringLiteral("UserDisabled");
const QString kUserDeleted = QStringLiteral("UserDeleted");
const QString kUserEmailVerified = QStringLiteral("UserEmailVerified");
const QString kUserLoggedIn = QStringLiteral("UserLoggedIn");

// The "after" of one entry of a UserUpdated "changes" object, or a null string.
QString changedTo(const QJsonObject& changes, QLatin1String field)
{
    const auto it = changes.constFind(field);
    if (it == changes.constEnd())
        return {};
    const QString after = it.value().toObject().value(QLatin1String("after")).toString();
    return after.isNull() ? QString(QLatin1String("")) : after;
}

struct Row
{
    QString organizationId;
    qint64 createdAt = 0;
    bool enabled = true;
    bool emailVerified = false;
    std::optional<qint64> firstLoginAt; // none until the first login
    bool deleted = false;
};

using AnalyticsRows = RowCache<Row>;

// Statements prepared once per context (the context owns them and outlives its states).
std::unique_ptr<AnalyticsRows> makeRows(ProjectionContext& context, const QString& table)
{
    SqliteStatement* select = &context.statement(
        QStringLiteral("SELECT organization_id, created_at, enabled, email_verified, first_login_at, deleted "
                       "FROM %1 WHERE user_id = ?")
            .arg(table));
    SqliteStatement* insert = &context.statement(
        QStringLiteral("INSERT OR REPLACE INTO %1 (user_id, organization_id, created_at, enabled, "
                       "email_verified, first_login_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .arg(table));
    auto load = [select](const QUuid& id) -> std::optional<Row> {
        SqliteStatement::ResetOnExit reset(*select);
        select->bind(1, id.toByteArray(QUuid::WithoutBraces));
        if (!select->step())
            return std::nullopt;
        Row row;
        row.organizationId = select->string(0);
        row.createdAt = select->int64(1);
        row.enabled = select->int64(2) != 0;
        row.emailVerified = select->int64(3) != 0;
        if (!select->isNull(4))
            row.firstLoginAt = select->int64(4);
        row.deleted = select->int64(5) != 0;
        return row;
    };
    auto save = [insert](const QUuid& id, const Row& row) {
        SqliteStatement::ResetOnExit reset(*insert);
        const QByteArray organizationUtf8 = row.organizationId.toUtf8();
        insert->bind(1, id.toByteArray(QUuid::WithoutBraces));
        insert->bind(2, organizationUtf8);
        insert->bind(3, row.createdAt);
        insert->bind(4, qint64(row.enabled));
        insert->bind(5, qint64(row.emailVerified));
        if (row.firstLoginAt)
            insert->bind(6, *row.firstLoginAt);
        else
            insert->bindNull(6);
        insert->bind(7, qint64(row.deleted));
        insert->step();
    };
    return std::make_unique<AnalyticsRows>(load, save);
}

} // namespace

void AnalyticsProjection::createTables(ProjectionContext& context)
{
    context.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                                " user_id TEXT PRIMARY KEY,"
                                " organization_id TEXT NOT NULL,"
                                " created_at INTEGER NOT NULL,"
                                " enabled INTEGER NOT NULL,"
                                " email_verified INTEGER NOT NULL,"
                                " first_login_at INTEGER,"
                                " deleted INTEGER NOT NULL DEFAULT 0"
                                ") WITHOUT ROWID")
                     .arg(context.table(usersTable())));
}

void AnalyticsProjection::createIndexes(ProjectionContext& context)
{
    // Covering and partial: the figures of an organisation (or of all of them) over a range of
    // creation times are read from the index alone, and deleted users are not in it. Queries
    // must say "deleted = 0" for SQLite to pick these indexes; the column is in them so that
    // SQLite sees them as covering.
    const QString t = context.table(usersTable());
    context.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(organization_id, created_at, enabled, "
                                "email_verified, first_login_at, deleted) WHERE deleted = 0")
                     .arg(context.table(QStringLiteral("analytics_users_org_created")), t));
    context.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(created_at, enabled, email_verified, "
                                "first_login_at, deleted) WHERE deleted = 0")
                     .arg(context.table(QStringLiteral("analytics_users_created")), t));
}

void AnalyticsProjection::apply(const RecordedEvent& event, ProjectionContext& context)
{
    const QString& type = event.type;
    if (type == QLatin1String("UserImported") || type == QLatin1String("UserChangedInKeycloak") ||
        type == QLatin1String("UserDeletedInKeycloak")) {
        // Counted as what they mean locally; an imported user dates from its creation in Keycloak.
        for (const RecordedEvent& local : ImportedEvents::asLocalRecordedEvents(event))
            apply(local, context);
        return;
    }
    if (type != kUserCreated && type != kUserUpdated && type != kUserEnabled && type != kUserDisabled &&
        type != kUserDeleted && type != kUserEmailVerified && type != kUserLoggedIn)
        return;
    const QUuid user = UserAggregate::userIdFromStream(event.streamId);
    if (user.isNull())
        return;
    AnalyticsRows& rows = context.state<AnalyticsRows>(
        this, [&context] { return makeRows(context, context.table(usersTable())); });

    if (type == kUserCreated) {
        Row row;
        row.organizationId = event.data.value(QLatin1String("organizationId")).toString();
        row.createdAt = event.recordedAtMs;
        row.enabled = event.data.value(QLatin1String("enabled")).toBool(true);
        row.emailVerified = event.data.value(QLatin1String("emailVerified")).toBool(false);
        context.touchOrganization(row.organizationId);
        context.touchUser(user);
        rows.insert(user, std::move(row));
        return;
    }

    QString organization;
    QString verified;
    if (type == kUserUpdated) {
        const QJsonObject changes = event.data.value(QLatin1String("changes")).toObject();
        organization = changedTo(changes, QLatin1String("organizationId"));
        verified = changedTo(changes, QLatin1String("emailVerified"));
        if (organization.isNull() && verified.isNull())
            return; // names and e-mail addresses are not figures
    }
    Row* row = rows.find(user);
    if (!row)
        throw KeyledgerError(tr("Analytics: %1 at position %2 is for user %3, who was never created.")
                                 .arg(event.type)
                                 .arg(event.position)
                                 .arg(user.toString(QUuid::WithoutBraces)));
    context.touchOrganization(row->organizationId); // the one it may leave
    context.touchUser(user);
    if (type == kUserUpdated) {
        if (!organization.isNull())
            row->organizationId = organization;
        if (!verified.isNull())
            row->emailVerified = verified == QLatin1String("true");
    } else if (type == kUserEnabled) {
        row->enabled = true;
    } else if (type == kUserDisabled) {
        row->enabled = false;
    } else if (type == kUserDeleted) {
        row->deleted = true;
    } else if (type == kUserEmailVerified) {
        row->emailVerified = true;
    } else if (type == kUserLoggedIn) {
        const qint64 at = qint64(event.data.value(QLatin1String("at")).toDouble());
        if (!row->firstLoginAt || at < *row->firstLoginAt)
            row->firstLoginAt = at;
    }
    rows.markChanged(user);
    context.touchOrganization(row->organizationId);
}

} // namespace keyledger
