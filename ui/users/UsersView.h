#pragma once

#include "common/ViewServices.h"
#include "queries/UserListItem.h"
#include "users/UserActionsController.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace keyledger {

class CachedQueries;
class InlineMessage;
class RealmRoles;
class SavedSearchButton;
class UserDetailPanel;
class UserFilterBar;
class UserListModel;
struct SavedSearch;

// The Users screen: filters, the paged user list with status badges, and the user actions
// (toolbar, context menu, shortcuts). After a command it shows "Saving…"/"Updating…" until the
// projection reaches the command, then the rows update by themselves. Changes made elsewhere
// (sync results, another process) refresh the loaded rows too, at most once a second.
//
// Actions (objectName, shortcut): newUserAction (Ctrl+N), editUserAction (Enter / double
// click), enableUserAction, disableUserAction, deleteUserAction (Delete), verifyEmailAction,
// resetPasswordAction, rolesUserAction, findUserAction (Ctrl+F), showDetailsAction (F9).
// Column widths, order and visibility are kept in QSettings under "users/columns", the detail
// panel's width under "users/splitter". Saved searches sit next to the filters.
class UsersView : public QWidget
{
    Q_OBJECT

public:
    explicit UsersView(const ViewServices& services, QWidget* parent = nullptr);
    ~UsersView() override;

    // The user actions, for the main window's menus (they are also on the view's toolbar).
    QList<QAction*> userActions() const;
    UserListModel* model() const { return m_model; }
    // Replaces the confirmation message box (another UI, or a test's answer).
    void setConfirm(UserActionsController::Confirm confirm);
    UserDetailPanel* detailPanel() const { return m_panel; }
    SavedSearchButton* savedSearches() const { return m_savedSearches; }
    // Where the editor's and the bulk dialog's role choices come from (the realm's roles when a
    // server profile is active); without it, the roles used in the loaded rows.
    void setRealmRoles(RealmRoles* roles);
    // The filters and sort shown now, as a saved search would keep them (no name).
    SavedSearch currentSearch() const;
    void applySearch(const SavedSearch& search);
    // Shown in place of the list while the ledger has no user and no filter is set (a first
    // run's guidance); the view takes ownership. nullptr removes it.
    void setEmptyState(QWidget* widget);

public Q_SLOTS:
    void focusSearch();
    void newUser();
    void editSelectedUser();
    void changeRolesOfSelection();

Q_SIGNALS:
    // A short message for the main window's status bar (timeout 0: until replaced).
    void statusMessage(const QString& message, int timeoutMs);
    // The user whose row is current (null when none): for a detail panel.
    void currentUserChanged(const QUuid& userId);

private:
    void createActions();
    void buildLayout();
    void setUpTable();
    bool ensureQueries();
    void applyFilters();
    void refreshNow();
    void onProjected(qint64 position);
    void updateActions();
    void updateCountLabel();
    void updateEmptyState();
    void collectOrganizations(int first, int last);
    QStringList roleChoices() const;
    void selectPendingUser();
    void showHeaderMenu(const QPoint& position);
    QList<UserListItem> selectedUsers() const;
    void runOnSelection(UserActionsController::Action action);
    QAction* makeAction(const char* objectName, const QString& text, const QString& themeIcon,
                        int fallbackIcon);

    ViewServices m_services;
    std::unique_ptr<CachedQueries> m_queries;
    UserListModel* m_model = nullptr;
    UserActionsController* m_controller = nullptr;
    UserFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    InlineMessage* m_message = nullptr;
    QMenu* m_contextMenu = nullptr;
    QAction* m_newUser = nullptr;
    QAction* m_editUser = nullptr;
    QAction* m_enableUser = nullptr;
    QAction* m_disableUser = nullptr;
    QAction* m_deleteUser = nullptr;
    QAction* m_verifyEmail = nullptr;
    QAction* m_resetPassword = nullptr;
    QAction* m_findUser = nullptr;
    QAction* m_changeRoles = nullptr;
    QAction* m_showDetails = nullptr;
    QSplitter* m_splitter = nullptr;
    UserDetailPanel* m_panel = nullptr;
    SavedSearchButton* m_savedSearches = nullptr;
    RealmRoles* m_realmRoles = nullptr;
    QPointer<QWidget> m_emptyState;
    QSet<QString> m_localRoles;
    QTimer m_externalRefresh;
    QString m_waitingText;
    qint64 m_shownPosition = -1; // the projected position the rows were last read at
    QUuid m_selectAfterRefresh;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace keyledger
