#include "users/BulkRolesDialog.h"

#include "domain/UserValidator.h"
#include "users/UserActionsController.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace keyledger {

BulkRolesDialog::BulkRolesDialog(const QList<UserListItem>& users, const QStringList& knownRoles,
                                 const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_newRole(new QLineEdit(this))
    , m_newRoleError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bulkRolesDialog"));
    setWindowTitle(tr("Roles of %n user(s)", nullptr, int(users.size())));

    auto* heading = new QLabel(tr("Change the roles of %n user(s): %1", nullptr, int(users.size()))
                                   .arg(UserActionsController::usernameList(users)),
                               this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    auto* help = new QLabel(tr("Checked: every user gets the role. Unchecked: every user loses it. "
                               "Partly checked: left as it is."),
                            this);
    help->setWordWrap(true);
    auto* noteLabel = new QLabel(note, this);
    noteLabel->setObjectName(QStringLiteral("rolesNote"));
    noteLabel->setWordWrap(true);
    noteLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    noteLabel->setVisible(!note.isEmpty());

    m_list->setObjectName(QStringLiteral("rolesList"));
    QHash<QString, int> holders;
    for (const UserListItem& user : users) {
        for (const QString& role : user.roles)
            ++holders[role];
    }
    QSet<QString> roles(knownRoles.cbegin(), knownRoles.cend());
    for (auto it = holders.cbegin(); it != holders.cend(); ++it)
        roles.insert(it.key());
    QStringList sorted(roles.cbegin(), roles.cend());
    sorted.sort(Qt::CaseInsensitive);
    for (const QString& role : std::as_const(sorted)) {
        const int count = holders.value(role);
        const Qt::CheckState state = count == 0              ? Qt::Unchecked
                                     : count == users.size() ? Qt::Checked
                                                             : Qt::PartiallyChecked;
        m_initial.insert(role, state);
        addRole(role, state);
    }

    m_newRole->setObjectName(QStringLiteral("newRoleEdit"));
    m_newRole->setPlaceholderText(tr("Another role…"));
    auto* add = new QPushButton(tr("&Add"), this);
    connect(add, &QPushButton::clicked, this, &BulkRolesDialog::addTypedRole);
    connect(m_newRole, &QLineEdit::returnPressed, this, &BulkRolesDialog::addTypedRole);
    m_newRoleError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_newRoleError->setWordWrap(true);
    m_newRoleError->hide();
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newRole, 1);
    addRow->addWidget(add);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &BulkRolesDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(help);
    layout->addWidget(noteLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_newRoleError);
    layout->addWidget(m_buttons);
    resize(420, 420);
    updateButtons();
}

QListWidgetItem* BulkRolesDialog::addRole(const QString& role, Qt::CheckState state)
{
    auto* item = new QListWidgetItem(role);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable |
                   (state == Qt::PartiallyChecked ? Qt::ItemIsUserTristate : Qt::NoItemFlags));
    item->setCheckState(state);
    m_list->addItem(item);
    return item;
}

void BulkRolesDialog::addTypedRole()
{
    const QString role = m_newRole->text().trimmed();
    if (role.isEmpty())
        return;
    const QList<FieldError> errors = UserValidator::checkRoles({role});
    m_newRoleError->setVisible(!errors.isEmpty());
    if (!errors.isEmpty()) {
        m_newRoleError->setText(errors.first().message);
        return;
    }
    setRoleState(role, Qt::Checked);
    m_newRole->clear();
}

void BulkRolesDialog::setRoleState(const QString& role, Qt::CheckState state)
{
    const QList<QListWidgetItem*> found = m_list->findItems(role, Qt::MatchExactly);
    QListWidgetItem* item = found.isEmpty() ? addRole(role, Qt::Unchecked) : found.first();
    if (!m_initial.contains(role))
        m_initial.insert(role, Qt::Unchecked);
    item->setCheckState(state);
    m_list->scrollToItem(item);
    updateButtons();
}

QStringList BulkRolesDialog::listedRoles() const
{
    QStringList roles;
    for (int row = 0; row < m_list->count(); ++row)
        roles.append(m_list->item(row)->text());
    return roles;
}

ChangeUserRoles BulkRolesDialog::change() const
{
    ChangeUserRoles change;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        const Qt::CheckState state = item->checkState();
        if (state == m_initial.value(item->text()) || state == Qt::PartiallyChecked)
            continue;
        (state == Qt::Checked ? change.add : change.remove).append(item->text());
    }
    return change;
}

void BulkRolesDialog::updateButtons()
{
    const ChangeUserRoles wanted = change();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!wanted.add.isEmpty() || !wanted.remove.isEmpty());
}

} // namespace keyledger
