#include "timetravel/AsOfQueries.h"

#include "domain/UserEventCodec.h"
#include "queries/UserQueries.h"
#include "store/SqliteEventStore.h"
#include "store/StoreErrors.h"
#include "store/UpcasterRegistry.h"

#include <memory>

namespace keyledger {

namespace {

// The ledger opened for reading only, with the upcasters every reader of events needs.
struct LedgerReader
{
    UpcasterRegistry upcasters;
    std::unique_ptr<SqliteEventStore> store;

    explicit LedgerReader(const QString& path)
    {
        UserEventCodec::registerUpcasters(upcasters);
        try {
            store =
                std::make_unique<SqliteEventStore>(path, SqliteConnection::OpenMode::MustExist, &upcasters);
        } catch (const StorageError& error) {
            // A write-protected copy (an auditor's) can still be read.
            if (error.kind() != StorageError::Kind::ReadOnly)
                throw;
            store =
                std::make_unique<SqliteEventStore>(path, SqliteConnection::OpenMode::ReadOnly, &upcasters);
        }
    }
};

} // namespace

std::optional<UserDetail> AsOfQueries::userAt(const QString& ledgerPath, const QUuid& userId,
                                              const QDateTime& at)
{
    LedgerReader ledger(ledgerPath);
    return userAt(*ledger.store, userId, at);
}

std::optional<UserDetail> AsOfQueries::userAt(EventStore& ledger, const QUuid& userId, const QDateTime& at)
{
    AsOfViews views(ledger, at);
    views.buildUser(userId);
    UserQueries queries(views.viewsPath()); // closed before the views' folder goes
    return queries.detail(userId);
}

UserListPage AsOfQueries::listAt(const QString& ledgerPath, const UserListQuery& query, const QDateTime& at)
{
    LedgerReader ledger(ledgerPath);
    return *listAt(*ledger.store, query, at);
}

std::optional<UserListPage> AsOfQueries::listAt(EventStore& ledger, const UserListQuery& query,
                                                const QDateTime& at, const AsOfViews::Progress& progress)
{
    AsOfViews views(ledger, at);
    if (!views.build(progress))
        return std::nullopt;
    UserQueries queries(views.viewsPath());
    return queries.list(query);
}

} // namespace keyledger
