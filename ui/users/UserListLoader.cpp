#include "users/UserListLoader.h"

#include "common/KeyledgerError.h"
#include "projections/ProjectionRunner.h"
#include "queries/CachedQueries.h"
#include "users/UserListModel.h"

#include <QCoreApplication>

namespace keyledger {

// Strings moved here from UsersView keep its translation context ("keyledger::UsersView"), so
// the existing translations, English plural forms included, still apply.

UserListLoader::UserListLoader(const ViewServices& services, QObject* parent)
    : QObject(parent)
    , m_services(services)
{
    m_model = new UserListModel(
        [this](const UserListQuery& query) {
            if (!m_queries)
                throw KeyledgerError(
                    QCoreApplication::translate("keyledger::UsersView", "The user list is not ready yet."));
            return m_queries->list(query);
        },
        this);
    connect(m_model, &UserListModel::fetchFailed, this, &UserListLoader::onFetchFailed);
    m_externalRefresh.setSingleShot(true);
    m_externalRefresh.setInterval(ExternalRefreshMs);
    connect(&m_externalRefresh, &QTimer::timeout, this, &UserListLoader::refresh);
    m_viewsReady = m_services.projections.hasReported();
    connect(&m_services.projections, &ProjectionRunner::projected, this, &UserListLoader::onProjected);
    connect(&m_services.projections, &ProjectionRunner::failed, this, [this] {
        m_viewsReady = true;
        if (!m_queries && !m_heldError.isEmpty()) // the views cannot be opened: say why
            Q_EMIT failed(m_heldError);
    });
}

UserListLoader::~UserListLoader() = default;

bool UserListLoader::open()
{
    if (m_queries)
        return true;
    try {
        m_queries = std::make_unique<CachedQueries>(m_services.viewsPath, m_services.cache, [this] {
            return m_services.projections.projectedPosition();
        });
        return true;
    } catch (const KeyledgerError& error) {
        m_heldError = error.message(); // not created yet: the first "projected" tries again
        return false;
    }
}

qint64 UserListLoader::countAll() const
{
    if (m_queries) {
        try {
            UserListQuery everyone;
            everyone.limit = 1;
            return m_queries->list(everyone).totalCount;
        } catch (const KeyledgerError&) {
            // the list's count below
        }
    }
    return m_model->totalCount();
}

void UserListLoader::load(const UserListQuery& query)
{
    if (!open()) {
        if (m_viewsReady) // the runner has reported already: the views really cannot be opened
            Q_EMIT failed(m_heldError);
        return;
    }
    m_heldError.clear();
    m_shownPosition = m_services.projections.projectedPosition();
    m_model->setQuery(query);
}

void UserListLoader::refresh()
{
    m_externalRefresh.stop();
    if (!open())
        return;
    m_shownPosition = m_services.projections.projectedPosition();
    m_model->refresh();
    Q_EMIT refreshed();
}

void UserListLoader::onProjected(qint64 position)
{
    m_viewsReady = true;
    if (!m_queries) {
        if (open())
            Q_EMIT opened();
        return;
    }
    // Our own commands refresh when they are visible; other changes (sync results, other
    // processes) are folded into one refresh a second.
    if (position > m_shownPosition && !(m_hold && m_hold()) && !m_externalRefresh.isActive())
        m_externalRefresh.start();
}

void UserListLoader::onFetchFailed(const QString& error)
{
    // On a brand-new store the runner may not have created the tables yet: that is not an error
    // to show; the first "projected" report tries again.
    if (!m_viewsReady) {
        m_heldError = error;
        m_queries.reset();
        Q_EMIT preparing();
        return;
    }
    Q_EMIT failed(error);
}

} // namespace keyledger
