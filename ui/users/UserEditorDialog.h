#pragma once

#include "commands/CommandResult.h"
#include "domain/ValidationError.h"
#include "queries/UserDetail.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace keyledger {

class UserCommandHandler;

// Creates a user, or edits one's profile and roles. Each field is checked as it is typed with
// the model's own rules (UserValidator), the message shown under the field, and Save stays
// disabled while anything is invalid. Saving runs the command itself; an edit carries the
// version the dialog opened with, so that a change made meanwhile by someone else is reported
// (with what changed) and can be reloaded instead of being overwritten.
class UserEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // A new user.
    explicit UserEditorDialog(UserCommandHandler& users, QWidget* parent = nullptr);
    // An existing user, as the read side showed it (version included).
    UserEditorDialog(UserCommandHandler& users, const UserDetail& user, QWidget* parent = nullptr);

    bool isEditing() const { return !m_original.id.isNull(); }
    // Offered as completions of the organisation field.
    void setKnownOrganizations(const QStringList& organizations);
    // Offered by the roles field's "Choose…" menu; note says where they come from (empty for
    // the realm's own roles).
    void setKnownRoles(const QStringList& roles, const QString& note = {});
    bool isSaveEnabled() const;

public Q_SLOTS:
    void save();
    // Refills the fields with the user's current values, read from the ledger.
    void reload();
    // After a conflict: move onto the current version but keep what the admin typed, so that
    // Save re-applies the edit there.
    void keepMyChanges();

Q_SIGNALS:
    // The command was accepted: the list shows it once the projection reaches result.position.
    void saved(const keyledger::CommandResult& result);

private:
    enum Field
    {
        Username,
        Email,
        FirstName,
        LastName,
        Organization,
        Roles,
        FieldCount
    };
    void build();
    void fill(const UserDetail& user);
    void validate();
    void showFieldErrors(const QList<FieldError>& errors);
    void showProblem(const QString& message, bool offerReload);
    // Moves onto the current version; keepEdits leaves the fields as the admin typed them.
    void catchUp(bool keepEdits);
    CommandResult runCommands();
    QStringList roles() const;
    void fillRolesMenu();
    static Field fieldOf(const QString& name);

    UserCommandHandler& m_users;
    UserDetail m_original;
    QLineEdit* m_edits[FieldCount] = {};
    QLabel* m_errors[FieldCount] = {};
    QCheckBox* m_enabled = nullptr;
    QCheckBox* m_emailVerified = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_keep = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QToolButton* m_rolesButton = nullptr;
    QLabel* m_rolesNote = nullptr;
    QStringList m_knownRoles;
};

} // namespace keyledger
