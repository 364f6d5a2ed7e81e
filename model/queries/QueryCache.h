#pragma once

#include "projections/ProjectedChanges.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace keyledger {

// Query results kept in memory for a while, and dropped exactly when a projected batch touched
// what they were computed from: a user's detail when that user changed, a list or figures when
// their organisation changed, every "all organisations" entry when any organisation changed.
// Thread-safe; the projection runner invalidates from its thread, queries read from theirs.
class QueryCache
{
public:
    // The chapter's lifetimes.
    static constexpr qint64 DetailLifetimeMs = 60 * 60 * 1000;
    static constexpr qint64 ListLifetimeMs = 30 * 60 * 1000;
    static constexpr qint64 AnalyticsLifetimeMs = 60 * 60 * 1000;

    // What a cached value depends on.
    struct Dependency
    {
        std::optional<QUuid> user;
        std::optional<QString> organization; // nullopt: every organisation ("all" views)
    };

    std::optional<QVariant> find(const QString& key) const;
    // positionSeen: the projected position the value was read at. A value read before an
    // invalidation it should have received is not stored (it could be stale already).
    void insert(const QString& key, const QVariant& value, const Dependency& dependsOn, qint64 lifetimeMs,
                qint64 positionSeen);
    void invalidate(const ProjectedChanges& changes);
    void clear();
    int size() const;

private:
    struct Entry
    {
        QVariant value;
        Dependency dependsOn;
        QDeadlineTimer expiry;
    };

    mutable QMutex m_mutex;
    mutable QHash<QString, Entry> m_entries;
    qint64 m_invalidatedUpTo = 0;
};

} // namespace keyledger
