#include "queries/UserQueries.h"

#include "domain/UserRoles.h"

#include "common/KeyledgerError.h"
#include "projections/UserDetailProjection.h"
#include "projections/UserListProjection.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <variant>
#include <vector>

namespace keyledger {

namespace {

struct SortColumn
{
    const char* key;
    const char* column;
    bool integer;
};

// Each has a (column, id) index in the list read model; text columns sort by their lower-cased
// copy, so the order ignores case as the search does.
constexpr SortColumn kSortColumns[] = {
    {"createdAt", "created_at", true},
    {"username", "username_lc", false},
    {"email", "email_lc", false},
    {"firstName", "first_name_lc", false},
    {"lastName", "last_name_lc", false},
    {"fullName", "full_name_lc", false},
    {"status", "status", false},
    {"organizationId", "organization_id", false},
    {"lastLoginAt", "last_login_at", true},
};

const char* const kListColumns =
    "id, username, email, first_name, last_name, full_name, organization_id, "
    "enabled, email_verified, status, roles, created_at, last_login_at, sync_state";
constexpr int kSortValueColumn = 14; // the sort column, selected after kListColumns

QDateTime utc(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The smallest UTF-8 string greater than every string that starts with prefix: the prefix with
// its last byte incremented (a UTF-8 string never holds 0xFF, so this never overflows). SQLite
// compares TEXT bytewise (BINARY), so [prefix, upper) is exactly "starts with prefix".
QByteArray prefixUpperBound(QByteArray prefix)
{
    prefix[prefix.size() - 1] = char(quint8(prefix.back()) + 1);
    return prefix;
}

const QString kCursorSort = QStringLiteral("sort");
const QString kCursorDirection = QStringLiteral("dir");
const QString kCursorValue = QStringLiteral("value");
const QString kCursorId = QStringLiteral("id");

QString directionKey(UserListQuery::Direction direction)
{
    return direction == UserListQuery::Direction::Descending ? QStringLiteral("desc") : QStringLiteral("asc");
}

} // namespace

struct UserQueries::Plan
{
    QString sql;
    const SortColumn* sort = nullptr;
    std::vector<std::variant<qint64, QByteArray>> values;

    int add(qint64 value)
    {
        values.emplace_back(value);
        return int(values.size());
    }
    int add(QByteArray value)
    {
        values.emplace_back(std::move(value));
        return int(values.size());
    }
    void bind(SqliteStatement& statement) const
    {
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (const auto* number = std::get_if<qint64>(&values[i]))
                statement.bind(int(i) + 1, *number);
            else
                statement.bind(int(i) + 1, std::get<QByteArray>(values[i]));
        }
    }
};

UserQueries::UserQueries(const QString& viewsDatabasePath)
    : m_connection(std::make_unique<SqliteConnection>(viewsDatabasePath, SqliteConnection::OpenMode::ReadOnly,
                                                      SqliteConnection::ViewsApplicationId))
{}

UserQueries::~UserQueries()
{
    m_statements.clear(); // before the connection closes
}

SqliteStatement& UserQueries::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql,
                                 std::make_shared<SqliteStatement>(*m_connection, sql.toUtf8().constData()));
    return **it;
}

std::optional<UserDetail> UserQueries::detail(const QUuid& userId)
{
    SqliteStatement& select = statement(
        QStringLiteral(
            "SELECT username, email, first_name, last_name, enabled, email_verified, organization_id, "
            "roles, created_at, created_by, updated_at, updated_by, first_login_at, last_login_at, "
            "metadata, version, deleted, keycloak_id, sync_state, sync_error FROM %1 WHERE id = ?")
            .arg(UserDetailProjection::tableName()));
    SqliteStatement::ResetOnExit reset(select);
    const QByteArray id = userId.toString(QUuid::WithoutBraces).toUtf8();
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    UserDetail d;
    d.id = userId;
    d.username = select.string(0);
    d.email = select.string(1);
    d.firstName = select.string(2);
    d.lastName = select.string(3);
    d.enabled = select.int64(4) != 0;
    d.emailVerified = select.int64(5) != 0;
    d.organizationId = select.string(6);
    d.roles = UserRoles::fromJson(select.textView(7));
    d.createdAt = utc(select.int64(8));
    d.createdBy = select.string(9);
    d.updatedAt = utc(select.int64(10));
    d.updatedBy = select.string(11);
    d.firstLoginAt = utc(select.int64(12));
    d.lastLoginAt = utc(select.int64(13));
    d.metadata = QJsonDocument::fromJson(select.text(14)).object();
    d.version = select.int64(15);
    d.deleted = select.int64(16) != 0;
    d.keycloakId = select.string(17);
    d.syncState = select.string(18);
    d.syncError = select.string(19);
    d.status = d.deleted ? UserStatus::Unknown : UserStatus::fromFlags(d.enabled, d.emailVerified);
    return d;
}

UserQueries::Plan UserQueries::plan(const UserListQuery& query, Purpose purpose) const
{
    Plan p;
    for (const SortColumn& column : kSortColumns) {
        if (query.sortBy == QLatin1String(column.key))
            p.sort = &column;
    }
    if (!p.sort)
        throw KeyledgerError(tr("Cannot sort by \"%1\"; use one of: %2.")
                                 .arg(query.sortBy, UserListQuery::sortColumns().join(QStringLiteral(", "))));
    if (query.limit < 1 || query.limit > UserListQuery::MaxLimit)
        throw KeyledgerError(tr("The limit must be between 1 and %1.").arg(UserListQuery::MaxLimit));

    const QString table = UserListProjection::tableName();
    QStringList filters;
    if (query.organizationId)
        filters.append(QStringLiteral("organization_id = ?%1").arg(p.add(query.organizationId->toUtf8())));
    if (query.status) {
        if (*query.status == UserStatus::Unknown)
            throw KeyledgerError(tr("Filter by status active, unverified or disabled."));
        filters.append(QStringLiteral("status = ?%1").arg(p.add(UserStatus::key(*query.status).toUtf8())));
    }
    if (query.hasLoggedIn)
        filters.append(*query.hasLoggedIn ? QStringLiteral("last_login_at > 0")
                                          : QStringLiteral("last_login_at = 0"));

    // Search: a prefix of the lower-cased username, e-mail, first, last or full name, each a
    // range [prefix, upper) on its own index. The full name only adds matches across the space
    // (without one, a full-name prefix is a first-name prefix, or the username's).
    const QString search = UserListProjection::searchKey(query.search.trimmed());
    QStringList ranges;
    if (!search.isEmpty()) {
        const QByteArray prefix = search.toUtf8();
        const int low = p.add(prefix);
        const int high = p.add(prefixUpperBound(prefix));
        QList<const char*> columns = {"username_lc", "email_lc", "first_name_lc", "last_name_lc"};
        if (search.contains(QLatin1Char(' ')))
            columns.append("full_name_lc");
        // Scanning the sort index, the ranges are tested row by row: the unary + keeps the
        // planner from using their indexes instead.
        const QString plus = purpose == Purpose::PageByScan ? QStringLiteral("+") : QString();
        for (const char* column : columns) {
            ranges.append(QStringLiteral("%1%2 >= ?%3 AND %1%2 < ?%4")
                              .arg(plus, QLatin1String(column))
                              .arg(low)
                              .arg(high));
        }
    }
    // The same ranges, each with the filters, united: one index range scan per column. The
    // unary + keeps the planner on the prefix range: without statistics it prefers an equality
    // on the organisation, and scanned a whole organisation once per branch.
    QStringList branchFilters;
    for (const QString& filter : filters)
        branchFilters.append(QLatin1Char('+') + filter);
    QStringList branches;
    for (const QString& range : ranges)
        branches.append(QStringLiteral("SELECT id FROM %1 WHERE %2")
                            .arg(table, (QStringList{range} + branchFilters).join(QStringLiteral(" AND "))));
    const QString united = branches.join(QStringLiteral(" UNION "));

    if (purpose == Purpose::Count) {
        p.sql = ranges.isEmpty()
                    ? QStringLiteral("SELECT count(*) FROM %1%2")
                          .arg(table, filters.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" WHERE ") + filters.join(QStringLiteral(" AND ")))
                    : QStringLiteral("SELECT count(*) FROM (%1)").arg(united);
        return p;
    }

    QStringList conditions;
    const QString column = QLatin1String(p.sort->column);
    QString sortTerm = column;
    if (ranges.isEmpty()) {
        conditions = filters;
    } else if (purpose == Purpose::PageByScan) {
        // Many matches: walk the sort index and keep the matching rows; a page is found after
        // about limit * rows / matches rows.
        conditions = filters;
        conditions.append(QStringLiteral("(") + ranges.join(QStringLiteral(" OR ")) + QStringLiteral(")"));
    } else {
        // Few matches: fetch them by the search indexes and sort them, rather than walk the
        // sort index; the unary + keeps the planner off the sort column's index.
        conditions.append(QStringLiteral("id IN (%1)").arg(united));
        sortTerm = QStringLiteral("+") + column;
    }

    const bool descending = query.direction == UserListQuery::Direction::Descending;
    if (!query.after.isEmpty()) {
        const QByteArray raw =
            QByteArray::fromBase64Encoding(query.after.toLatin1(),
                                           QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                               QByteArray::AbortOnBase64DecodingErrors)
                .decoded;
        QJsonParseError error{};
        const QJsonObject cursor = QJsonDocument::fromJson(raw, &error).object();
        const QJsonValue value = cursor.value(kCursorValue);
        const QUuid lastId = QUuid::fromString(cursor.value(kCursorId).toString());
        const bool valueOk = p.sort->integer ? value.isDouble() : value.isString();
        if (error.error != QJsonParseError::NoError || !valueOk || lastId.isNull())
            throw KeyledgerError(tr("The cursor \"%1\" is not valid.").arg(query.after));
        if (cursor.value(kCursorSort).toString() != query.sortBy ||
            cursor.value(kCursorDirection).toString() != directionKey(query.direction))
            throw KeyledgerError(
                tr("The cursor belongs to another sort order; start again from the first page."));
        const int v = p.sort->integer ? p.add(qint64(value.toDouble())) : p.add(value.toString().toUtf8());
        const int i = p.add(lastId.toString(QUuid::WithoutBraces).toUtf8());
        conditions.append(QStringLiteral("(%1, id) %2 (?%3, ?%4)")
                              .arg(sortTerm, descending ? QStringLiteral("<") : QStringLiteral(">"))
                              .arg(v)
                              .arg(i));
    }
    const QString order = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // One row more than the limit tells whether a next page exists.
    const int limit = p.add(qint64(query.limit) + 1);
    p.sql =
        QStringLiteral("SELECT %1, %2 FROM %3%4 ORDER BY %5%6, id%6 LIMIT ?%7")
            .arg(QLatin1String(kListColumns), column, table,
                 conditions.isEmpty() ? QString()
                                      : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
                 sortTerm, order)
            .arg(limit);
    return p;
}

qint64 UserQueries::countWith(const Plan& plan)
{
    SqliteStatement& select = statement(plan.sql);
    SqliteStatement::ResetOnExit reset(select);
    plan.bind(select);
    return select.step() ? select.int64(0) : 0;
}

qint64 UserQueries::count(const UserListQuery& query)
{
    return countWith(plan(query, Purpose::Count));
}

UserListPage UserQueries::list(const UserListQuery& query)
{
    const Plan total = plan(query, Purpose::Count);
    UserListPage result;
    // The page and its total come from one snapshot, even while the projector commits.
    m_connection->exec(QStringLiteral("BEGIN"));
    try {
        result.totalCount = countWith(total);
        const bool manyMatches = !query.search.trimmed().isEmpty() && result.totalCount > ScanThreshold;
        const Plan page = plan(query, manyMatches ? Purpose::PageByScan : Purpose::Page);
        SqliteStatement& select = statement(page.sql);
        SqliteStatement::ResetOnExit reset(select);
        page.bind(select);
        QJsonValue lastValue;
        while (select.step()) {
            if (result.items.size() == query.limit) {
                QJsonObject cursor{{kCursorSort, query.sortBy},
                                   {kCursorDirection, directionKey(query.direction)},
                                   {kCursorValue, lastValue},
                                   {kCursorId, result.items.constLast().id.toString(QUuid::WithoutBraces)}};
                result.nextCursor = QString::fromLatin1(
                    QJsonDocument(cursor)
                        .toJson(QJsonDocument::Compact)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
                break;
            }
            UserListItem item;
            item.id = QUuid::fromString(select.textView(0).toByteArray());
            item.username = select.string(1);
            item.email = select.string(2);
            item.firstName = select.string(3);
            item.lastName = select.string(4);
            item.fullName = select.string(5);
            item.organizationId = select.string(6);
            item.enabled = select.int64(7) != 0;
            item.emailVerified = select.int64(8) != 0;
            item.status = UserStatus::fromKey(QString::fromUtf8(select.textView(9)));
            item.statusKey = UserStatus::key(item.status);
            item.statusLabel = UserStatus::label(item.status);
            item.statusColour = UserStatus::colour(item.status);
            item.roles = UserRoles::fromJson(select.textView(10));
            item.createdAt = utc(select.int64(11));
            const qint64 lastLogin = select.int64(12);
            item.lastLoginAt = utc(lastLogin);
            item.syncState = select.string(13);
            item.canEdit = UserStatus::canEdit(item.enabled, item.emailVerified, lastLogin != 0);
            item.canDelete = UserStatus::canDelete(item.enabled, item.emailVerified, lastLogin != 0);
            item.canEnable = UserStatus::canEnable(item.enabled, item.emailVerified, lastLogin != 0);
            item.canDisable = UserStatus::canDisable(item.enabled, item.emailVerified, lastLogin != 0);
            lastValue = page.sort->integer ? QJsonValue(select.int64(kSortValueColumn))
                                           : QJsonValue(select.string(kSortValueColumn));
            result.items.append(std::move(item));
        }
        select.reset();
        m_connection->exec(QStringLiteral("COMMIT"));
    } catch (...) {
        m_connection->rollback();
        throw;
    }
    return result;
}

} // namespace keyledger
