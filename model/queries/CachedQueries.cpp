#include "queries/CachedQueries.h"

namespace keyledger {

CachedQueries::CachedQueries(const QString& viewsDatabasePath, QueryCache& cache,
                             std::function<qint64()> projectedPosition)
    : m_cache(cache)
    , m_projectedPosition(std::move(projectedPosition))
    , m_users(viewsDatabasePath)
    , m_analytics(viewsDatabasePath)
{}

QString CachedQueries::keyOf(const AnalyticsQuery& query)
{
    return QStringLiteral("analytics|%1|%2|%3|%4")
        .arg(query.organizationId ? QStringLiteral("=") + *query.organizationId : QStringLiteral("*"),
             query.from ? query.from->toString(Qt::ISODate) : QString(),
             query.to ? query.to->toString(Qt::ISODate) : QString(),
             QString::fromLatin1(query.timeZone.id()));
}

std::optional<UserDetail> CachedQueries::detail(const QUuid& userId)
{
    const QString key = QStringLiteral("detail|") + userId.toString(QUuid::WithoutBraces);
    if (const auto hit = m_cache.find(key))
        return hit->value<UserDetail>();
    const qint64 seen = m_projectedPosition(); // before reading: the rows are at least this new
    std::optional<UserDetail> detail = m_users.detail(userId);
    if (detail)
        m_cache.insert(key, QVariant::fromValue(*detail), {userId, std::nullopt},
                       QueryCache::DetailLifetimeMs, seen);
    return detail;
}

UserListPage CachedQueries::list(const UserListQuery& query)
{
    const QString key = query.cacheKey();
    if (const auto hit = m_cache.find(key))
        return hit->value<UserListPage>();
    const qint64 seen = m_projectedPosition();
    UserListPage page = m_users.list(query);
    m_cache.insert(key, QVariant::fromValue(page), {std::nullopt, query.organizationId},
                   QueryCache::ListLifetimeMs, seen);
    return page;
}

UserAnalytics CachedQueries::figures(const AnalyticsQuery& query)
{
    const QString key = keyOf(query);
    if (const auto hit = m_cache.find(key))
        return hit->value<UserAnalytics>();
    const qint64 seen = m_projectedPosition();
    UserAnalytics figures = m_analytics.figures(query);
    m_cache.insert(key, QVariant::fromValue(figures), {std::nullopt, query.organizationId},
                   QueryCache::AnalyticsLifetimeMs, seen);
    return figures;
}

} // namespace keyledger
