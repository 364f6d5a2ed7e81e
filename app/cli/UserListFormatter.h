#pragma once

#include "queries/UserListItem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace keyledger::cli {

// How `users list` shows one row of the user list: table cells (for people, translated), one
// JSON object with every field (for scripts), or CSV fields (for spreadsheets).
class UserListFormatter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UserListFormatter)

public:
    static QStringList tableHeaders();
    static QStringList tableCells(const UserListItem& item);

    static QJsonObject toJson(const UserListItem& item);

    // Stable column names, as the JSON keys.
    static QStringList csvHeaders();
    static QStringList csvFields(const UserListItem& item);
};

} // namespace keyledger::cli
