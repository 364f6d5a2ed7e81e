#pragma once

#include "queries/AnalyticsQuery.h"
#include "queries/UserAnalytics.h"

#include <QString>

#include <functional>

namespace keyledger {
class AnalyticsQueries;
class QueryCache;
} // namespace keyledger

namespace keyledger::bench {

// The analytics figures through the query cache, as the app would ask for them: the query is
// turned into a key; a hit is returned as it is; a miss reads the projected position first,
// computes the figures and stores them for the chapter's hour, depending on the query's
// organisation (or on every organisation for the all-organisations figures), so that the
// runner's invalidation drops exactly them.
class CachedAnalytics
{
public:
    using Position = std::function<qint64()>;

    CachedAnalytics(AnalyticsQueries& queries, QueryCache& cache, Position projectedPosition);

    UserAnalytics figures(const AnalyticsQuery& query, bool* hit = nullptr);
    static QString key(const AnalyticsQuery& query);

private:
    AnalyticsQueries& m_queries;
    QueryCache& m_cache;
    Position m_position;
};

} // namespace keyledger::bench
