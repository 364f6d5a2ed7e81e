#pragma once

#include "queries/UserListItem.h"

#include <QList>
#include <QString>

namespace keyledger {

// One page of the user list: its rows, how many users match the filters in all, and the cursor
// of the next page (empty on the last page): pass it as UserListQuery::after.
struct UserListPage
{
    QList<UserListItem> items;
    qint64 totalCount = 0;
    QString nextCursor;
};

} // namespace keyledger
