#pragma once

#include "queries/AuditEntry.h"
#include "queries/AuditFilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;

// Reads the "audit" read model (AuditProjection) on a connection of its own to the views
// database. Use one instance per thread.
class AuditQueries
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AuditQueries)

public:
    explicit AuditQueries(const QString& viewsDatabasePath);
    ~AuditQueries();
    AuditQueries(const AuditQueries&) = delete;
    AuditQueries& operator=(const AuditQueries&) = delete;

    // Matching entries in ascending position order, after filter.afterPosition, at most
    // filter.limit of them. The next page starts after the last entry's position.
    QList<AuditEntry> entries(const AuditFilter& filter);
    // How many entries match the filter, ignoring afterPosition and limit.
    qint64 count(const AuditFilter& filter);

private:
    struct Plan;
    // The filters every part of a query shares: user, actor, type, source, the exact time range.
    static Plan basePlan(const AuditFilter& filter);
    SqliteStatement& prepared(const QString& sql);
    // Turns the time range into position bounds (see AuditProjection's clock_at); false when no
    // entry can match.
    bool positionBounds(const AuditFilter& filter, qint64& first, qint64& last);
    QList<AuditEntry> read(const Plan& plan, qint64 limit);
    qint64 countOf(const Plan& plan);

    std::unique_ptr<SqliteConnection> m_connection;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
};

} // namespace keyledger
