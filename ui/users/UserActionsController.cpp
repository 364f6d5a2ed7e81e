#include "users/UserActionsController.h"

#include "commands/CommandContext.h"
#include "commands/UserCommandHandler.h"
#include "common/KeyledgerError.h"
#include "projections/ProjectionRunner.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStringList>

namespace keyledger {

namespace {

constexpr int listedUsernames = 10;

} // namespace

UserActionsController::UserActionsController(UserCommandHandler& users, ProjectionRunner& projections,
                                             QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_users(users)
    , m_projections(projections)
    , m_dialogParent(dialogParent)
{
    connect(&m_projections, &ProjectionRunner::projected, this, &UserActionsController::onProjected);
}

UserActionsController::Allowed UserActionsController::allowedFor(const QList<UserListItem>& users)
{
    if (users.isEmpty())
        return {};
    if (users.size() == 1) {
        const UserListItem& user = users.first();
        return {user.canEdit,
                user.canEnable,
                user.canDisable,
                user.canDelete,
                !user.emailVerified && !user.email.isEmpty(),
                user.enabled && !user.email.isEmpty()};
    }
    // Several users: a bulk action is offered when it changes at least one of them; the summary
    // names the others. Verify and reset keep the all-or-nothing rule (no summary for them).
    Allowed allowed{false, false, false, false, true, true};
    for (const UserListItem& user : users) {
        allowed.enable = allowed.enable || user.canEnable;
        allowed.disable = allowed.disable || user.canDisable;
        allowed.remove = allowed.remove || user.canDelete;
        allowed.verifyEmail = allowed.verifyEmail && !user.emailVerified && !user.email.isEmpty();
        allowed.resetPassword = allowed.resetPassword && user.enabled && !user.email.isEmpty();
    }
    return allowed;
}

QString UserActionsController::usernameList(const QList<UserListItem>& users)
{
    QStringList names;
    for (int i = 0; i < users.size() && i < listedUsernames; ++i)
        names.append(users.at(i).username);
    QString list = names.join(QStringLiteral(", "));
    if (users.size() > listedUsernames)
        list = tr("%1 and %n more", nullptr, int(users.size()) - listedUsernames).arg(list);
    return list;
}

void UserActionsController::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void UserActionsController::run(Action action, const QList<UserListItem>& users)
{
    if (users.isEmpty())
        return;
    const int n = int(users.size());
    QString question;
    QString acceptLabel;
    switch (action) {
    case Action::Disable:
        question = tr("Disable %n user(s)? They will not be able to sign in.", nullptr, n);
        acceptLabel = tr("Disable");
        break;
    case Action::Delete:
        question = tr("Delete %n user(s)? This cannot be undone.", nullptr, n);
        acceptLabel = tr("Delete");
        break;
    case Action::Enable:
        question = n > 1 ? tr("Enable %n user(s)?", nullptr, n) : QString();
        acceptLabel = tr("Enable");
        break;
    case Action::VerifyEmail:
        question = n > 1 ? tr("Mark the e-mail address of %n user(s) as verified?", nullptr, n) : QString();
        acceptLabel = tr("Mark verified");
        break;
    case Action::ResetPassword:
        question = tr("Send a password-reset e-mail to %n user(s)?", nullptr, n);
        acceptLabel = tr("Send");
        break;
    }
    confirmThen(question, users, acceptLabel, [this, action, users] { execute(action, users); });
}

void UserActionsController::runRoles(const QList<UserListItem>& users, const ChangeUserRoles& change)
{
    if (users.isEmpty() || (change.add.isEmpty() && change.remove.isEmpty()))
        return;
    const int n = int(users.size());
    QStringList parts;
    if (!change.add.isEmpty())
        parts.append(tr("add %1").arg(change.add.join(QStringLiteral(", "))));
    if (!change.remove.isEmpty())
        parts.append(tr("remove %1").arg(change.remove.join(QStringLiteral(", "))));
    const QString question =
        n > 1 ? tr("Change the roles of %n user(s): %1?", nullptr, n).arg(parts.join(QStringLiteral("; ")))
              : QString();
    confirmThen(question, users, tr("Change roles"),
                [this, users, change] { startBulk(BulkActionJob::Action::Roles, users, change); });
}

void UserActionsController::confirmThen(const QString& question, const QList<UserListItem>& users,
                                        const QString& acceptLabel, std::function<void()> go)
{
    if (question.isEmpty()) {
        go();
        return;
    }
    auto answer = [go = std::move(go)](bool accepted) {
        if (accepted)
            go();
    };
    if (m_confirm)
        m_confirm(question, usernameList(users), acceptLabel, answer);
    else
        defaultConfirm(question, usernameList(users), acceptLabel, answer);
}

void UserActionsController::setLedger(const QString& ledgerPath, StoreNotifier* notifier)
{
    m_ledgerPath = ledgerPath;
    m_notifier = notifier;
}

void UserActionsController::startBulk(BulkActionJob::Action action, const QList<UserListItem>& users,
                                      const ChangeUserRoles& change)
{
    if (m_bulk) {
        Q_EMIT failed(tr("Another bulk action is still running."));
        return;
    }
    // A few users (or no ledger path for a connection of its own): at once, on this thread.
    if (users.size() <= BulkActionJob::InlineLimit || m_ledgerPath.isEmpty()) {
        finishBulk(action, BulkActionJob::apply(m_users, action, users, change));
        return;
    }
    const QList<UserListItem>& targets = users;
    m_bulk = new BulkActionJob(BulkActionJob::Target{m_users, m_ledgerPath, m_notifier}, action, targets,
                               change, this);
    QProgressDialog* progress = nullptr;
    if (m_bulk->runsOnThread()) {
        progress = new QProgressDialog(tr("Applying to %n user(s)…", nullptr, int(targets.size())),
                                       tr("Stop"), 0, int(targets.size()), m_dialogParent);
        progress->setObjectName(QStringLiteral("bulkProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        connect(m_bulk, &BulkActionJob::progress, progress, &QProgressDialog::setValue);
        connect(progress, &QProgressDialog::canceled, m_bulk, &BulkActionJob::cancel);
        Q_EMIT waitingChanged(tr("Applying…"));
    }
    connect(m_bulk, &BulkActionJob::finished, this, [this, action, progress](const BulkOutcome& outcome) {
        if (progress)
            progress->deleteLater();
        m_bulk->deleteLater();
        m_bulk = nullptr;
        Q_EMIT waitingChanged({});
        finishBulk(action, outcome);
    });
    m_bulk->start();
}

void UserActionsController::defaultConfirm(const QString& question, const QString& details,
                                           const QString& acceptLabel,
                                           const std::function<void(bool)>& answer)
{
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Confirm"), question, QMessageBox::Cancel, m_dialogParent);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this,
            [box, accept, answer] { answer(box->clickedButton() == accept); });
    box->open();
}

void UserActionsController::finishBulk(BulkActionJob::Action action, const BulkOutcome& outcome)
{
    const QString summary = BulkActionJob::summary(action, outcome);
    Q_EMIT statusMessage(summary.section(QLatin1Char('\n'), 0, 0));
    Q_EMIT bulkFinished(summary,
                        !outcome.unchanged.isEmpty() || !outcome.refused.isEmpty() || outcome.cancelled);
    if (outcome.lastPosition > 0)
        track(CommandResult{{}, outcome.lastPosition, 0, 0, {}}, tr("Updating…"));
}

void UserActionsController::execute(Action action, const QList<UserListItem>& users)
{
    switch (action) {
    case Action::Enable:
        startBulk(BulkActionJob::Action::Enable, users);
        return;
    case Action::Disable:
        startBulk(BulkActionJob::Action::Disable, users);
        return;
    case Action::Delete:
        startBulk(BulkActionJob::Action::Delete, users);
        return;
    case Action::VerifyEmail:
    case Action::ResetPassword:
        break;
    }
    const CommandContext context = CommandContext::localUser();
    QStringList failures;
    CommandResult last;
    int done = 0;
    for (const UserListItem& user : users) {
        try {
            CommandResult result;
            switch (action) {
            case Action::Enable:
                result = m_users.enable(user.id, context);
                break;
            case Action::Disable:
                result = m_users.disable(user.id, context);
                break;
            case Action::Delete:
                result = m_users.remove(user.id, context);
                break;
            case Action::VerifyEmail:
                result = m_users.markEmailVerified(user.id, context);
                break;
            case Action::ResetPassword:
                result = m_users.requestPasswordReset(user.id, context);
                break;
            }
            if (result.position > last.position)
                last = result;
            ++done;
        } catch (const KeyledgerError& error) {
            failures.append(tr("%1: %2").arg(user.username, error.message()));
        }
    }
    if (done > 0) {
        QString message;
        switch (action) {
        case Action::Enable:
            message = tr("Enabled %n user(s).", nullptr, done);
            break;
        case Action::Disable:
            message = tr("Disabled %n user(s).", nullptr, done);
            break;
        case Action::Delete:
            message = tr("Deleted %n user(s).", nullptr, done);
            break;
        case Action::VerifyEmail:
            message = tr("Marked the e-mail of %n user(s) as verified.", nullptr, done);
            break;
        case Action::ResetPassword:
            message =
                tr("A password-reset e-mail to %n user(s) will be sent by the next sync.", nullptr, done);
            break;
        }
        Q_EMIT statusMessage(message);
        track(last, tr("Updating…"));
    }
    if (!failures.isEmpty()) {
        const int shown = 10;
        QStringList lines = failures.mid(0, shown);
        if (failures.size() > shown)
            lines.append(tr("… and %n more", nullptr, int(failures.size()) - shown));
        Q_EMIT failed(
            tr("%n of %1 user(s) could not be changed:", nullptr, int(failures.size())).arg(users.size()) +
            QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
}

void UserActionsController::track(const CommandResult& result, const QString& waitingText)
{
    if (result.position <= 0)
        return;
    m_waitFor = std::max(m_waitFor, result.position);
    Q_EMIT waitingChanged(waitingText);
    // Already there (a fast projection, or nothing appended): report it from the event loop,
    // like a projected signal, so callers see the same order either way.
    const qint64 now = m_projections.projectedPosition();
    QMetaObject::invokeMethod(
        this, [this, now] { onProjected(now); }, Qt::QueuedConnection);
}

void UserActionsController::onProjected(qint64 position)
{
    if (m_waitFor <= 0 || position < m_waitFor)
        return;
    m_waitFor = 0;
    Q_EMIT waitingChanged({});
    Q_EMIT caughtUp();
}

} // namespace keyledger
