#include "users/UserActionSet.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QWidget>

namespace keyledger {

// Strings moved here from UsersView keep its translation context ("keyledger::UsersView"), so
// the existing translations, English plural forms included, still apply.

UserActionSet::UserActionSet(QWidget* page)
    : QObject(page)
    , m_page(page)
{
    using Action = UserActionsController::Action;
    m_newUser = makeAction("newUserAction", QCoreApplication::translate("keyledger::UsersView", "&New User…"),
                           QStringLiteral("list-add-user"), QStyle::SP_FileDialogNewFolder);
    m_newUser->setShortcut(QKeySequence::New);
    m_newUser->setToolTip(QCoreApplication::translate("keyledger::UsersView", "Create a user (Ctrl+N)"));
    m_editUser = makeAction("editUserAction", QCoreApplication::translate("keyledger::UsersView", "&Edit…"),
                            QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView);
    m_editUser->setToolTip(
        QCoreApplication::translate("keyledger::UsersView", "Edit the selected user (Enter)"));
    m_enableUser = makeSelectionAction(
        "enableUserAction", QCoreApplication::translate("keyledger::UsersView", "E&nable"),
        QStringLiteral("dialog-ok-apply"), QStyle::SP_DialogApplyButton, Action::Enable);
    m_enableUser->setToolTip(
        QCoreApplication::translate("keyledger::UsersView", "Enable the selected users"));
    m_disableUser = makeSelectionAction(
        "disableUserAction", QCoreApplication::translate("keyledger::UsersView", "&Disable"),
        QStringLiteral("system-lock-screen"), QStyle::SP_BrowserStop, Action::Disable);
    m_disableUser->setToolTip(QCoreApplication::translate(
        "keyledger::UsersView", "Disable the selected users: they can no longer sign in"));
    m_deleteUser = makeSelectionAction("deleteUserAction",
                                       QCoreApplication::translate("keyledger::UsersView", "De&lete"),
                                       QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, Action::Delete);
    m_deleteUser->setShortcut(QKeySequence::Delete);
    m_deleteUser->setToolTip(
        QCoreApplication::translate("keyledger::UsersView", "Delete the selected users (Delete)"));
    m_verifyEmail = makeSelectionAction(
        "verifyEmailAction", QCoreApplication::translate("keyledger::UsersView", "Mark E-mail &Verified"),
        QStringLiteral("mail-mark-read"), QStyle::SP_DialogYesButton, Action::VerifyEmail);
    m_verifyEmail->setToolTip(QCoreApplication::translate(
        "keyledger::UsersView", "Mark the e-mail address of the selected users as verified"));
    m_resetPassword = makeSelectionAction(
        "resetPasswordAction", QCoreApplication::translate("keyledger::UsersView", "Send &Password Reset"),
        QStringLiteral("mail-send"), QStyle::SP_MessageBoxInformation, Action::ResetPassword);
    m_resetPassword->setToolTip(QCoreApplication::translate(
        "keyledger::UsersView", "Send the selected users an e-mail to choose a new password"));
    m_findUser =
        makeAction("findUserAction", QCoreApplication::translate("keyledger::UsersView", "&Find User"),
                   QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView);
    m_findUser->setShortcut(QKeySequence::Find);
    m_changeRoles =
        makeAction("rolesUserAction", QCoreApplication::translate("keyledger::UsersView", "&Roles…"),
                   QStringLiteral("user-group-properties"), QStyle::SP_FileDialogListView);
    m_changeRoles->setToolTip(
        QCoreApplication::translate("keyledger::UsersView", "Add or remove roles of the selected users"));
    m_showDetails =
        makeAction("showDetailsAction", QCoreApplication::translate("keyledger::UsersView", "&Details Panel"),
                   QStringLiteral("view-split-left-right"), QStyle::SP_FileDialogInfoView);
    m_showDetails->setCheckable(true);
    m_showDetails->setShortcut(QKeySequence(Qt::Key_F9));
    m_showDetails->setToolTip(QCoreApplication::translate(
        "keyledger::UsersView", "Show or hide the selected user's details and history (F9)"));

    m_contextMenu = new QMenu(page);
    m_contextMenu->addActions({m_editUser, m_enableUser, m_disableUser, m_deleteUser, m_changeRoles});
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({m_verifyEmail, m_resetPassword});
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_newUser);
}

QAction* UserActionSet::makeAction(const char* objectName, const QString& text, const QString& themeIcon,
                                   int fallbackIcon)
{
    // Parented to and added on the page: its shortcuts work wherever the focus is in the page.
    auto* action = new QAction(text, m_page);
    action->setObjectName(QLatin1String(objectName));
    action->setIcon(
        QIcon::fromTheme(themeIcon, m_page->style()->standardIcon(QStyle::StandardPixmap(fallbackIcon))));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_page->addAction(action);
    return action;
}

QAction* UserActionSet::makeSelectionAction(const char* objectName, const QString& text,
                                            const QString& themeIcon, int fallbackIcon,
                                            UserActionsController::Action action)
{
    QAction* made = makeAction(objectName, text, themeIcon, fallbackIcon);
    connect(made, &QAction::triggered, this, [this, action] { Q_EMIT actionRequested(action); });
    return made;
}

QList<QAction*> UserActionSet::all() const
{
    return {m_newUser,     m_editUser,    m_enableUser,    m_disableUser, m_deleteUser,
            m_changeRoles, m_verifyEmail, m_resetPassword, m_findUser,    m_showDetails};
}

QToolBar* UserActionSet::createToolBar(QWidget* parent) const
{
    auto* toolBar = new QToolBar(QCoreApplication::translate("keyledger::UsersView", "User actions"), parent);
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
    return toolBar;
}

void UserActionSet::updateFor(const QList<UserListItem>& selection)
{
    const UserActionsController::Allowed allowed = UserActionsController::allowedFor(selection);
    m_editUser->setEnabled(allowed.edit);
    m_enableUser->setEnabled(allowed.enable);
    m_disableUser->setEnabled(allowed.disable);
    m_deleteUser->setEnabled(allowed.remove);
    m_verifyEmail->setEnabled(allowed.verifyEmail);
    m_resetPassword->setEnabled(allowed.resetPassword);
    m_changeRoles->setEnabled(!selection.isEmpty());
}

} // namespace keyledger
