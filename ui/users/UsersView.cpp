#include "users/UsersView.h"

#include "commands/UserCommandHandler.h"
#include "common/KeyledgerError.h"
#include "projections/ProjectionRunner.h"
#include "queries/CachedQueries.h"
#include "timetravel/AsOfQueries.h"
#include "users/BulkRolesDialog.h"
#include "users/ColourDotDelegate.h"
#include "users/InlineMessage.h"
#include "users/RealmRoles.h"
#include "users/SavedSearchButton.h"
#include "users/StatusBadgeDelegate.h"
#include "users/UserDetailPanel.h"
#include "users/UserEditorDialog.h"
#include "users/UserFilterBar.h"
#include "users/UserListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace keyledger {

namespace {

const QString columnsKey = QStringLiteral("users/columns");
const QString splitterKey = QStringLiteral("users/splitter");
constexpr int externalRefreshMs = 1000;
constexpr int messageTimeoutMs = 5000;

} // namespace

UsersView::UsersView(const ViewServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("usersView"));
    m_model = new UserListModel(
        [this](const UserListQuery& query) {
            if (!m_queries)
                throw KeyledgerError(tr("The user list is not ready yet."));
            return m_queries->list(query);
        },
        this);
    m_controller = new UserActionsController(m_services.users, m_services.projections, this, this);
    m_filters = new UserFilterBar(this);
    m_table = new QTableView(this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_message = new InlineMessage(this);
    m_panel = new UserDetailPanel(m_services, this);
    m_panel->setAsOfLoader([](const QString& ledgerPath, const QUuid& userId, const QDateTime& at) {
        return AsOfQueries::userAt(ledgerPath, userId, at);
    });
    m_savedSearches = new SavedSearchButton([this] { return currentSearch(); }, nullptr, this);
    m_controller->setLedger(m_services.ledgerPath, &m_services.notifier);

    createActions();
    buildLayout();
    setUpTable();

    connect(m_filters, &UserFilterBar::filtersChanged, this, &UsersView::applyFilters);
    connect(m_model, &UserListModel::totalCountChanged, this, &UsersView::updateCountLabel);
    connect(m_model, &UserListModel::fetchFailed, this, [this](const QString& error) {
        // On a brand-new store the runner may not have created the tables yet: that is not an
        // error to show; the first "projected" report tries again.
        if (m_services.projections.status().isEmpty()) {
            m_queries.reset();
            updateCountLabel();
            return;
        }
        m_message->showError(error);
    });
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

    connect(m_controller, &UserActionsController::failed, m_message, &InlineMessage::showError);
    connect(m_controller, &UserActionsController::statusMessage, this,
            [this](const QString& message) { Q_EMIT statusMessage(message, messageTimeoutMs); });
    connect(m_controller, &UserActionsController::waitingChanged, this, [this](const QString& text) {
        m_waitingText = text;
        updateCountLabel();
    });
    connect(m_controller, &UserActionsController::caughtUp, this, &UsersView::refreshNow);
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
    connect(m_savedSearches, &SavedSearchButton::recallRequested, this, &UsersView::applySearch);
    connect(m_savedSearches, &SavedSearchButton::statusMessage, this,
            [this](const QString& message) { Q_EMIT statusMessage(message, messageTimeoutMs); });

    m_externalRefresh.setSingleShot(true);
    m_externalRefresh.setInterval(externalRefreshMs);
    connect(&m_externalRefresh, &QTimer::timeout, this, &UsersView::refreshNow);
    connect(&m_services.projections, &ProjectionRunner::projected, this, &UsersView::onProjected);

    // The views database may not exist before the projection runner has opened it once.
    if (ensureQueries())
        applyFilters();
    else
        updateCountLabel();
    updateActions();
}

UsersView::~UsersView()
{
    QSettings settings;
    settings.setValue(columnsKey, m_table->horizontalHeader()->saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

QAction* UsersView::makeAction(const char* objectName, const QString& text, const QString& themeIcon,
                               int fallbackIcon)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setIcon(QIcon::fromTheme(themeIcon, style()->standardIcon(QStyle::StandardPixmap(fallbackIcon))));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void UsersView::createActions()
{
    m_newUser = makeAction("newUserAction", tr("&New User…"), QStringLiteral("list-add-user"),
                           QStyle::SP_FileDialogNewFolder);
    m_newUser->setShortcut(QKeySequence::New);
    m_newUser->setToolTip(tr("Create a user (Ctrl+N)"));
    m_editUser = makeAction("editUserAction", tr("&Edit…"), QStringLiteral("document-edit"),
                            QStyle::SP_FileDialogDetailedView);
    m_editUser->setToolTip(tr("Edit the selected user (Enter)"));
    m_enableUser = makeAction("enableUserAction", tr("E&nable"), QStringLiteral("dialog-ok-apply"),
                              QStyle::SP_DialogApplyButton);
    m_enableUser->setToolTip(tr("Enable the selected users"));
    m_disableUser = makeAction("disableUserAction", tr("&Disable"), QStringLiteral("system-lock-screen"),
                               QStyle::SP_BrowserStop);
    m_disableUser->setToolTip(tr("Disable the selected users: they can no longer sign in"));
    m_deleteUser =
        makeAction("deleteUserAction", tr("De&lete"), QStringLiteral("edit-delete"), QStyle::SP_TrashIcon);
    m_deleteUser->setShortcut(QKeySequence::Delete);
    m_deleteUser->setToolTip(tr("Delete the selected users (Delete)"));
    m_verifyEmail = makeAction("verifyEmailAction", tr("Mark E-mail &Verified"),
                               QStringLiteral("mail-mark-read"), QStyle::SP_DialogYesButton);
    m_verifyEmail->setToolTip(tr("Mark the e-mail address of the selected users as verified"));
    m_resetPassword = makeAction("resetPasswordAction", tr("Send &Password Reset"),
                                 QStringLiteral("mail-send"), QStyle::SP_MessageBoxInformation);
    m_resetPassword->setToolTip(tr("Send the selected users an e-mail to choose a new password"));
    m_findUser = makeAction("findUserAction", tr("&Find User"), QStringLiteral("edit-find"),
                            QStyle::SP_FileDialogContentsView);
    m_findUser->setShortcut(QKeySequence::Find);

    connect(m_newUser, &QAction::triggered, this, &UsersView::newUser);
    connect(m_editUser, &QAction::triggered, this, &UsersView::editSelectedUser);
    connect(m_enableUser, &QAction::triggered, this,
            [this] { runOnSelection(UserActionsController::Action::Enable); });
    connect(m_disableUser, &QAction::triggered, this,
            [this] { runOnSelection(UserActionsController::Action::Disable); });
    connect(m_deleteUser, &QAction::triggered, this,
            [this] { runOnSelection(UserActionsController::Action::Delete); });
    connect(m_verifyEmail, &QAction::triggered, this,
            [this] { runOnSelection(UserActionsController::Action::VerifyEmail); });
    connect(m_resetPassword, &QAction::triggered, this,
            [this] { runOnSelection(UserActionsController::Action::ResetPassword); });
    connect(m_findUser, &QAction::triggered, this, &UsersView::focusSearch);
    m_changeRoles = makeAction("rolesUserAction", tr("&Roles…"), QStringLiteral("user-group-properties"),
                               QStyle::SP_FileDialogListView);
    m_changeRoles->setToolTip(tr("Add or remove roles of the selected users"));
    connect(m_changeRoles, &QAction::triggered, this, &UsersView::changeRolesOfSelection);
    m_showDetails = makeAction("showDetailsAction", tr("&Details Panel"),
                               QStringLiteral("view-split-left-right"), QStyle::SP_FileDialogInfoView);
    m_showDetails->setCheckable(true);
    m_showDetails->setShortcut(QKeySequence(Qt::Key_F9));
    m_showDetails->setToolTip(tr("Show or hide the selected user's details and history (F9)"));

    m_contextMenu = new QMenu(this);
    m_contextMenu->addActions({m_editUser, m_enableUser, m_disableUser, m_deleteUser, m_changeRoles});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_verifyEmail, m_resetPassword});
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_newUser);
}

QList<QAction*> UsersView::userActions() const
{
    return {m_newUser,     m_editUser,    m_enableUser,    m_disableUser, m_deleteUser,
            m_changeRoles, m_verifyEmail, m_resetPassword, m_findUser,    m_showDetails};
}

void UsersView::buildLayout()
{
    auto* toolBar = new QToolBar(tr("User actions"), this);
    toolBar->setObjectName(QStringLiteral("usersToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addActions({m_newUser, m_editUser});
    toolBar->addSeparator();
    toolBar->addActions({m_enableUser, m_disableUser, m_deleteUser, m_changeRoles});
    toolBar->addSeparator();
    toolBar->addActions({m_verifyEmail, m_resetPassword});
    toolBar->addSeparator();
    toolBar->addAction(m_showDetails);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filters, 1);
    filterRow->addWidget(m_savedSearches);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_countLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(toolBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_message);

    // The list and, on the right, the current user's detail panel (collapsible, F9).
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_panel);
    m_splitter->setCollapsible(0, false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({800, 420});
    m_splitter->restoreState(QSettings().value(splitterKey).toByteArray());
    layout->addWidget(m_splitter, 1);
    auto syncToggle = [this] {
        const QSignalBlocker blocker(m_showDetails);
        m_showDetails->setChecked(m_splitter->sizes().value(1) > 0);
    };
    syncToggle();
    connect(m_splitter, &QSplitter::splitterMoved, this, syncToggle);
    connect(m_showDetails, &QAction::toggled, this, [this](bool show) {
        const int total = std::max(m_splitter->width(), 600);
        m_splitter->setSizes(show ? QList<int>{total * 3 / 5, total * 2 / 5} : QList<int>{total, 0});
        if (show)
            m_panel->refresh();
    });
}

void UsersView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(UserListModel::Status, new StatusBadgeDelegate(m_table));
    m_table->setItemDelegateForColumn(UserListModel::SyncState, new ColourDotDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int widths[UserListModel::ColumnCount] = {120, 160, 230, 110, 120, 110, 150, 150, 100};
    for (int column = 0; column < UserListModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setSortIndicator(UserListModel::Created, Qt::DescendingOrder);
    header->restoreState(QSettings().value(columnsKey).toByteArray());
    if (UserListModel::sortKeyOf(header->sortIndicatorSection()).isEmpty())
        header->setSortIndicator(UserListModel::Created, Qt::DescendingOrder);
    m_sortColumn = header->sortIndicatorSection();
    m_sortOrder = header->sortIndicatorOrder();
    m_table->setSortingEnabled(true); // sorts the model (not yet fetched) by the indicator
    // Roles and sync state have no sort order on the query side: keep the previous indicator.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (UserListModel::sortKeyOf(column).isEmpty()) {
                    const QSignalBlocker blocker(header);
                    header->setSortIndicator(m_sortColumn, m_sortOrder);
                    return;
                }
                m_sortColumn = column;
                m_sortOrder = order;
            });
    connect(header, &QHeaderView::customContextMenuRequested, this, &UsersView::showHeaderMenu);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentUserChanged(current.isValid() ? m_model->userAt(current.row()).id : QUuid());
            });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& position) {
        m_contextMenu->popup(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_editUser->isEnabled())
            editSelectedUser();
    });
}

void UsersView::showHeaderMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Columns"));
    for (int column = 0; column < UserListModel::ColumnCount; ++column) {
        QAction* toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        // The username always stays: a row must say whose it is.
        toggle->setEnabled(column != UserListModel::Username);
        connect(toggle, &QAction::toggled, header,
                [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu->popup(header->mapToGlobal(position));
}

bool UsersView::ensureQueries()
{
    if (m_queries)
        return true;
    try {
        m_queries = std::make_unique<CachedQueries>(m_services.viewsPath, m_services.cache, [this] {
            return m_services.projections.projectedPosition();
        });
        return true;
    } catch (const KeyledgerError&) {
        return false; // not created yet: the first "projected" tries again
    }
}

void UsersView::applyFilters()
{
    if (!ensureQueries())
        return;
    UserListQuery query = m_model->query();
    m_filters->applyTo(query);
    m_message->dismiss();
    m_shownPosition = m_services.projections.projectedPosition();
    m_model->setQuery(query);
}

void UsersView::refreshNow()
{
    m_externalRefresh.stop();
    if (!ensureQueries())
        return;
    m_shownPosition = m_services.projections.projectedPosition();
    m_model->refresh();
    updateCountLabel();
    updateActions();
    selectPendingUser();
    if (m_splitter->sizes().value(1) > 0)
        m_panel->refresh();
}

void UsersView::onProjected(qint64 position)
{
    if (!m_queries) {
        if (ensureQueries())
            applyFilters();
        return;
    }
    // Our own commands refresh when the controller says they are visible; other changes
    // (sync results, other processes) are folded into one refresh a second.
    if (position > m_shownPosition && !m_controller->isWaiting() && !m_externalRefresh.isActive())
        m_externalRefresh.start();
}

void UsersView::selectPendingUser()
{
    if (m_selectAfterRefresh.isNull())
        return;
    const int row = m_model->rowOf(m_selectAfterRefresh);
    if (row < 0)
        return;
    m_selectAfterRefresh = QUuid();
    const QModelIndex index = m_model->index(row, UserListModel::Username);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QList<UserListItem> UsersView::selectedUsers() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<UserListItem> users;
    users.reserve(rows.size());
    for (const int row : std::as_const(rows))
        users.append(m_model->userAt(row));
    return users;
}

void UsersView::updateActions()
{
    const UserActionsController::Allowed allowed = UserActionsController::allowedFor(selectedUsers());
    m_editUser->setEnabled(allowed.edit);
    m_enableUser->setEnabled(allowed.enable);
    m_disableUser->setEnabled(allowed.disable);
    m_deleteUser->setEnabled(allowed.remove);
    m_verifyEmail->setEnabled(allowed.verifyEmail);
    m_resetPassword->setEnabled(allowed.resetPassword);
    m_changeRoles->setEnabled(!selectedUsers().isEmpty());
}

void UsersView::updateCountLabel()
{
    updateEmptyState();
    if (!m_waitingText.isEmpty()) {
        m_countLabel->setText(m_waitingText);
        return;
    }
    if (!m_queries) {
        m_countLabel->setText(tr("Preparing the user list…"));
        return;
    }
    const QLocale locale;
    const qint64 matching = m_model->totalCount();
    if (!m_filters->isFiltering()) {
        m_countLabel->setText(tr("%Ln user(s)", nullptr, int(std::min<qint64>(matching, INT_MAX))));
        return;
    }
    qint64 all = matching;
    try {
        UserListQuery everyone;
        everyone.limit = 1;
        all = m_queries->list(everyone).totalCount;
    } catch (const KeyledgerError&) {
        // keep the matching count alone
    }
    m_countLabel->setText(
        tr("%1 of %Ln user(s)", nullptr, int(std::min<qint64>(all, INT_MAX))).arg(locale.toString(matching)));
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
    const bool empty = m_emptyState && m_queries && m_model->totalCount() == 0 && !m_filters->isFiltering();
    if (m_emptyState)
        m_emptyState->setVisible(empty);
    m_splitter->setVisible(!empty);
}

void UsersView::collectOrganizations(int first, int last)
{
    QSet<QString> seen;
    for (int row = first; row <= last; ++row) {
        const UserListItem& user = m_model->userAt(row);
        seen.insert(user.organizationId);
        for (const QString& role : user.roles)
            m_localRoles.insert(role);
    }
    m_filters->addOrganizations(QStringList(seen.cbegin(), seen.cend()));
}

void UsersView::runOnSelection(UserActionsController::Action action)
{
    const QList<UserListItem> users = selectedUsers();
    m_controller->run(action, users);
}

void UsersView::setConfirm(UserActionsController::Confirm confirm)
{
    m_controller->setConfirm(std::move(confirm));
}

void UsersView::focusSearch()
{
    m_filters->focusSearch();
}

void UsersView::newUser()
{
    auto* dialog = new UserEditorDialog(m_services.users, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownOrganizations(m_filters->organizations());
    dialog->setKnownRoles(roleChoices(), m_realmRoles ? m_realmRoles->note() : QString());
    connect(dialog, &UserEditorDialog::saved, this, [this](const CommandResult& result) {
        m_selectAfterRefresh = result.userId;
        Q_EMIT statusMessage(tr("User created."), messageTimeoutMs);
        m_controller->track(result, tr("Saving…"));
    });
    dialog->open();
}

void UsersView::editSelectedUser()
{
    const QList<UserListItem> users = selectedUsers();
    if (users.size() != 1 || !ensureQueries())
        return;
    std::optional<UserDetail> detail;
    try {
        detail = m_queries->detail(users.first().id);
    } catch (const KeyledgerError& error) {
        m_message->showError(error.message());
        return;
    }
    if (!detail || detail->deleted) {
        m_message->showError(tr("User %1 no longer exists.").arg(users.first().username));
        return;
    }
    auto* dialog = new UserEditorDialog(m_services.users, *detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownOrganizations(m_filters->organizations());
    dialog->setKnownRoles(roleChoices(), m_realmRoles ? m_realmRoles->note() : QString());
    connect(dialog, &UserEditorDialog::saved, this, [this](const CommandResult& result) {
        Q_EMIT statusMessage(tr("Changes saved."), messageTimeoutMs);
        m_controller->track(result, tr("Saving…"));
    });
    dialog->open();
}

void UsersView::setRealmRoles(RealmRoles* roles)
{
    m_realmRoles = roles;
    if (m_realmRoles)
        m_realmRoles->request();
}

QStringList UsersView::roleChoices() const
{
    QStringList local(m_localRoles.cbegin(), m_localRoles.cend());
    local.sort(Qt::CaseInsensitive);
    if (m_realmRoles)
        m_realmRoles->request(); // once per session; a failure falls back to the local roles
    return m_realmRoles ? m_realmRoles->choices(local) : local;
}

void UsersView::changeRolesOfSelection()
{
    const QList<UserListItem> users = selectedUsers();
    if (users.isEmpty())
        return;
    auto* dialog =
        new BulkRolesDialog(users, roleChoices(), m_realmRoles ? m_realmRoles->note() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, users] { m_controller->runRoles(users, dialog->change()); });
    dialog->open();
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
    const QString sortKey = UserListModel::sortKeyOf(m_sortColumn);
    search.sortBy = sortKey.isEmpty() ? search.sortBy : sortKey;
    search.ascending = m_sortOrder == Qt::AscendingOrder;
    return search;
}

void UsersView::applySearch(const SavedSearch& search)
{
    for (int column = 0; column < UserListModel::ColumnCount; ++column) {
        if (UserListModel::sortKeyOf(column) == search.sortBy) {
            // The header sorts the model; the filters below then load the first page once.
            m_table->horizontalHeader()->setSortIndicator(column, search.ascending ? Qt::AscendingOrder
                                                                                   : Qt::DescendingOrder);
            break;
        }
    }
    m_filters->setFilters(search.search, search.status, search.hasLoggedIn, search.organizationId);
    Q_EMIT statusMessage(tr("Showing the search “%1”.").arg(search.name), messageTimeoutMs);
}

} // namespace keyledger
