#pragma once

#include "queries/UserDetail.h"
#include "queries/UserListPage.h"
#include "queries/UserListQuery.h"
#include "timetravel/AsOfViews.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace keyledger {

class EventStore;

// One-shot time-travel queries: the user detail and list as they were at a past moment, answered
// by UserQueries over an AsOfViews built for the occasion. To page through a past list, keep an
// AsOfViews and a UserQueries on it instead of calling listAt once per page.
// Errors are those of the store (StorageError) and of UserQueries (KeyledgerError).
class AsOfQueries
{
public:
    // The user as it stood at `at` (deleted = true if it had been deleted by then);
    // std::nullopt if it did not exist yet (or never did). Replays that user's stream only.
    static std::optional<UserDetail> userAt(const QString& ledgerPath, const QUuid& userId,
                                            const QDateTime& at);
    static std::optional<UserDetail> userAt(EventStore& ledger, const QUuid& userId, const QDateTime& at);

    // One page of the user list as it stood at `at`. Replays the ledger up to `at`.
    static UserListPage listAt(const QString& ledgerPath, const UserListQuery& query, const QDateTime& at);
    // The same with progress and cancel: std::nullopt when progress returned false.
    static std::optional<UserListPage> listAt(EventStore& ledger, const UserListQuery& query,
                                              const QDateTime& at, const AsOfViews::Progress& progress = {});
};

} // namespace keyledger
