#include "projections/AnalyticsProjection.h"

#include "domain/ImportedEvents.h"

#include "common/KeyledgerError.h"
#include "domain/UserAggregate.h"
#include "projections/ProjectionContext.h"
#include "store/SqliteStatement.h"

#include <QJsonObject>

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

} // namespace

const AnalyticsProjection::Sql& AnalyticsProjection::sql(const ProjectionContext& context)
{
    if (m_sqlReady && m_sql.suffix == context.suffix())
        return m_sql;
    const QString t = context.table(usersTable());
    m_sql.suffix = context.suffix();
    m_sql.insert =
        QStringLiteral("INSERT INTO %1(user_id, organization_id, created_at, enabled, email_verified) "
                       "VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT(user_id) DO UPDATE SET organization_id = excluded.organization_id, "
                       "created_at = excluded.created_at, enabled = excluded.enabled, "
                       "email_verified = excluded.email_verified, first_login_at = NULL, deleted = 0")
            .arg(t);
    m_sql.selectOrganization = QStringLiteral("SELECT organization_id FROM %1 WHERE user_id = ?").arg(t);
    m_sql.setOrganization = QStringLiteral("UPDATE %1 SET organization_id = ? WHERE user_id = ?").arg(t);
    m_sql.setEnabled = QStringLiteral("UPDATE %1 SET enabled = ? WHERE user_id = ?").arg(t);
    m_sql.setEmailVerified = QStringLiteral("UPDATE %1 SET email_verified = ? WHERE user_id = ?").arg(t);
    m_sql.setDeleted = QStringLiteral("UPDATE %1 SET deleted = ? WHERE user_id = ?").arg(t);
    m_sql.recordLogin = QStringLiteral("UPDATE %1 SET first_login_at = CASE WHEN first_login_at IS NULL "
                                       "OR ?1 < first_login_at THEN ?1 ELSE first_login_at END "
                                       "WHERE user_id = ?2")
                            .arg(t);
    m_sqlReady = true;
    return m_sql;
}

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

QString AnalyticsProjection::update(ProjectionContext& context, const QString& statementSql,
                                    const QByteArray& userId, const RecordedEvent& event, qint64 value)
{
    const QString organization = organizationOf(context, userId, event);
    SqliteStatement& statement = context.statement(statementSql);
    statement.reset();
    statement.bind(1, value);
    statement.bind(2, userId);
    statement.step();
    statement.reset();
    return organization;
}

QString AnalyticsProjection::organizationOf(ProjectionContext& context, const QByteArray& userId,
                                            const RecordedEvent& event)
{
    // A point read, then a plain UPDATE: cheaper than UPDATE ... RETURNING, for which SQLite
    // builds a temporary table per statement.
    SqliteStatement& select = context.statement(sql(context).selectOrganization);
    select.reset();
    select.bind(1, userId);
    if (!select.step()) {
        select.reset();
        throw KeyledgerError(tr("Analytics: %1 at position %2 is for user %3, who was never created.")
                                 .arg(event.type)
                                 .arg(event.position)
                                 .arg(QString::fromLatin1(userId)));
    }
    const QString organization = select.string(0);
    select.reset();
    return organization;
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
    const QByteArray userId = user.toByteArray(QUuid::WithoutBraces);
    const Sql& statements = sql(context);

    if (type == kUserCreated) {
        const QString organization = event.data.value(QLatin1String("organizationId")).toString();
        const QByteArray organizationUtf8 = organization.toUtf8();
        SqliteStatement& insert = context.statement(statements.insert);
        insert.reset();
        insert.bind(1, userId);
        insert.bind(2, organizationUtf8);
        insert.bind(3, event.recordedAtMs);
        insert.bind(4, qint64(event.data.value(QLatin1String("enabled")).toBool(true)));
        insert.bind(5, qint64(event.data.value(QLatin1String("emailVerified")).toBool(false)));
        insert.step();
        insert.reset();
        context.touchOrganization(organization);
        context.touchUser(user);
        return;
    }

    if (type == kUserUpdated) {
        const QJsonObject changes = event.data.value(QLatin1String("changes")).toObject();
        const QString organization = changedTo(changes, QLatin1String("organizationId"));
        const QString verified = changedTo(changes, QLatin1String("emailVerified"));
        if (organization.isNull() && verified.isNull())
            return; // names and e-mail addresses are not figures
        QString current;
        if (!organization.isNull()) {
            context.touchOrganization(organizationOf(context, userId, event)); // the one it leaves
            const QByteArray organizationUtf8 = organization.toUtf8();
            SqliteStatement& move = context.statement(statements.setOrganization);
            move.reset();
            move.bind(1, organizationUtf8);
            move.bind(2, userId);
            move.step();
            move.reset();
            current = organization;
        }
        if (!verified.isNull())
            current = update(context, statements.setEmailVerified, userId, event,
                             qint64(verified == QLatin1String("true")));
        context.touchOrganization(current);
        context.touchUser(user);
        return;
    }

    QString organization;
    if (type == kUserEnabled)
        organization = update(context, statements.setEnabled, userId, event, 1);
    else if (type == kUserDisabled)
        organization = update(context, statements.setEnabled, userId, event, 0);
    else if (type == kUserDeleted)
        organization = update(context, statements.setDeleted, userId, event, 1);
    else if (type == kUserEmailVerified)
        organization = update(context, statements.setEmailVerified, userId, event, 1);
    else if (type == kUserLoggedIn)
        organization = update(context, statements.recordLogin, userId, event,
                              qint64(event.data.value(QLatin1String("at")).toDouble()));
    context.touchOrganization(organization);
    context.touchUser(user);
}

} // namespace keyledger
