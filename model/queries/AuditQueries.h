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
    SqliteStatement& prepared(const QString& sql);
    static QString where(const AuditFilter& filter, bool paging);
    static QList<QByteArray> textArguments(const AuditFilter& filter);
    static void bind(SqliteStatement& statement, const AuditFilter& filter, const QList<QByteArray>& texts,
                     bool paging);

    std::unique_ptr<SqliteConnection> m_connection;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
};

} // namespace keyledger
