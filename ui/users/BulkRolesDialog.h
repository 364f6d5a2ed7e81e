#pragma once

#include "domain/UserCommands.h"
#include "queries/UserListItem.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace keyledger {

// Adds and removes roles on several users at once. Each role is a tri-state box: checked = every
// selected user gets it, unchecked = none keeps it, partly checked (only when some users have it)
// = left as it is. The choices are the realm's roles when known, else the roles used locally.
class BulkRolesDialog : public QDialog
{
    Q_OBJECT

public:
    BulkRolesDialog(const QList<UserListItem>& users, const QStringList& knownRoles, const QString& note,
                    QWidget* parent = nullptr);

    // The roles to add to and to remove from every selected user.
    ChangeUserRoles change() const;
    // For tests and keyboard users: sets one role's box (adds the role if it is not listed).
    void setRoleState(const QString& role, Qt::CheckState state);
    QStringList listedRoles() const;

private:
    QListWidgetItem* addRole(const QString& role, Qt::CheckState state);
    void addTypedRole();
    void updateButtons();

    QListWidget* m_list;
    QLineEdit* m_newRole;
    QLabel* m_newRoleError;
    QDialogButtonBox* m_buttons;
    QHash<QString, Qt::CheckState> m_initial;
};

} // namespace keyledger
