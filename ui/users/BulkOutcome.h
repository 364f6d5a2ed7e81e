#pragma once

#include <QStringList>

namespace keyledger {

// What a bulk action did, user by user: the usernames it changed, the ones it left as they were
// (with why: "already disabled"), and the ones the ledger refused (with the reason).
struct BulkOutcome
{
    int requested = 0;
    QStringList changed;
    QStringList unchanged;   // "user05: User user05 is already disabled."
    QStringList refused;     // "user07: <reason>"
    qint64 lastPosition = 0; // of the last command that appended: wait for it before refreshing
    bool cancelled = false;
};

} // namespace keyledger
