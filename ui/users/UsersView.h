#pragma once

#include "common/ViewServices.h"
#include "users/UserActionsController.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QAction;

namespace keyledger {

class InlineMessage;
class RealmRoles;
class SavedSearchButton;
class UserActionSet;
class UserCountLabel;
class UserDetailPanel;
class UserDetailSplitter;
class UserDialogs;
class UserFilterBar;
class UserListLoader;
class UserListModel;
class UsersTable;
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
//
// The page is layout and wiring: the parts are UserActionSet (actions, toolbar, context menu),
// UserFilterBar and SavedSearchButton, UserCountLabel, UserListLoader (reads and refreshes the
// list), UsersTable (with UserColumnChooser), UserDetailSplitter with UserDetailPanel,
// UserDialogs (editor and roles) and UserActionsController (commands, waiting for the projection).
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
    void buildLayout();
    void connectActions();
    void connectModel();
    void connectCommands();
    void applyFilters();
    void onRefreshed();
    void updateActions();
    void updateCountLabel();
    void updateEmptyState();
    void collectOrganizations(int first, int last);

    ViewServices m_services;
    UserListLoader* m_loader = nullptr;
    UserListModel* m_model = nullptr;
    UserActionsController* m_controller = nullptr;
    UserActionSet* m_actions = nullptr;
    UserDialogs* m_dialogs = nullptr;
    UserFilterBar* m_filters = nullptr;
    SavedSearchButton* m_savedSearches = nullptr;
    UsersTable* m_table = nullptr;
    UserCountLabel* m_count = nullptr;
    InlineMessage* m_message = nullptr;
    UserDetailPanel* m_panel = nullptr;
    UserDetailSplitter* m_splitter = nullptr;
    QPointer<QWidget> m_emptyState;
    QUuid m_selectAfterRefresh; // a user just created: selected once its row is there
};

} // namespace keyledger
