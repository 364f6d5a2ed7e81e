#pragma once

#include "queries/UserStatus.h"

#include <QString>

#include <optional>

namespace keyledger {

// A named set of the user list's filters and sort order, kept in QSettings by SavedSearchStore.
struct SavedSearch
{
    QString name;
    QString search;
    std::optional<UserStatus::Value> status;
    std::optional<bool> hasLoggedIn;              // true: logged in at least once; false: never
    std::optional<QString> organizationId;        // std::nullopt: every organisation; "": users without one
    QString sortBy = QStringLiteral("createdAt"); // one of UserListQuery::sortColumns()
    bool ascending = false;
    bool builtIn = false; // offered from the start; cannot be replaced or deleted

    bool operator==(const SavedSearch&) const = default;
};

} // namespace keyledger
