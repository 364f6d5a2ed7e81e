#pragma once

#include "queries/UserListItem.h"
#include "users/UserActionsController.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace keyledger {

// The Users page's actions, created on the page so that their shortcuts work anywhere in it:
// newUserAction (Ctrl+N), editUserAction, enableUserAction, disableUserAction, deleteUserAction
// (Delete), rolesUserAction, verifyEmailAction, resetPasswordAction, findUserAction (Ctrl+F) and
// the checkable showDetailsAction (F9). Also builds the page's toolbar and the rows' context menu.
class UserActionSet : public QObject
{
    Q_OBJECT

public:
    explicit UserActionSet(QWidget* page);

    // In the order of the main window's Users menu.
    QList<QAction*> all() const;
    QAction* newUser() const { return m_newUser; }
    QAction* editUser() const { return m_editUser; }
    QAction* findUser() const { return m_findUser; }
    QAction* changeRoles() const { return m_changeRoles; }
    QAction* showDetails() const { return m_showDetails; }
    QMenu* contextMenu() const { return m_contextMenu; }
    QToolBar* createToolBar(QWidget* parent) const;

    // Enables each action only when the selected users allow it (the chapter's permissions).
    void updateFor(const QList<UserListItem>& selection);

Q_SIGNALS:
    // Enable, disable, delete, verify e-mail or reset password was chosen for the selection.
    void actionRequested(keyledger::UserActionsController::Action action);

private:
    QAction* makeAction(const char* objectName, const QString& text, const QString& themeIcon,
                        int fallbackIcon);
    QAction* makeSelectionAction(const char* objectName, const QString& text, const QString& themeIcon,
                                 int fallbackIcon, UserActionsController::Action action);

    QWidget* m_page;
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
    QMenu* m_contextMenu = nullptr;
};

} // namespace keyledger
