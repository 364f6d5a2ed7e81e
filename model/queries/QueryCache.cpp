#include "queries/QueryCache.h"

namespace keyledger {

std::optional<QVariant> QueryCache::find(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    if (it->expiry.hasExpired()) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return it->value;
}

void QueryCache::insert(const QString& key, const QVariant& value, const Dependency& dependsOn,
                        qint64 lifetimeMs, qint64 positionSeen)
{
    QMutexLocker lock(&m_mutex);
    // The rows were read at positionSeen; a batch projected since may already have changed
    // them, and its invalidation has passed: storing the value now would keep it stale.
    if (positionSeen < m_invalidatedUpTo)
        return;
    m_entries.insert(key, Entry{value, dependsOn, QDeadlineTimer(lifetimeMs)});
}

void QueryCache::invalidate(const ProjectedChanges& changes)
{
    QMutexLocker lock(&m_mutex);
    m_invalidatedUpTo = std::max(m_invalidatedUpTo, changes.upToPosition);
    if (changes.everything) {
        m_entries.clear();
        return;
    }
    const bool anyOrganization = !changes.organizations.isEmpty();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const Dependency& d = it->dependsOn;
        bool stale = false;
        if (d.user)
            stale = changes.users.contains(*d.user);
        else if (d.organization)
            stale = changes.organizations.contains(*d.organization);
        else
            stale = anyOrganization || !changes.users.isEmpty();
        it = stale ? m_entries.erase(it) : std::next(it);
    }
}

void QueryCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

int QueryCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

} // namespace keyledger
