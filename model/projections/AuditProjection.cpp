#include "projections/AuditProjection.h"

#include "common/UtcTimestamp.h"

#include "domain/UserAggregate.h"
#include "projections/ProjectionContext.h"
#include "projections/RowCache.h"
#include "store/SqliteStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace keyledger {

namespace {

const QString kUserCreated = QStringLiteral("UserCreated");
const QString kUserUpdated = QStringLiteral("UserUpdated");
const QString kUserEnabled = QStringLiteral("UserEnabled");
const QString kUserDisabled = QStringLiteral("UserDisabled");
const QString kUserDeleted = QStringLiteral("UserDeleted");
const QString kUserRolesChanged = QStringLiteral("UserRolesChanged");
const QString kUserEmailVerified = QStringLiteral("UserEmailVerified");
const QString kPasswordReset = QStringLiteral("PasswordResetEmailRequested");
const QString kUserLoggedIn = QStringLiteral("UserLoggedIn");
const QString kSynced = QStringLiteral("UserSyncedToKeycloak");
const QString kSyncFailed = QStringLiteral("UserSyncFailed");
const QString kSyncRetried = QStringLiteral("UserSyncRetried");
const QString kImported = QStringLiteral("UserImported");
const QString kChangedInKeycloak = QStringLiteral("UserChangedInKeycloak");
const QString kDeletedInKeycloak = QStringLiteral("UserDeletedInKeycloak");
const QString kSyncDiscarded = QStringLiteral("UserSyncDiscarded");

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");
const QString kArrow = QStringLiteral(" \u2192 ");

// What the model remembers of a user between events.
struct UserFacts
{
    QString username;
    QString organizationId;
    QByteArray rolesJson = QByteArrayLiteral("[]"); // sorted, no duplicates; parsed only when roles change
    qint64 lastLoginAtMs = 0;
    QString keycloakId;
};

struct Diff
{
    QString field;
    QString before;
    QString after;
};

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

QStringList normalized(QStringList roles)
{
    roles.sort();
    roles.removeDuplicates();
    return roles;
}

QString joined(const QStringList& list)
{
    return list.join(QStringLiteral(", "));
}

QString utcTime(qint64 ms)
{
    return UtcTimestamp::format(ms);
}

// Order of the fields in summaries and diffs: as a form shows them.
int fieldRank(const QString& field)
{
    static const QStringList order{QStringLiteral("username"),       QStringLiteral("email"),
                                   QStringLiteral("firstName"),      QStringLiteral("lastName"),
                                   QStringLiteral("organizationId"), QStringLiteral("emailVerified")};
    const qsizetype rank = order.indexOf(field);
    return rank < 0 ? int(order.size()) : int(rank);
}

QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("username"))
        return QStringLiteral("username");
    if (field == QLatin1String("email"))
        return QStringLiteral("e-mail");
    if (field == QLatin1String("firstName"))
        return QStringLiteral("first name");
    if (field == QLatin1String("lastName"))
        return QStringLiteral("last name");
    if (field == QLatin1String("organizationId"))
        return QStringLiteral("organisation");
    if (field == QLatin1String("emailVerified"))
        return QStringLiteral("e-mail verified");
    return field;
}

// One line, whatever a value or a server message holds.
QString oneLine(const QString& text)
{
    return text.simplified();
}

QString displayValue(const QString& field, const QString& value)
{
    if (field == QLatin1String("emailVerified"))
        return value == kTrue ? QStringLiteral("yes") : QStringLiteral("no");
    return value.isEmpty() ? QStringLiteral("(none)") : oneLine(value);
}

// "Added role auditor; removed roles admin, owner"
QString rolesSummary(const QStringList& added, const QStringList& removed)
{
    QStringList parts;
    if (!added.isEmpty())
        parts.append((added.size() == 1 ? QStringLiteral("Added role ") : QStringLiteral("Added roles ")) +
                     joined(added));
    if (!removed.isEmpty())
        parts.append(
            (removed.size() == 1 ? QStringLiteral("removed role ") : QStringLiteral("removed roles ")) +
            joined(removed));
    if (parts.isEmpty())
        return QStringLiteral("Roles unchanged");
    QString summary = parts.join(QStringLiteral("; "));
    summary[0] = summary[0].toUpper();
    return summary;
}

void appendJsonString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
    if (plain) { // nearly always: one append instead of one per byte
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

// [{"field":...,"before":...,"after":...}], written by hand: the audit model writes one per event
// and QJsonDocument costs more than the row's insert.
QByteArray diffJson(const QList<Diff>& diffs)
{
    if (diffs.isEmpty())
        return QByteArrayLiteral("[]");
    QByteArray out;
    out.reserve(64 * diffs.size());
    out += '[';
    for (const Diff& d : diffs) {
        if (out.size() > 1)
            out += ',';
        out += "{\"field\":";
        appendJsonString(out, d.field);
        out += ",\"before\":";
        appendJsonString(out, d.before);
        out += ",\"after\":";
        appendJsonString(out, d.after);
        out += '}';
    }
    out += ']';
    return out;
}

using AuditUsers = RowCache<UserFacts>;

// Statements prepared once per context (the context owns them and outlives its states).
std::unique_ptr<AuditUsers> makeUsers(ProjectionContext& context, const QString& selectSql,
                                      const QString& upsertSql)
{
    SqliteStatement* select = &context.statement(selectSql);
    SqliteStatement* upsert = &context.statement(upsertSql);
    auto load = [select](const QUuid& id) -> std::optional<UserFacts> {
        SqliteStatement::ResetOnExit reset(*select);
        select->bind(1, id.toByteArray(QUuid::WithoutBraces));
        if (!select->step())
            return std::nullopt;
        UserFacts facts;
        facts.username = select->string(0);
        facts.organizationId = select->string(1);
        facts.rolesJson = select->text(2);
        facts.lastLoginAtMs = select->int64(3);
        facts.keycloakId = select->string(4);
        return facts;
    };
    auto save = [upsert](const QUuid& id, const UserFacts& facts) {
        const QByteArray usernameUtf8 = facts.username.toUtf8();
        const QByteArray organizationUtf8 = facts.organizationId.toUtf8();
        const QByteArray keycloakUtf8 = facts.keycloakId.toUtf8();
        SqliteStatement::ResetOnExit reset(*upsert);
        upsert->bind(1, id.toByteArray(QUuid::WithoutBraces));
        upsert->bind(2, usernameUtf8);
        upsert->bind(3, organizationUtf8);
        upsert->bind(4, facts.rolesJson);
        upsert->bind(5, facts.lastLoginAtMs);
        upsert->bind(6, keycloakUtf8);
        upsert->step();
    };
    return std::make_unique<AuditUsers>(load, save);
}

// What the audit model keeps between events: the users' facts, and the clock of the last row
// written (read from the table once per batch, then carried along).
class AuditState final : public ProjectionState
{
public:
    AuditState(std::unique_ptr<AuditUsers> users, std::function<std::optional<qint64>()> lastClock,
               SqliteStatement& insertEntry)
        : m_users(std::move(users))
        , m_lastClock(std::move(lastClock))
        , m_insertEntry(insertEntry)
    {}
    AuditUsers& users() { return *m_users; }
    SqliteStatement& insertEntry() { return m_insertEntry; }
    // The clock of a row recorded at recordedAtMs: it never goes back along the positions.
    qint64 advanceClock(qint64 recordedAtMs)
    {
        if (!m_clockKnown) {
            m_clock = m_lastClock();
            m_clockKnown = true;
        }
        m_clock = std::max(m_clock.value_or(recordedAtMs), recordedAtMs);
        return *m_clock;
    }
    void flush() override
    {
        m_users->flush();
        m_clockKnown = false;
    }
    void discard() override
    {
        m_users->discard();
        m_clockKnown = false;
    }
    qsizetype size() const override { return m_users->size(); }

private:
    std::unique_ptr<AuditUsers> m_users;
    std::function<std::optional<qint64>()> m_lastClock;
    SqliteStatement& m_insertEntry;
    std::optional<qint64> m_clock;
    bool m_clockKnown = false;
};

} // namespace

const AuditProjection::Sql& AuditProjection::sql(const ProjectionContext& context)
{
    if (m_sqlReady && m_sql.suffix == context.suffix())
        return m_sql;
    const QString entries = context.table(entriesTable());
    const QString users = context.table(usersTable());
    m_sql.suffix = context.suffix();
    m_sql.insertEntry =
        QStringLiteral(
            "INSERT INTO %1(position, recorded_at, stream_id, user_id, username, organization_id, "
            "type, actor, source, summary, diff, clock_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
            "?10, ?11, ?12) "
            "ON CONFLICT(position) DO NOTHING")
            .arg(entries);
    m_sql.lastClock = QStringLiteral("SELECT clock_at FROM %1 ORDER BY position DESC LIMIT 1").arg(entries);
    m_sql.selectUser = QStringLiteral("SELECT username, organization_id, roles, last_login_at, keycloak_id "
                                      "FROM %1 WHERE user_id = ?")
                           .arg(users);
    m_sql.upsertUser =
        QStringLiteral(
            "INSERT INTO %1(user_id, username, organization_id, roles, last_login_at, keycloak_id) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET username = excluded.username, "
            "organization_id = excluded.organization_id, roles = excluded.roles, "
            "last_login_at = excluded.last_login_at, keycloak_id = excluded.keycloak_id")
            .arg(users);
    m_sqlReady = true;
    return m_sql;
}

void AuditProjection::createTables(ProjectionContext& context)
{
    // position is the rowid: every index below ends with it, so each filter reads its rows in
    // position order without sorting.
    // clock_at is the latest recorded_at up to this position: it never decreases along the
    // positions, so a time range maps to a range of positions (see AuditQueries). Rows whose
    // recorded_at is below their clock_at (the writer's clock went back) are the rare "skewed"
    // rows, found through a partial index of their own.
    context.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                                " position INTEGER PRIMARY KEY,"
                                " recorded_at INTEGER NOT NULL,"
                                " stream_id TEXT NOT NULL,"
                                " user_id TEXT NOT NULL,"
                                " username TEXT NOT NULL,"
                                " organization_id TEXT NOT NULL,"
                                " type TEXT NOT NULL,"
                                " actor TEXT NOT NULL,"
                                " source TEXT NOT NULL,"
                                " summary TEXT NOT NULL,"
                                " diff TEXT NOT NULL,"
                                " clock_at INTEGER NOT NULL"
                                ")")
                     .arg(context.table(entriesTable())));
    context.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                                " user_id TEXT PRIMARY KEY,"
                                " username TEXT NOT NULL,"
                                " organization_id TEXT NOT NULL,"
                                " roles TEXT NOT NULL,"
                                " last_login_at INTEGER NOT NULL,"
                                " keycloak_id TEXT NOT NULL"
                                ") WITHOUT ROWID")
                     .arg(context.table(usersTable())));
}

void AuditProjection::createIndexes(ProjectionContext& context)
{
    const QString entries = context.table(entriesTable());
    const auto index = [&](const QString& name, const QString& column) {
        context.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(%3)")
                         .arg(context.table(QStringLiteral("audit_entries_") + name), entries, column));
    };
    index(QStringLiteral("user"), QStringLiteral("user_id"));
    index(QStringLiteral("actor"), QStringLiteral("actor"));
    index(QStringLiteral("type"), QStringLiteral("type"));
    index(QStringLiteral("source"), QStringLiteral("source"));
    index(QStringLiteral("clock"), QStringLiteral("clock_at"));
    context.exec(
        QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(recorded_at) WHERE recorded_at < clock_at")
            .arg(context.table(QStringLiteral("audit_entries_skewed")), entries));
}

void AuditProjection::apply(const RecordedEvent& event, ProjectionContext& context)
{
    const QUuid user = UserAggregate::userIdFromStream(event.streamId);
    const QByteArray userId = user.isNull() ? QByteArray() : user.toByteArray(QUuid::WithoutBraces);
    const QString& type = event.type;
    const QJsonObject& data = event.data;

    AuditState& state = context.state<AuditState>(this, [this, &context] {
        const Sql& text = sql(context);
        SqliteStatement* last = &context.statement(text.lastClock);
        return std::make_unique<AuditState>(
            makeUsers(context, text.selectUser, text.upsertUser),
            [last]() -> std::optional<qint64> {
                SqliteStatement::ResetOnExit reset(*last);
                if (!last->step())
                    return std::nullopt;
                return last->int64(0);
            },
            context.statement(text.insertEntry));
    });
    AuditUsers& users = state.users();
    UserFacts facts;
    const bool creation = type == kUserCreated || type == kImported;
    if (!user.isNull() && !creation) {
        if (const UserFacts* known = users.find(user))
            facts = *known;
    }

    QString summary;
    QList<Diff> diffs;
    bool factsChanged = false;

    if (user.isNull()) {
        summary = type;
    } else if (creation) {
        const QJsonObject personal = data.value(QLatin1String("personal")).toObject();
        facts.username = personal.value(QLatin1String("username")).toString();
        facts.organizationId = data.value(QLatin1String("organizationId")).toString();
        const QStringList roles = normalized(stringList(data.value(QLatin1String("roles"))));
        facts.rolesJson = QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact);
        const bool enabled = data.value(QLatin1String("enabled")).toBool(true);
        const bool verified = data.value(QLatin1String("emailVerified")).toBool(false);
        const QString email = personal.value(QLatin1String("email")).toString();
        factsChanged = true;

        summary =
            (type == kImported ? QStringLiteral("Imported from Keycloak: ") : QStringLiteral("Created ")) +
            facts.username;
        if (type == kImported) {
            facts.keycloakId = data.value(QLatin1String("userId")).toString();
            diffs.append(Diff{QStringLiteral("keycloakId"), QString(), facts.keycloakId});
        }
        if (!email.isEmpty())
            summary += QStringLiteral(" (") + email + QLatin1Char(')');
        if (!facts.organizationId.isEmpty())
            summary += QStringLiteral(" in ") + facts.organizationId;
        if (!roles.isEmpty())
            summary += (roles.size() == 1 ? QStringLiteral(" with role ") : QStringLiteral(" with roles ")) +
                       joined(roles);
        if (!enabled)
            summary += QStringLiteral(", disabled");
        if (verified)
            summary += QStringLiteral(", e-mail verified");

        const auto set = [&](const QString& field, const QString& value) {
            if (!value.isEmpty())
                diffs.append(Diff{field, QString(), value});
        };
        set(QStringLiteral("username"), facts.username);
        set(QStringLiteral("email"), email);
        set(QStringLiteral("firstName"), personal.value(QLatin1String("firstName")).toString());
        set(QStringLiteral("lastName"), personal.value(QLatin1String("lastName")).toString());
        set(QStringLiteral("organizationId"), facts.organizationId);
        set(QStringLiteral("roles"), joined(roles));
        set(QStringLiteral("enabled"), enabled ? kTrue : kFalse);
        set(QStringLiteral("emailVerified"), verified ? kTrue : kFalse);
    } else if (type == kUserUpdated || type == kChangedInKeycloak) {
        for (const QLatin1String group : {QLatin1String("changes"), QLatin1String("personal")}) {
            const QJsonObject changes = data.value(group).toObject();
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
                const QJsonObject values = it.value().toObject();
                diffs.append(Diff{it.key(), values.value(QLatin1String("before")).toString(),
                                  values.value(QLatin1String("after")).toString()});
            }
        }
        std::stable_sort(diffs.begin(), diffs.end(), [](const Diff& a, const Diff& b) {
            const int ra = fieldRank(a.field);
            const int rb = fieldRank(b.field);
            return ra != rb ? ra < rb : a.field < b.field;
        });
        QStringList parts;
        for (const Diff& d : std::as_const(diffs)) {
            parts.append(fieldLabel(d.field) + QStringLiteral(": ") + displayValue(d.field, d.before) +
                         kArrow + displayValue(d.field, d.after));
            if (d.field == QLatin1String("organizationId")) {
                facts.organizationId = d.after;
                factsChanged = true;
            } else if (d.field == QLatin1String("username")) {
                facts.username = d.after;
                factsChanged = true;
            } else if (d.field == QLatin1String("roles")) {
                const QStringList roles = normalized(d.after.split(QLatin1Char(','), Qt::SkipEmptyParts));
                facts.rolesJson =
                    QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact);
                factsChanged = true;
            }
        }
        const QString verb =
            type == kChangedInKeycloak ? QStringLiteral("Changed in Keycloak: ") : QStringLiteral("Changed ");
        summary =
            parts.isEmpty() ? QStringLiteral("Nothing changed") : verb + parts.join(QStringLiteral("; "));
    } else if (type == kUserEnabled) {
        summary = QStringLiteral("Enabled");
        diffs.append(Diff{QStringLiteral("enabled"), kFalse, kTrue});
    } else if (type == kUserDisabled) {
        summary = QStringLiteral("Disabled");
        diffs.append(Diff{QStringLiteral("enabled"), kTrue, kFalse});
    } else if (type == kUserDeleted || type == kDeletedInKeycloak) {
        summary =
            type == kDeletedInKeycloak ? QStringLiteral("Deleted in Keycloak") : QStringLiteral("Deleted");
        diffs.append(Diff{QStringLiteral("deleted"), kFalse, kTrue});
    } else if (type == kUserEmailVerified) {
        summary = QStringLiteral("E-mail verified");
        diffs.append(Diff{QStringLiteral("emailVerified"), kFalse, kTrue});
    } else if (type == kUserRolesChanged) {
        const QStringList added = normalized(stringList(data.value(QLatin1String("added"))));
        const QStringList removed = normalized(stringList(data.value(QLatin1String("removed"))));
        const QStringList before = stringList(QJsonDocument::fromJson(facts.rolesJson).array());
        QStringList roles = before;
        for (const QString& role : removed)
            roles.removeAll(role);
        roles = normalized(roles + added);
        summary = rolesSummary(added, removed);
        diffs.append(Diff{QStringLiteral("roles"), joined(before), joined(roles)});
        facts.rolesJson = QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact);
        factsChanged = true;
    } else if (type == kPasswordReset) {
        const QStringList actions = stringList(data.value(QLatin1String("actions")));
        summary = QStringLiteral("Password reset e-mail requested");
        if (!actions.isEmpty())
            summary += QStringLiteral(" (") + joined(actions) + QLatin1Char(')');
    } else if (type == kUserLoggedIn) {
        const qint64 at = qint64(data.value(QLatin1String("at")).toDouble());
        summary = QStringLiteral("Login at ") + utcTime(at);
        if (at > facts.lastLoginAtMs) {
            diffs.append(Diff{QStringLiteral("lastLoginAt"),
                              facts.lastLoginAtMs == 0 ? QString() : utcTime(facts.lastLoginAtMs),
                              utcTime(at)});
            facts.lastLoginAtMs = at;
            factsChanged = true;
        }
    } else if (type == kSynced) {
        const QString keycloakId = data.value(QLatin1String("keycloakId")).toString();
        const QString operation = data.value(QLatin1String("operation")).toString();
        QStringList details;
        if (!operation.isEmpty())
            details.append(operation);
        if (!keycloakId.isEmpty())
            details.append(QStringLiteral("id ") + keycloakId);
        summary = QStringLiteral("Synced to Keycloak");
        if (!details.isEmpty())
            summary += QStringLiteral(" (") + joined(details) + QLatin1Char(')');
        if (!keycloakId.isEmpty() && keycloakId != facts.keycloakId) {
            diffs.append(Diff{QStringLiteral("keycloakId"), facts.keycloakId, keycloakId});
            facts.keycloakId = keycloakId;
            factsChanged = true;
        }
    } else if (type == kSyncFailed) {
        const QString operation = data.value(QLatin1String("operation")).toString();
        const int status = data.value(QLatin1String("httpStatus")).toInt();
        const QString message = oneLine(data.value(QLatin1String("message")).toString());
        summary = QStringLiteral("Keycloak refused");
        if (!operation.isEmpty())
            summary += QLatin1Char(' ') + operation;
        QStringList details;
        if (status != 0)
            details.append(QStringLiteral("HTTP %1").arg(status));
        if (!message.isEmpty())
            details.append(message);
        if (!details.isEmpty())
            summary += QStringLiteral(": ") + details.join(QLatin1Char(' '));
    } else if (type == QLatin1String("UserPersonalDataErased")) {
        // The key is gone: from here on the user is known by the pseudonym. The rows before
        // are rewritten by the rebuild that `user forget` runs.
        summary = QStringLiteral("Personal data erased");
        facts.username = PersonalData::pseudonymFor(user);
        factsChanged = true;
    } else if (type == kSyncRetried) {
        summary = QStringLiteral("Delivery to Keycloak retried (change at position %1)")
                      .arg(qint64(data.value(QLatin1String("position")).toDouble()));
    } else if (type == kSyncDiscarded) {
        summary = QStringLiteral("Refused change discarded; Keycloak keeps its version (position %1)")
                      .arg(qint64(data.value(QLatin1String("position")).toDouble()));
    } else {
        summary = type;
    }

    if (factsChanged)
        users.insert(user, facts);

    const QByteArray streamUtf8 = event.streamId.toUtf8();
    const QByteArray usernameUtf8 = facts.username.toUtf8();
    const QByteArray organizationUtf8 = facts.organizationId.toUtf8();
    const QByteArray typeUtf8 = type.toUtf8();
    const QByteArray actorUtf8 = event.metadata.actor.toUtf8();
    const QByteArray sourceUtf8 = event.metadata.source.toUtf8();
    const QByteArray summaryUtf8 = summary.toUtf8();
    const QByteArray diff = diffJson(diffs);
    SqliteStatement& insert = state.insertEntry();
    insert.reset();
    insert.bind(1, event.position);
    insert.bind(2, event.recordedAtMs);
    insert.bind(3, streamUtf8);
    insert.bind(4, userId);
    insert.bind(5, usernameUtf8);
    insert.bind(6, organizationUtf8);
    insert.bind(7, typeUtf8);
    insert.bind(8, actorUtf8);
    insert.bind(9, sourceUtf8);
    insert.bind(10, summaryUtf8);
    insert.bind(11, diff);
    insert.bind(12, state.advanceClock(event.recordedAtMs));
    insert.step();
    insert.reset();

    if (!user.isNull())
        context.touchUser(user);
    context.touchOrganization(facts.organizationId);
}

} // namespace keyledger
