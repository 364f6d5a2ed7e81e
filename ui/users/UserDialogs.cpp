#include "users/UserDialogs.h"

#include "common/KeyledgerError.h"
#include "queries/CachedQueries.h"
#include "users/BulkRolesDialog.h"
#include "users/RealmRoles.h"
#include "users/UserEditorDialog.h"

#include <QCoreApplication>
#include <QWidget>

namespace keyledger {

// Strings moved here from UsersView keep its translation context ("keyledger::UsersView"), so
// the existing translations, English plural forms included, still apply.

UserDialogs::UserDialogs(UserCommandHandler& users, std::function<QStringList()> organizations,
                         QWidget* dialogParent)
    : QObject(dialogParent)
    , m_users(users)
    , m_organizations(std::move(organizations))
    , m_dialogParent(dialogParent)
{}

void UserDialogs::setRealmRoles(RealmRoles* roles)
{
    m_realmRoles = roles;
    if (m_realmRoles)
        m_realmRoles->request();
}

void UserDialogs::learnRoles(const QStringList& roles)
{
    for (const QString& role : roles)
        m_localRoles.insert(role);
}

QStringList UserDialogs::roleChoices() const
{
    QStringList local(m_localRoles.cbegin(), m_localRoles.cend());
    local.sort(Qt::CaseInsensitive);
    if (m_realmRoles)
        m_realmRoles->request(); // once per session; a failure falls back to the local roles
    return m_realmRoles ? m_realmRoles->choices(local) : local;
}

QString UserDialogs::roleNote() const
{
    return m_realmRoles ? m_realmRoles->note() : QString();
}

void UserDialogs::openNew()
{
    auto* dialog = new UserEditorDialog(m_users, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownOrganizations(m_organizations());
    dialog->setKnownRoles(roleChoices(), roleNote());
    connect(dialog, &UserEditorDialog::saved, this, &UserDialogs::created);
    dialog->open();
}

void UserDialogs::openEdit(const UserListItem& user, CachedQueries& queries)
{
    std::optional<UserDetail> detail;
    try {
        detail = queries.detail(user.id);
    } catch (const KeyledgerError& error) {
        Q_EMIT failed(error.message());
        return;
    }
    if (!detail || detail->deleted) {
        Q_EMIT failed(QCoreApplication::translate("keyledger::UsersView", "User %1 no longer exists.")
                          .arg(user.username));
        return;
    }
    auto* dialog = new UserEditorDialog(m_users, *detail, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownOrganizations(m_organizations());
    dialog->setKnownRoles(roleChoices(), roleNote());
    connect(dialog, &UserEditorDialog::saved, this, &UserDialogs::edited);
    dialog->open();
}

void UserDialogs::openRoles(const QList<UserListItem>& users)
{
    auto* dialog = new BulkRolesDialog(users, roleChoices(), roleNote(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, users] { Q_EMIT rolesChosen(users, dialog->change()); });
    dialog->open();
}

} // namespace keyledger
