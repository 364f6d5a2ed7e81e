#include "queries/AnalyticsQueries.h"

#include "projections/AnalyticsProjection.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QDateTime>

#include <limits>

namespace keyledger {

namespace {

constexpr qint64 msPerDay = 86400000;
// Sign-ups are grouped in SQL by quarter hour, then mapped to local days: every time zone's
// offset from UTC is a whole number of quarter hours.
constexpr qint64 msPerSlot = 900000;

} // namespace

AnalyticsQueries::AnalyticsQueries(const QString& viewsDatabasePath)
    : m_connection(std::make_unique<SqliteConnection>(
          viewsDatabasePath, SqliteConnection::OpenMode::MustExist, SqliteConnection::ViewsApplicationId))
{}

AnalyticsQueries::~AnalyticsQueries()
{
    m_statements.clear(); // before the connection closes
}

SqliteStatement& AnalyticsQueries::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql,
                                 std::make_shared<SqliteStatement>(*m_connection, sql.toUtf8().constData()));
    SqliteStatement& statement = **it;
    statement.reset();
    return statement;
}

AnalyticsQueries::Range AnalyticsQueries::rangeOf(const AnalyticsQuery& query)
{
    Range range{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    if (query.from && query.from->isValid())
        range.fromMs = query.from->startOfDay(query.timeZone).toMSecsSinceEpoch();
    if (query.to && query.to->isValid())
        range.toMs = query.to->addDays(1).startOfDay(query.timeZone).toMSecsSinceEpoch();
    return range;
}

QString AnalyticsQueries::where(const AnalyticsQuery& query)
{
    // "deleted = 0" lets SQLite use the partial covering indexes.
    return QStringLiteral(" FROM %1 WHERE deleted = 0%2 AND created_at >= ? AND created_at < ?")
        .arg(AnalyticsProjection::usersTable(),
             query.organizationId ? QStringLiteral(" AND organization_id = ?") : QString());
}

void AnalyticsQueries::bindFilter(SqliteStatement& statement, const AnalyticsQuery& query,
                                  const QByteArray& organizationUtf8)
{
    const Range range = rangeOf(query);
    int index = 1;
    if (query.organizationId)
        statement.bind(index++, organizationUtf8);
    statement.bind(index++, range.fromMs);
    statement.bind(index, range.toMs);
}

UserAnalytics AnalyticsQueries::figures(const AnalyticsQuery& query)
{
    // The sum of the delays is exact in ms; the mean is taken here, so an empty set is visible
    // as withLogin == 0 rather than as an SQL NULL.
    SqliteStatement& statement = prepared(
        QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(enabled AND email_verified), 0), COALESCE(SUM(NOT enabled), 0), "
            "COALESCE(SUM(email_verified), 0), COUNT(first_login_at), "
            "COALESCE(SUM(MAX(0, first_login_at - created_at)), 0)") +
        where(query));
    const QByteArray organizationUtf8 = query.organizationId.value_or(QString()).toUtf8();
    bindFilter(statement, query, organizationUtf8);
    UserAnalytics result;
    result.organizationId = query.organizationId;
    result.from = query.from;
    result.to = query.to;
    if (statement.step()) {
        result.total = statement.int64(0);
        result.active = statement.int64(1);
        result.inactive = statement.int64(2);
        result.verified = statement.int64(3);
        result.withLogin = statement.int64(4);
        if (result.withLogin > 0)
            result.averageDaysToFirstLogin =
                double(statement.int64(5)) / double(result.withLogin) / double(msPerDay);
    }
    statement.reset();
    return result;
}

QList<QPair<QDate, int>> AnalyticsQueries::signUpsPerDay(const AnalyticsQuery& query)
{
    SqliteStatement& statement = prepared(QStringLiteral("SELECT created_at / %1, COUNT(*)").arg(msPerSlot) +
                                          where(query) + QStringLiteral(" GROUP BY 1 ORDER BY 1"));
    const QByteArray organizationUtf8 = query.organizationId.value_or(QString()).toUtf8();
    bindFilter(statement, query, organizationUtf8);

    QList<QPair<QDate, int>> perDay;
    QDate day;
    qint64 nextDayMs = std::numeric_limits<qint64>::min(); // start of the day after `day`
    while (statement.step()) {
        const qint64 slotMs = statement.int64(0) * msPerSlot;
        const int count = int(statement.int64(1));
        if (!day.isValid() || slotMs >= nextDayMs) {
            // One time zone conversion per day, not per sign-up.
            day = QDateTime::fromMSecsSinceEpoch(slotMs, query.timeZone).date();
            nextDayMs = day.addDays(1).startOfDay(query.timeZone).toMSecsSinceEpoch();
            perDay.append({day, 0});
        }
        perDay.last().second += count;
    }
    statement.reset();

    // Fill the days without sign-ups, so that a chart's axis is continuous.
    QDate first = query.from && query.from->isValid() ? *query.from
                                                      : (perDay.isEmpty() ? QDate() : perDay.first().first);
    QDate last =
        query.to && query.to->isValid() ? *query.to : (perDay.isEmpty() ? QDate() : perDay.last().first);
    if (!first.isValid() || !last.isValid() || first > last)
        return perDay;
    QList<QPair<QDate, int>> filled;
    filled.reserve(first.daysTo(last) + 1);
    qsizetype next = 0;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        int count = 0;
        while (next < perDay.size() && perDay.at(next).first <= d) {
            if (perDay.at(next).first == d)
                count += perDay.at(next).second;
            ++next;
        }
        filled.append({d, count});
    }
    return filled;
}

QList<QPair<QDate, int>> AnalyticsQueries::signUpsPerWeek(const AnalyticsQuery& query)
{
    QList<QPair<QDate, int>> perWeek;
    const QList<QPair<QDate, int>> perDay = signUpsPerDay(query);
    for (const auto& [day, count] : perDay) {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        if (perWeek.isEmpty() || perWeek.last().first != monday)
            perWeek.append({monday, 0});
        perWeek.last().second += count;
    }
    return perWeek;
}

QList<QPair<int, int>> AnalyticsQueries::daysToFirstLoginDistribution(const AnalyticsQuery& query)
{
    SqliteStatement& statement =
        prepared(QStringLiteral("SELECT MAX(0, first_login_at - created_at) / %1, COUNT(*)").arg(msPerDay) +
                 where(query) + QStringLiteral(" AND first_login_at IS NOT NULL GROUP BY 1 ORDER BY 1"));
    const QByteArray organizationUtf8 = query.organizationId.value_or(QString()).toUtf8();
    bindFilter(statement, query, organizationUtf8);
    QList<QPair<int, int>> distribution;
    while (statement.step())
        distribution.append({int(statement.int64(0)), int(statement.int64(1))});
    statement.reset();
    return distribution;
}

} // namespace keyledger
