#include "CachedAnalytics.h"

#include "queries/AnalyticsQueries.h"
#include "queries/QueryCache.h"

#include <QVariant>

namespace keyledger::bench {

CachedAnalytics::CachedAnalytics(AnalyticsQueries& queries, QueryCache& cache, Position projectedPosition)
    : m_queries(queries)
    , m_cache(cache)
    , m_position(std::move(projectedPosition))
{}

QString CachedAnalytics::key(const AnalyticsQuery& query)
{
    // Every field that changes the answer: organisation (all / none / one), both ends of the
    // range and the zone that turns dates into instants.
    const QString organisation =
        !query.organizationId ? QStringLiteral("*") : QStringLiteral("=") + *query.organizationId;
    return QStringLiteral("analytics|%1|%2|%3|%4")
        .arg(organisation, query.from ? query.from->toString(Qt::ISODate) : QString(),
             query.to ? query.to->toString(Qt::ISODate) : QString(), QString::fromUtf8(query.timeZone.id()));
}

UserAnalytics CachedAnalytics::figures(const AnalyticsQuery& query, bool* hit)
{
    const QString cacheKey = key(query);
    if (const std::optional<QVariant> cached = m_cache.find(cacheKey)) {
        if (hit)
            *hit = true;
        return cached->value<UserAnalytics>();
    }
    if (hit)
        *hit = false;
    // Read the position before the rows: if a batch lands in between, the cache refuses the
    // value rather than keep figures that may miss it.
    const qint64 seen = m_position();
    const UserAnalytics figures = m_queries.figures(query);
    m_cache.insert(cacheKey, QVariant::fromValue(figures),
                   QueryCache::Dependency{std::nullopt, query.organizationId},
                   QueryCache::AnalyticsLifetimeMs, seen);
    return figures;
}

} // namespace keyledger::bench
