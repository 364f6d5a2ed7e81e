#pragma once

#include "queries/UserStatus.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyledger {

// What the user list asks for: filters, sort order, page size and where the page starts.
struct UserListQuery
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::UserListQuery)

public:
    enum class Direction
    {
        Ascending,
        Descending,
    };

    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 10000;

    std::optional<QString> organizationId;   // std::nullopt: every organisation; "": users without one
    std::optional<UserStatus::Value> status; // Active, Unverified or Disabled
    QString search;                          // prefix of username, e-mail, first, last or full name; any case
    std::optional<bool> hasLoggedIn;         // true: logged in at least once; false: never
    QString sortBy = QStringLiteral("createdAt"); // one of sortColumns()
    Direction direction = Direction::Descending;  // newest first by default
    int limit = DefaultLimit;
    QString after; // UserListPage::nextCursor of the previous page; empty: the first page

    // createdAt, username, email, firstName, lastName, fullName, status, organizationId,
    // lastLoginAt.
    static QStringList sortColumns();
    // "FIELD", "FIELD:asc" or "FIELD:desc" (the CLI's --sort). Throws KeyledgerError for an
    // unknown field or direction.
    void setSort(const QString& spec);
    // Every field in one string: equal queries, equal keys (for QueryCache).
    QString cacheKey() const;
};

} // namespace keyledger
