#include "users/UsersView.h"

#include "queries/CachedQueries.h"
#include "timetravel/AsOfQueries.h"
#include "users/InlineMessage.h"
#include "users/SavedSearchButton.h"
#include "users/UserActionSet.h"
#include "users/UserCountLabel.h"
#include "users/UserDetailPanel.h"
#include "users/UserDetailSplitter.h"
#include "users/UserDialogs.h"
#include "users/UserFilterBar.h"
#include "users/UserListLoader.h"
#include "users/UserListModel.h"
#include "users/UsersTable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSet>
#include <QToolBar>
#include <QVBoxLayout>

namespace keyledger {

namespace {

constexpr int messageTimeoutMs = 5000;

} // namespace

UsersView::UsersView(const ViewServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("usersView"));
    m_loader = new UserListLoader(m_services, this);
    m_model = m_loader->model();
    m_controller = new UserActionsController(m_services.users, m_services.projections, this, this);
    m_controller->setLedger(m_services.ledgerPath, &m_services.notifier);
    m_loader->setRefreshHold([this] { return m_controller->isWaiting(); });
    m_dialogs = new UserDialogs(
        m_services.users, [this] { return m_filters->organizations(); }, this);
    // Created in the keyboard's tab order.
    m_filters = new UserFilterBar(this);
    m_table = new UsersTable(m_model, this);
    m_count = new UserCountLabel(this);
    m_message = new InlineMessage(this);
    m_panel = new UserDetailPanel(m_services, this);
    m_panel->setAsOfLoader([](const QString& ledgerPath, const QUuid& userId, const QDateTime& at) {
        return AsOfQueries::userAt(ledgerPath, userId, at);
    });
    m_savedSearches = new SavedSearchButton([this] { return currentSearch(); }, nullptr, this);
    m_actions = new UserActionSet(this);
    m_splitter = new UserDetailSplitter(m_table, m_panel, this);

    buildLayout();
    connectActions();
    connectModel();
    connectCommands();

    // The views database may not exist before the projection runner has opened it once: the
    // loader then waits for the runner's report, or says why once the runner gave up.
    applyFilters();
    if (!m_loader->queries())
        updateCountLabel();
    updateActions();
}

UsersView::~UsersView() = default;

void UsersView::buildLayout()
{
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filters, 1);
    filterRow->addWidget(m_savedSearches);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_actions->createToolBar(this));
    layout->addLayout(filterRow);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
}

void UsersView::connectActions()
{
    connect(m_actions->newUser(), &QAction::triggered, this, &UsersView::newUser);
    connect(m_actions->editUser(), &QAction::triggered, this, &UsersView::editSelectedUser);
    connect(m_actions->changeRoles(), &QAction::triggered, this, &UsersView::changeRolesOfSelection);
    connect(m_actions->findUser(), &QAction::triggered, this, &UsersView::focusSearch);
    connect(m_actions, &UserActionSet::actionRequested, this, [this](UserActionsController::Action action) {
        m_controller->run(action, m_table->selectedUsers());
    });

    m_splitter->setToggleAction(m_actions->showDetails());
    connect(m_splitter, &UserDetailSplitter::panelOpened, m_panel, &UserDetailPanel::refresh);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentUserChanged(current.isValid() ? m_model->userAt(current.row()).id : QUuid());
            });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& position) {
        m_actions->contextMenu()->popup(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_actions->editUser()->isEnabled())
            editSelectedUser();
    });
}

void UsersView::connectModel()
{
    connect(m_filters, &UserFilterBar::filtersChanged, this, &UsersView::applyFilters);
    connect(m_model, &UserListModel::totalCountChanged, this, &UsersView::updateCountLabel);
    connect(m_loader, &UserListLoader::opened, this, &UsersView::applyFilters);
    connect(m_loader, &UserListLoader::preparing, this, &UsersView::updateCountLabel);
    connect(m_loader, &UserListLoader::refreshed, this, &UsersView::onRefreshed);
    connect(m_loader, &UserListLoader::failed, m_message, &InlineMessage::showError);
    connect(m_model, &UserListModel::modelReset, this, [this] {
        collectOrganizations(0, m_model->rowCount() - 1);
        updateActions();
        updateCountLabel();
    });
    connect(m_model, &UserListModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { collectOrganizations(first, last); });
    connect(m_model, &UserListModel::dataChanged, this, &UsersView::updateActions);
    connect(m_model, &UserListModel::layoutChanged, this, &UsersView::updateActions);
    connect(m_model, &UserListModel::rowsRemoved, this, &UsersView::updateActions);
    connect(m_savedSearches, &SavedSearchButton::recallRequested, this, &UsersView::applySearch);
    connect(m_savedSearches, &SavedSearchButton::statusMessage, this,
            [this](const QString& message) { Q_EMIT statusMessage(message, messageTimeoutMs); });
}

void UsersView::connectCommands()
{
    connect(m_controller, &UserActionsController::failed, m_message, &InlineMessage::showError);
    connect(m_controller, &UserActionsController::statusMessage, this,
            [this](const QString& message) { Q_EMIT statusMessage(message, messageTimeoutMs); });
    connect(m_controller, &UserActionsController::waitingChanged, this, [this](const QString& text) {
        m_count->setWaiting(text);
        updateCountLabel();
    });
    connect(m_controller, &UserActionsController::caughtUp, m_loader, &UserListLoader::refresh);
    connect(m_controller, &UserActionsController::bulkFinished, this,
            [this](const QString& summary, bool problems) {
                // One user and nothing to report: the status bar message is enough.
                if (problems || summary.contains(QLatin1Char(',')))
                    m_message->showInfo(summary);
            });
    connect(this, &UsersView::currentUserChanged, m_panel, &UserDetailPanel::setUser);
    connect(m_panel, &UserDetailPanel::statusMessage, this, &UsersView::statusMessage);
    connect(m_panel, &UserDetailPanel::commandAccepted, this, [this](qint64 position) {
        m_controller->track(CommandResult{{}, position, 0, 0, {}}, tr("Updating…"));
    });
    connect(m_dialogs, &UserDialogs::created, this, [this](const CommandResult& result) {
        m_selectAfterRefresh = result.userId;
        Q_EMIT statusMessage(tr("User created."), messageTimeoutMs);
        m_controller->track(result, tr("Saving…"));
    });
    connect(m_dialogs, &UserDialogs::edited, this, [this](const CommandResult& result) {
        Q_EMIT statusMessage(tr("Changes saved."), messageTimeoutMs);
        m_controller->track(result, tr("Saving…"));
    });
    connect(m_dialogs, &UserDialogs::rolesChosen, m_controller, &UserActionsController::runRoles);
    connect(m_dialogs, &UserDialogs::failed, m_message, &InlineMessage::showError);
}

QList<QAction*> UsersView::userActions() const
{
    return m_actions->all();
}

void UsersView::applyFilters()
{
    UserListQuery query = m_model->query();
    m_filters->applyTo(query);
    m_message->dismiss();
    m_loader->load(query);
}

void UsersView::onRefreshed()
{
    updateCountLabel();
    updateActions();
    if (!m_selectAfterRefresh.isNull()) {
        if (const int row = m_model->rowOf(m_selectAfterRefresh); row >= 0) {
            m_selectAfterRefresh = QUuid();
            m_table->selectUserRow(row);
        }
    }
    if (m_splitter->isPanelOpen())
        m_panel->refresh();
}

void UsersView::updateActions()
{
    m_actions->updateFor(m_table->selectedUsers());
}

void UsersView::updateCountLabel()
{
    updateEmptyState();
    if (!m_loader->queries())
        m_count->showPreparing();
    else
        m_count->showCount(m_model->totalCount(),
                           m_filters->isFiltering() ? std::optional(m_loader->countAll()) : std::nullopt);
}

void UsersView::setEmptyState(QWidget* widget)
{
    delete m_emptyState;
    m_emptyState = widget;
    if (widget) {
        widget->setParent(this);
        layout()->addWidget(widget);
    }
    updateEmptyState();
}

void UsersView::updateEmptyState()
{
    const bool empty =
        m_emptyState && m_loader->queries() && m_model->totalCount() == 0 && !m_filters->isFiltering();
    if (m_emptyState)
        m_emptyState->setVisible(empty);
    m_splitter->setVisible(!empty);
}

void UsersView::collectOrganizations(int first, int last)
{
    QSet<QString> organizations;
    QStringList roles;
    for (int row = first; row <= last; ++row) {
        const UserListItem& user = m_model->userAt(row);
        organizations.insert(user.organizationId);
        roles.append(user.roles);
    }
    m_filters->addOrganizations(QStringList(organizations.cbegin(), organizations.cend()));
    m_dialogs->learnRoles(roles);
}

void UsersView::setConfirm(UserActionsController::Confirm confirm)
{
    m_controller->setConfirm(std::move(confirm));
}

void UsersView::setRealmRoles(RealmRoles* roles)
{
    m_dialogs->setRealmRoles(roles);
}

void UsersView::focusSearch()
{
    m_filters->focusSearch();
}

void UsersView::newUser()
{
    m_dialogs->openNew();
}

void UsersView::editSelectedUser()
{
    const QList<UserListItem> users = m_table->selectedUsers();
    if (users.size() == 1 && m_loader->open())
        m_dialogs->openEdit(users.first(), *m_loader->queries());
}

void UsersView::changeRolesOfSelection()
{
    const QList<UserListItem> users = m_table->selectedUsers();
    if (!users.isEmpty())
        m_dialogs->openRoles(users);
}

SavedSearch UsersView::currentSearch() const
{
    UserListQuery query;
    m_filters->applyTo(query);
    SavedSearch search;
    search.search = query.search;
    search.status = query.status;
    search.hasLoggedIn = query.hasLoggedIn;
    search.organizationId = query.organizationId;
    const QString sortKey = UserListModel::sortKeyOf(m_table->sortColumn());
    search.sortBy = sortKey.isEmpty() ? search.sortBy : sortKey;
    search.ascending = m_table->sortOrder() == Qt::AscendingOrder;
    return search;
}

void UsersView::applySearch(const SavedSearch& search)
{
    // The header sorts the model; the filters below then load the first page once.
    m_table->sortByKey(search.sortBy, search.ascending);
    m_filters->setFilters(search.search, search.status, search.hasLoggedIn, search.organizationId);
    if (!search.name.isEmpty()) // an unnamed one is the page's own state carried over
        Q_EMIT statusMessage(tr("Showing the search “%1”.").arg(search.name), messageTimeoutMs);
}

} // namespace keyledger
