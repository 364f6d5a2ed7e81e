#pragma once

#include "queries/AnalyticsQueries.h"
#include "queries/AnalyticsQuery.h"
#include "queries/QueryCache.h"
#include "queries/UserAnalytics.h"
#include "queries/UserDetail.h"
#include "queries/UserListPage.h"
#include "queries/UserListQuery.h"
#include "queries/UserQueries.h"

#include <functional>

namespace keyledger {

// The queries the views ask, answered from the shared cache when it holds them and from the
// read models otherwise. One instance per thread (its connections are), one cache for all.
// projectedPosition tells how far the read models were when a value was read, so the cache can
// refuse to keep a value an invalidation has already overtaken.
class CachedQueries
{
public:
    CachedQueries(const QString& viewsDatabasePath, QueryCache& cache,
                  std::function<qint64()> projectedPosition);

    std::optional<UserDetail> detail(const QUuid& userId);
    UserListPage list(const UserListQuery& query);
    UserAnalytics figures(const AnalyticsQuery& query);

    static QString keyOf(const AnalyticsQuery& query);

private:
    QueryCache& m_cache;
    std::function<qint64()> m_projectedPosition;
    UserQueries m_users;
    AnalyticsQueries m_analytics;
};

} // namespace keyledger
