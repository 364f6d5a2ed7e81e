#include "users/UserEditorDialog.h"

#include "commands/CommandContext.h"
#include "commands/UserCommandHandler.h"
#include "domain/UserAggregate.h"
#include "domain/UserRuleError.h"
#include "domain/UserValidator.h"
#include "store/StoreErrors.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace keyledger {

namespace {

QStringList splitRoles(const QString& text)
{
    QStringList roles;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString role = part.trimmed();
        if (!role.isEmpty() && !roles.contains(role))
            roles.append(role);
    }
    return roles;
}

QStringList sortedRoles(QStringList roles)
{
    roles.sort();
    return roles;
}

} // namespace

UserEditorDialog::UserEditorDialog(UserCommandHandler& users, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
{
    setWindowTitle(tr("New user"));
    build();
    validate();
}

UserEditorDialog::UserEditorDialog(UserCommandHandler& users, const UserDetail& user, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_original(user)
{
    setWindowTitle(tr("Edit %1").arg(user.username));
    build();
    fill(user);
    validate();
}

void UserEditorDialog::build()
{
    setObjectName(QStringLiteral("userEditorDialog"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QString labels[FieldCount] = {tr("&Username:"),  tr("&E-mail:"),       tr("&First name:"),
                                        tr("&Last name:"), tr("&Organisation:"), tr("&Roles:")};
    const char* names[FieldCount] = {"usernameEdit", "emailEdit",        "firstNameEdit",
                                     "lastNameEdit", "organizationEdit", "rolesEdit"};
    for (int field = 0; field < FieldCount; ++field) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(names[field]));
        edit->setMinimumWidth(320);
        auto* error = new QLabel(this);
        error->setObjectName(QLatin1String(names[field]) + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #c62828;"));
        error->hide();
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        if (field == Roles) {
            // The known roles (the realm's when a server is active) one click away.
            m_rolesButton = new QToolButton(this);
            m_rolesButton->setObjectName(QStringLiteral("chooseRolesButton"));
            m_rolesButton->setText(tr("Choose…"));
            m_rolesButton->setPopupMode(QToolButton::InstantPopup);
            m_rolesButton->setMenu(new QMenu(m_rolesButton));
            m_rolesButton->setEnabled(false);
            connect(m_rolesButton->menu(), &QMenu::aboutToShow, this, &UserEditorDialog::fillRolesMenu);
            auto* row = new QHBoxLayout;
            row->addWidget(edit, 1);
            row->addWidget(m_rolesButton);
            column->addLayout(row);
            m_rolesNote = new QLabel(this);
            m_rolesNote->setObjectName(QStringLiteral("rolesNote"));
            m_rolesNote->setWordWrap(true);
            m_rolesNote->setStyleSheet(QStringLiteral("color: #8a5a00;"));
            m_rolesNote->hide();
            column->addWidget(m_rolesNote);
        } else {
            column->addWidget(edit);
        }
        column->addWidget(error);
        form->addRow(labels[field], column);
        m_edits[field] = edit;
        m_errors[field] = error;
        connect(edit, &QLineEdit::textChanged, this, &UserEditorDialog::validate);
    }
    m_edits[Roles]->setPlaceholderText(tr("Comma-separated, e.g. admin, auditor"));
    m_edits[Email]->setPlaceholderText(tr("name@example.org"));

    if (isEditing()) {
        m_edits[Username]->setReadOnly(true);
        m_edits[Username]->setToolTip(tr("The username cannot be changed after creation."));
    } else {
        m_enabled = new QCheckBox(tr("E&nabled"), this);
        m_enabled->setObjectName(QStringLiteral("enabledCheck"));
        m_enabled->setChecked(true);
        m_emailVerified = new QCheckBox(tr("E-mail &verified"), this);
        m_emailVerified->setObjectName(QStringLiteral("emailVerifiedCheck"));
        form->addRow(QString(), m_enabled);
        form->addRow(QString(), m_emailVerified);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_reload = m_buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->hide();
    m_keep = m_buttons->addButton(tr("&Keep My Changes"), QDialogButtonBox::ResetRole);
    m_keep->setObjectName(QStringLiteral("keepChangesButton"));
    m_keep->setToolTip(tr("Apply your changes on top of the other person's version when you save"));
    m_keep->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &UserEditorDialog::reload);
    connect(m_keep, &QPushButton::clicked, this, &UserEditorDialog::keepMyChanges);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

void UserEditorDialog::setKnownOrganizations(const QStringList& organizations)
{
    auto* completer = new QCompleter(organizations, m_edits[Organization]);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_edits[Organization]->setCompleter(completer);
}

void UserEditorDialog::setKnownRoles(const QStringList& roles, const QString& note)
{
    m_knownRoles = roles;
    m_rolesButton->setEnabled(!roles.isEmpty());
    m_rolesButton->setToolTip(roles.isEmpty() ? tr("No roles known yet") : tr("Pick from the known roles"));
    m_rolesNote->setText(note);
    m_rolesNote->setVisible(!note.isEmpty());
}

void UserEditorDialog::fillRolesMenu()
{
    QMenu* menu = m_rolesButton->menu();
    menu->clear();
    const QStringList current = roles();
    for (const QString& role : std::as_const(m_knownRoles)) {
        QAction* action = menu->addAction(role);
        action->setCheckable(true);
        action->setChecked(current.contains(role));
        connect(action, &QAction::toggled, this, [this, role](bool on) {
            QStringList wanted = roles();
            if (on && !wanted.contains(role))
                wanted.append(role);
            else if (!on)
                wanted.removeAll(role);
            m_edits[Roles]->setText(wanted.join(QStringLiteral(", ")));
        });
    }
}

void UserEditorDialog::fill(const UserDetail& user)
{
    m_edits[Username]->setText(user.username);
    m_edits[Email]->setText(user.email);
    m_edits[FirstName]->setText(user.firstName);
    m_edits[LastName]->setText(user.lastName);
    m_edits[Organization]->setText(user.organizationId);
    m_edits[Roles]->setText(user.roles.join(QStringLiteral(", ")));
}

QStringList UserEditorDialog::roles() const
{
    return splitRoles(m_edits[Roles]->text());
}

UserEditorDialog::Field UserEditorDialog::fieldOf(const QString& name)
{
    if (name == QLatin1String("username"))
        return Username;
    if (name == QLatin1String("email"))
        return Email;
    if (name == QLatin1String("firstName"))
        return FirstName;
    if (name == QLatin1String("lastName"))
        return LastName;
    if (name == QLatin1String("organizationId"))
        return Organization;
    if (name == QLatin1String("roles"))
        return Roles;
    return FieldCount;
}

void UserEditorDialog::validate()
{
    QList<FieldError> errors;
    if (!isEditing())
        errors += UserValidator::checkUsername(UserValidator::normalizeUsername(m_edits[Username]->text()));
    errors += UserValidator::checkEmail(UserValidator::normalizeEmail(m_edits[Email]->text()));
    errors +=
        UserValidator::checkPersonName(QStringLiteral("firstName"), m_edits[FirstName]->text().trimmed());
    errors += UserValidator::checkPersonName(QStringLiteral("lastName"), m_edits[LastName]->text().trimmed());
    errors += UserValidator::checkOrganization(m_edits[Organization]->text().trimmed());
    errors += UserValidator::checkRoles(roles());
    // An empty username is not worth a red message before anything was typed.
    if (!isEditing() && m_edits[Username]->text().isEmpty() && errors.size() == 1 &&
        errors.first().field == QLatin1String("username")) {
        showFieldErrors({});
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    showFieldErrors(errors);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty());
}

bool UserEditorDialog::isSaveEnabled() const
{
    return m_buttons->button(QDialogButtonBox::Save)->isEnabled();
}

void UserEditorDialog::showFieldErrors(const QList<FieldError>& errors)
{
    QStringList messages[FieldCount + 1];
    for (const FieldError& error : errors)
        messages[fieldOf(error.field)].append(error.message);
    for (int field = 0; field < FieldCount; ++field) {
        m_errors[field]->setText(messages[field].join(QLatin1Char('\n')));
        m_errors[field]->setVisible(!messages[field].isEmpty());
    }
    if (!messages[FieldCount].isEmpty())
        showProblem(messages[FieldCount].join(QLatin1Char('\n')), false);
}

void UserEditorDialog::showProblem(const QString& message, bool offerReload)
{
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_reload->setVisible(offerReload);
    m_keep->setVisible(offerReload);
}

CommandResult UserEditorDialog::runCommands()
{
    const CommandContext context = CommandContext::localUser();
    if (!isEditing()) {
        CreateUser create;
        create.username = m_edits[Username]->text();
        create.email = m_edits[Email]->text();
        create.firstName = m_edits[FirstName]->text().trimmed();
        create.lastName = m_edits[LastName]->text().trimmed();
        create.organizationId = m_edits[Organization]->text().trimmed();
        create.roles = roles();
        create.enabled = m_enabled->isChecked();
        create.emailVerified = m_emailVerified->isChecked();
        return m_users.create(create, context);
    }

    UpdateUserProfile update;
    const QString email = UserValidator::normalizeEmail(m_edits[Email]->text());
    if (email != m_original.email)
        update.email = email;
    if (m_edits[FirstName]->text().trimmed() != m_original.firstName)
        update.firstName = m_edits[FirstName]->text().trimmed();
    if (m_edits[LastName]->text().trimmed() != m_original.lastName)
        update.lastName = m_edits[LastName]->text().trimmed();
    if (m_edits[Organization]->text().trimmed() != m_original.organizationId)
        update.organizationId = m_edits[Organization]->text().trimmed();
    ChangeUserRoles roleChange;
    const QStringList wanted = roles();
    for (const QString& role : wanted) {
        if (!m_original.roles.contains(role))
            roleChange.add.append(role);
    }
    for (const QString& role : std::as_const(m_original.roles)) {
        if (!wanted.contains(role))
            roleChange.remove.append(role);
    }

    CommandResult result;
    result.userId = m_original.id;
    result.version = m_original.version;
    // The profile first, with the version the dialog opened with: a concurrent change stops
    // everything before anything is written.
    const bool profileChanged = update.email || update.firstName || update.lastName || update.organizationId;
    const bool rolesChanged = !roleChange.add.isEmpty() || !roleChange.remove.isEmpty();
    if (profileChanged || rolesChanged) {
        if (profileChanged) {
            result = m_users.updateProfile(m_original.id, update, context, m_original.version);
        } else if (const qint64 current = m_users.load(m_original.id).version();
                   current != m_original.version) {
            throw ConcurrencyError(UserAggregate::streamIdFor(m_original.id),
                                   QString::number(m_original.version), current);
        }
        if (rolesChanged)
            result = m_users.changeRoles(m_original.id, roleChange, context);
    }
    return result;
}

void UserEditorDialog::save()
{
    validate();
    if (!isSaveEnabled())
        return;
    showProblem({}, false);
    try {
        const CommandResult result = runCommands();
        Q_EMIT saved(result);
        accept();
    } catch (const ValidationError& error) {
        showFieldErrors(error.errors());
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    } catch (const ConcurrencyError&) {
        showProblem(tr("Someone else changed this user since you opened it. Reload to see the current values "
                       "(your changes here are replaced), or keep your changes to apply them on top of the "
                       "current version."),
                    true);
    } catch (const UserRuleError& error) {
        showProblem(error.message(), false);
    } catch (const StorageError& error) {
        showProblem(tr("The ledger could not be written: %1").arg(error.message()), false);
    } catch (const KeyledgerError& error) {
        showProblem(error.message(), false);
    }
}

void UserEditorDialog::reload()
{
    catchUp(false);
}

void UserEditorDialog::keepMyChanges()
{
    catchUp(true);
}

void UserEditorDialog::catchUp(bool keepEdits)
{
    if (!isEditing())
        return;
    try {
        // The write side is the truth: the read models may not have reached the other change yet.
        const UserAggregate aggregate = m_users.load(m_original.id);
        const UserState& state = aggregate.state();
        if (state.deleted) {
            showProblem(tr("Someone else deleted this user."), false);
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            return;
        }
        UserDetail current = m_original;
        current.email = state.personal.email;
        current.firstName = state.personal.firstName;
        current.lastName = state.personal.lastName;
        current.organizationId = state.organizationId;
        current.roles = state.roles;
        current.enabled = state.enabled;
        current.emailVerified = state.emailVerified;
        current.version = aggregate.version();

        QStringList changed;
        if (current.email != m_original.email)
            changed.append(tr("e-mail: %1 → %2").arg(m_original.email, current.email));
        if (current.firstName != m_original.firstName)
            changed.append(tr("first name: %1 → %2").arg(m_original.firstName, current.firstName));
        if (current.lastName != m_original.lastName)
            changed.append(tr("last name: %1 → %2").arg(m_original.lastName, current.lastName));
        if (current.organizationId != m_original.organizationId)
            changed.append(
                tr("organisation: %1 → %2").arg(m_original.organizationId, current.organizationId));
        if (sortedRoles(current.roles) != sortedRoles(m_original.roles))
            changed.append(tr("roles: %1 → %2")
                               .arg(m_original.roles.join(QStringLiteral(", ")),
                                    current.roles.join(QStringLiteral(", "))));
        if (current.enabled != m_original.enabled)
            changed.append(current.enabled ? tr("enabled") : tr("disabled"));
        if (current.emailVerified != m_original.emailVerified)
            changed.append(current.emailVerified ? tr("e-mail verified") : tr("e-mail no longer verified"));

        if (keepEdits) {
            // Re-apply only what the admin changed: a field left as it was takes the new value,
            // and roles take the admin's additions and removals on top of the current set.
            const auto rebase = [this](Field field, const QString& before, const QString& now) {
                if (m_edits[field]->text().trimmed() == before)
                    m_edits[field]->setText(now);
            };
            rebase(Email, m_original.email, current.email);
            rebase(FirstName, m_original.firstName, current.firstName);
            rebase(LastName, m_original.lastName, current.lastName);
            rebase(Organization, m_original.organizationId, current.organizationId);
            const QStringList typed = roles();
            QStringList rebased = current.roles;
            for (const QString& role : typed)
                if (!m_original.roles.contains(role) && !rebased.contains(role))
                    rebased.append(role);
            for (const QString& role : std::as_const(m_original.roles))
                if (!typed.contains(role))
                    rebased.removeAll(role);
            m_edits[Roles]->setText(rebased.join(QStringLiteral(", ")));
            m_original = current;
            validate();
            showProblem(
                changed.isEmpty()
                    ? tr("Your changes are kept; Save applies them to the current version.")
                    : tr("Your changes are kept; Save applies them to the current version. Changed by "
                         "someone else meanwhile: %1.")
                          .arg(changed.join(QStringLiteral("; "))),
                false);
            m_problem->setStyleSheet(QString());
            return;
        }
        m_original = current;
        fill(current);
        validate();
        showProblem(
            changed.isEmpty()
                ? tr("Reloaded the current values.")
                : tr("Reloaded. Changed by someone else: %1.").arg(changed.join(QStringLiteral("; "))),
            false);
        m_problem->setStyleSheet(QString());
    } catch (const KeyledgerError& error) {
        showProblem(error.message(), false);
    }
}

} // namespace keyledger
