#pragma once

#include "commands/CommandResult.h"
#include "domain/UserCommands.h"
#include "queries/UserListItem.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class QWidget;

namespace keyledger {

class CachedQueries;
class RealmRoles;
class UserCommandHandler;

// Opens the Users page's dialogs, window-modal and deleted when closed: the editor for a new or
// an existing user and the roles of several users. They offer the organisations the page knows
// and the realm's roles when a server is active, else the roles seen in the list.
class UserDialogs : public QObject
{
    Q_OBJECT

public:
    // organizations: the organisations known now (asked each time a dialog opens).
    UserDialogs(UserCommandHandler& users, std::function<QStringList()> organizations, QWidget* dialogParent);

    // Where the role choices come from (nullptr: only the roles seen in the list). Asks the realm
    // for its roles once per session.
    void setRealmRoles(RealmRoles* roles);
    // Roles seen in the list's rows, offered when the realm's are not known.
    void learnRoles(const QStringList& roles);

    void openNew();
    // Reads the user's current version first: failed() when it cannot be read or is gone.
    void openEdit(const UserListItem& user, CachedQueries& queries);
    void openRoles(const QList<UserListItem>& users);

Q_SIGNALS:
    void created(const keyledger::CommandResult& result);
    void edited(const keyledger::CommandResult& result);
    // The roles dialog was accepted: the change to apply to every one of the users.
    void rolesChosen(const QList<keyledger::UserListItem>& users, const keyledger::ChangeUserRoles& change);
    void failed(const QString& message);

private:
    QStringList roleChoices() const;
    QString roleNote() const;

    UserCommandHandler& m_users;
    std::function<QStringList()> m_organizations;
    QWidget* m_dialogParent;
    RealmRoles* m_realmRoles = nullptr;
    QSet<QString> m_localRoles;
};

} // namespace keyledger
