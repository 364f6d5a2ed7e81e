#include "queries/AuditQueries.h"

#include "projections/AuditProjection.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <variant>

namespace keyledger {

// One SELECT's WHERE clause and its arguments, in order.
struct AuditQueries::Plan
{
    QString where;
    QList<std::variant<qint64, QByteArray>> arguments;

    void add(const QString& condition, std::variant<qint64, QByteArray> argument)
    {
        where += QStringLiteral(" AND ") + condition;
        arguments.append(std::move(argument));
    }
    void bind(SqliteStatement& statement) const
    {
        int index = 1;
        for (const auto& argument : arguments) {
            if (const auto* number = std::get_if<qint64>(&argument))
                statement.bind(index++, *number);
            else
                statement.bind(index++, std::get<QByteArray>(argument));
        }
    }
};

namespace {

constexpr qint64 noPosition = std::numeric_limits<qint64>::max();

const QString columns =
    QStringLiteral("position, recorded_at, stream_id, user_id, username, organization_id, type, "
                   "actor, source, summary, diff");

} // namespace

// Each of user, actor, type and source has an index ending with the position, so each reads its
// rows in position order; organisation has none and filters the rows the others select.
AuditQueries::Plan AuditQueries::basePlan(const AuditFilter& filter)
{
    AuditQueries::Plan plan;
    if (!filter.userId.isNull())
        plan.add(QStringLiteral("user_id = ?"), filter.userId.toByteArray(QUuid::WithoutBraces));
    if (!filter.organizationId.isEmpty()) // no index of its own: the position order is kept
        plan.add(QStringLiteral("organization_id = ?"), filter.organizationId.toUtf8());
    if (!filter.actor.isEmpty())
        plan.add(QStringLiteral("actor = ?"), filter.actor.toUtf8());
    if (!filter.type.isEmpty())
        plan.add(QStringLiteral("type = ?"), filter.type.toUtf8());
    if (!filter.source.isEmpty())
        plan.add(QStringLiteral("source = ?"), filter.source.toUtf8());
    if (filter.from.isValid())
        plan.add(QStringLiteral("recorded_at >= ?"), filter.from.toMSecsSinceEpoch());
    if (filter.to.isValid())
        plan.add(QStringLiteral("recorded_at <= ?"), filter.to.toMSecsSinceEpoch());
    return plan;
}

AuditQueries::AuditQueries(const QString& viewsDatabasePath)
    : m_connection(std::make_unique<SqliteConnection>(
          viewsDatabasePath, SqliteConnection::OpenMode::MustExist, SqliteConnection::ViewsApplicationId))
{}

AuditQueries::~AuditQueries()
{
    m_statements.clear(); // before the connection closes
}

SqliteStatement& AuditQueries::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql,
                                 std::make_shared<SqliteStatement>(*m_connection, sql.toUtf8().constData()));
    SqliteStatement& statement = **it;
    statement.reset();
    return statement;
}

bool AuditQueries::positionBounds(const AuditFilter& filter, qint64& first, qint64& last)
{
    // clock_at never decreases along the positions. recorded_at >= from implies clock_at >= from,
    // so nothing before the first position whose clock reached `from` can match. Past the last
    // position whose clock is still <= to, only skewed rows (recorded_at < clock_at) can match.
    first = 0;
    last = noPosition;
    const QString table = AuditProjection::entriesTable();
    if (filter.from.isValid()) {
        SqliteStatement& statement = prepared(
            QStringLiteral("SELECT position FROM %1 WHERE clock_at >= ? ORDER BY clock_at, position LIMIT 1")
                .arg(table));
        statement.bind(1, filter.from.toMSecsSinceEpoch());
        const bool found = statement.step();
        first = found ? statement.int64(0) : 0;
        statement.reset();
        if (!found)
            return false;
    }
    if (filter.to.isValid()) {
        SqliteStatement& statement = prepared(
            QStringLiteral("SELECT position FROM %1 WHERE clock_at <= ? ORDER BY clock_at DESC, position "
                           "DESC LIMIT 1")
                .arg(table));
        statement.bind(1, filter.to.toMSecsSinceEpoch());
        last = statement.step() ? statement.int64(0) : 0;
        statement.reset();
    }
    return true;
}

QList<AuditEntry> AuditQueries::read(const Plan& plan, qint64 limit)
{
    SqliteStatement& statement =
        prepared(QStringLiteral("SELECT %1 FROM %2 WHERE 1 = 1%3 ORDER BY position LIMIT ?")
                     .arg(columns, AuditProjection::entriesTable(), plan.where));
    plan.bind(statement);
    statement.bind(int(plan.arguments.size()) + 1, limit);
    QList<AuditEntry> list;
    while (statement.step()) {
        AuditEntry entry;
        entry.position = statement.int64(0);
        entry.timeMs = statement.int64(1);
        entry.streamId = statement.string(2);
        const QByteArrayView userId = statement.textView(3);
        if (!userId.isEmpty())
            entry.userId = QUuid::fromString(QLatin1StringView(userId));
        entry.username = statement.string(4);
        entry.organizationId = statement.string(5);
        entry.type = statement.string(6);
        entry.actor = statement.string(7);
        entry.source = statement.string(8);
        entry.summary = statement.string(9);
        const QJsonArray diff = QJsonDocument::fromJson(statement.text(10)).array();
        entry.diff.reserve(diff.size());
        for (const QJsonValue& value : diff) {
            const QJsonObject object = value.toObject();
            entry.diff.append(FieldDiff{object.value(QLatin1String("field")).toString(),
                                        object.value(QLatin1String("before")).toString(),
                                        object.value(QLatin1String("after")).toString()});
        }
        list.append(std::move(entry));
    }
    statement.reset();
    return list;
}

qint64 AuditQueries::countOf(const Plan& plan)
{
    SqliteStatement& statement = prepared(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE 1 = 1%2")
                                              .arg(AuditProjection::entriesTable(), plan.where));
    plan.bind(statement);
    const qint64 n = statement.step() ? statement.int64(0) : 0;
    statement.reset();
    return n;
}

QList<AuditEntry> AuditQueries::entries(const AuditFilter& filter)
{
    const qint64 limit = filter.limit > 0 ? filter.limit : -1; // -1: no limit
    const bool timed = filter.from.isValid() || filter.to.isValid();
    qint64 first = 0;
    qint64 last = noPosition;
    if (timed && !positionBounds(filter, first, last))
        return {};

    // Part 1: the positions the time range maps to, read in position order.
    Plan inRange = basePlan(filter);
    inRange.add(QStringLiteral("position > ?"), std::max(filter.afterPosition, first - 1));
    if (last != noPosition)
        inRange.add(QStringLiteral("position <= ?"), last);
    QList<AuditEntry> list = read(inRange, limit);
    if (last == noPosition || (limit > 0 && list.size() >= limit))
        return list;

    // Part 2: skewed rows after that range whose own time is inside it; all come after part 1.
    Plan skewed = basePlan(filter);
    skewed.add(QStringLiteral("position > ?"), std::max(filter.afterPosition, last));
    skewed.where += QStringLiteral(" AND recorded_at < clock_at");
    list += read(skewed, limit > 0 ? limit - list.size() : -1);
    return list;
}

qint64 AuditQueries::count(const AuditFilter& filter)
{
    qint64 first = 0;
    qint64 last = noPosition;
    if ((filter.from.isValid() || filter.to.isValid()) && !positionBounds(filter, first, last))
        return 0;
    Plan inRange = basePlan(filter);
    if (first > 0)
        inRange.add(QStringLiteral("position >= ?"), first);
    if (last == noPosition)
        return countOf(inRange);
    inRange.add(QStringLiteral("position <= ?"), last);
    Plan skewed = basePlan(filter);
    skewed.add(QStringLiteral("position > ?"), last);
    skewed.where += QStringLiteral(" AND recorded_at < clock_at");
    return countOf(inRange) + countOf(skewed);
}

} // namespace keyledger
