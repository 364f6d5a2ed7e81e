#include "analytics/AnalyticsController.h"

#include "common/KeyledgerError.h"
#include "projections/ProjectionRunner.h"
#include "queries/AnalyticsQueries.h"
#include "queries/CachedQueries.h"

#include <QTimer>

namespace keyledger {

AnalyticsController::AnalyticsController(const ViewServices& services, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_throttle(new QTimer(this))
{
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(ThrottleMs);
    connect(m_throttle, &QTimer::timeout, this, &AnalyticsController::refresh);
    connect(&services.projections, &ProjectionRunner::projected, this, &AnalyticsController::refreshSoon);
    connect(&services.projections, &ProjectionRunner::changed, this,
            [this](const ProjectedChanges& changes) { learnOrganizations(changes.organizations); });
}

AnalyticsController::~AnalyticsController() = default;

void AnalyticsController::setQuery(const AnalyticsQuery& query)
{
    m_query = query;
    refresh();
}

void AnalyticsController::setOrganizations(const QStringList& organizations)
{
    learnOrganizations(QSet<QString>(organizations.begin(), organizations.end()));
}

void AnalyticsController::learnOrganizations(const QSet<QString>& organizations)
{
    bool grew = false;
    for (const QString& organization : organizations) {
        if (!organization.isEmpty() && !m_organizations.contains(organization)) {
            m_organizations.append(organization);
            grew = true;
        }
    }
    if (!grew)
        return;
    m_organizations.sort(Qt::CaseInsensitive);
    Q_EMIT organizationsChanged(m_organizations);
}

void AnalyticsController::refreshSoon()
{
    if (!m_throttle->isActive())
        m_throttle->start();
}

void AnalyticsController::refresh()
{
    m_throttle->stop();
    try {
        if (!m_cached) {
            ProjectionRunner& projections = m_services.projections;
            m_cached =
                std::make_unique<CachedQueries>(m_services.viewsPath, m_services.cache,
                                                [&projections] { return projections.projectedPosition(); });
            m_series = std::make_unique<AnalyticsQueries>(m_services.viewsPath);
        }
        AnalyticsSnapshot snapshot;
        snapshot.figures = m_cached->figures(m_query);
        snapshot.signUpsPerWeek = m_series->signUpsPerWeek(m_query);
        snapshot.daysToFirstLogin = m_series->daysToFirstLoginDistribution(m_query);
        m_snapshot = snapshot;
    } catch (const KeyledgerError& error) {
        // The views database may not exist yet: open it again on the next try.
        m_cached.reset();
        m_series.reset();
        Q_EMIT failed(error.message());
        return;
    }
    Q_EMIT updated(m_snapshot);
}

} // namespace keyledger
