#pragma once

#include "queries/UserDetail.h"
#include "queries/UserListPage.h"
#include "queries/UserListQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;

// Answers the user detail and list queries from the "detail" and "list" read models, on a
// read-only connection of its own to the views database. Belongs to the thread that created it.
//
// Lists use keyset pagination: each page starts after the (sort value, id) of the previous
// page's last row, carried by an opaque cursor, so a deep page costs what the first one does.
// Errors: KeyledgerError with a plain message for a bad query (unknown sort column, malformed
// cursor, bad limit or status); StorageError when the views database cannot be read.
class UserQueries
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::UserQueries)

public:
    explicit UserQueries(const QString& viewsDatabasePath);
    ~UserQueries();
    UserQueries(const UserQueries&) = delete;
    UserQueries& operator=(const UserQueries&) = delete;

    // The user, deleted ones included (deleted = true); std::nullopt for an unknown id.
    std::optional<UserDetail> detail(const QUuid& userId);
    // One page and the total for the filters, read in one snapshot.
    UserListPage list(const UserListQuery& query);
    // How many live users match the query's filters (sort, limit and cursor are ignored).
    qint64 count(const UserListQuery& query);

private:
    // Above this many search matches, a page walks the sort index and tests each row rather
    // than fetch every match by the search indexes and sort them.
    static constexpr qint64 ScanThreshold = 2000;
    enum class Purpose
    {
        Count,
        Page,       // no search, or few matches: fetched by the search indexes
        PageByScan, // many matches: found along the sort index
    };
    struct Plan;
    Plan plan(const UserListQuery& query, Purpose purpose) const;
    SqliteStatement& statement(const QString& sql);
    qint64 countWith(const Plan& plan);

    std::unique_ptr<SqliteConnection> m_connection;
    // Declared after the connection: finalised before it closes.
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
};

} // namespace keyledger
