#pragma once

#include "analytics/AnalyticsSnapshot.h"
#include "common/ViewServices.h"
#include "queries/AnalyticsQuery.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace keyledger {

class AnalyticsQueries;
class CachedQueries;

// Reads what the analytics dashboard shows: the figures through the shared query cache, the
// weekly sign-ups and the days-to-first-login distribution from the analytics read model. Reads
// again when the query changes, and when the projection advances (at most every ThrottleMs).
// Opens its connections when first needed: until the views database exists, failed() says so
// and the next projection step tries again.
class AnalyticsController : public QObject
{
    Q_OBJECT

public:
    static constexpr int ThrottleMs = 500;

    explicit AnalyticsController(const ViewServices& services, QObject* parent = nullptr);
    ~AnalyticsController() override;

    void setQuery(const AnalyticsQuery& query);
    const AnalyticsQuery& query() const { return m_query; }
    const AnalyticsSnapshot& snapshot() const { return m_snapshot; }
    // The organisations seen so far (from projected changes and setOrganizations()), sorted.
    QStringList organizations() const { return m_organizations; }
    void setOrganizations(const QStringList& organizations);

public Q_SLOTS:
    // Reads now.
    void refresh();
    // Reads within ThrottleMs, once however often it is called meanwhile.
    void refreshSoon();

Q_SIGNALS:
    void updated(const keyledger::AnalyticsSnapshot& snapshot);
    void failed(const QString& message);
    void organizationsChanged(const QStringList& organizations);

private:
    void learnOrganizations(const QSet<QString>& organizations);

    ViewServices m_services;
    AnalyticsQuery m_query;
    AnalyticsSnapshot m_snapshot;
    QStringList m_organizations;
    std::unique_ptr<CachedQueries> m_cached;
    std::unique_ptr<AnalyticsQueries> m_series;
    QTimer* m_throttle;
};

} // namespace keyledger
