#pragma once

#include "queries/AnalyticsQuery.h"
#include "queries/UserAnalytics.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;

// Reads the "analytics" read model (AnalyticsProjection) on a connection of its own to the views
// database. Use one instance per thread. Throws StorageError when the database cannot be read
// (for example before the projector has created the tables).
class AnalyticsQueries
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AnalyticsQueries)

public:
    explicit AnalyticsQueries(const QString& viewsDatabasePath);
    ~AnalyticsQueries();
    AnalyticsQueries(const AnalyticsQueries&) = delete;
    AnalyticsQueries& operator=(const AnalyticsQueries&) = delete;

    // Total, active, inactive, verified, with a login, average days to first login: one
    // aggregate over a covering index.
    UserAnalytics figures(const AnalyticsQuery& query);
    // Sign-ups per day, every day from the range's start (or the first sign-up) to its end (or
    // the last sign-up), days without sign-ups included with 0. Empty when the range is open
    // and nobody signed up.
    QList<QPair<QDate, int>> signUpsPerDay(const AnalyticsQuery& query);
    // The same per ISO week, keyed by the Monday that starts the week.
    QList<QPair<QDate, int>> signUpsPerWeek(const AnalyticsQuery& query);
    // Whole days elapsed between creation and first login (floor; a login recorded before the
    // creation counts as day 0) -> number of users, ascending, only days that have users.
    QList<QPair<int, int>> daysToFirstLoginDistribution(const AnalyticsQuery& query);

private:
    struct Range
    {
        qint64 fromMs;
        qint64 toMs; // exclusive
    };
    static Range rangeOf(const AnalyticsQuery& query);
    SqliteStatement& prepared(const QString& sql);
    // Binds the organisation (when there is one) and the range, in that order.
    void bindFilter(SqliteStatement& statement, const AnalyticsQuery& query,
                    const QByteArray& organizationUtf8);
    static QString where(const AnalyticsQuery& query);

    std::unique_ptr<SqliteConnection> m_connection;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
};

} // namespace keyledger
