#pragma once

#include "commands/CommandResult.h"
#include "domain/UserCommands.h"
#include "queries/UserListItem.h"
#include "users/BulkActionJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace keyledger {

class ProjectionRunner;
class StoreNotifier;
class UserCommandHandler;

// Runs the list's commands on the selected users (one command per user, confirmed first when
// it disables, deletes or touches several users), then waits without blocking until the
// projection has reached the last command's position and says so: the list refreshes then.
// Enable, disable, delete and roles go through BulkActionJob (a thread of their own for many
// users, with a progress dialog) and end with a summary of what changed and what did not.
class UserActionsController : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Enable,
        Disable,
        Delete,
        VerifyEmail,
        ResetPassword,
    };
    // What the selection allows, by the chapter's permissions: for one user, what it allows; for
    // several, an action any of them allows (the others are reported as left unchanged).
    struct Allowed
    {
        bool edit = false;
        bool enable = false;
        bool disable = false;
        bool remove = false;
        bool verifyEmail = false;
        bool resetPassword = false;
    };
    // Asks the question and calls answer(true) to go on or answer(false) to cancel, now or
    // later. The default shows a window-modal message box on dialogParent.
    using Confirm = std::function<void(const QString& question, const QString& details,
                                       const QString& acceptLabel, std::function<void(bool)> answer)>;

    UserActionsController(UserCommandHandler& users, ProjectionRunner& projections, QWidget* dialogParent,
                          QObject* parent = nullptr);

    static Allowed allowedFor(const QList<UserListItem>& users);
    // "alice, bob, … and 3 more": the first ten usernames.
    static QString usernameList(const QList<UserListItem>& users);

    void setConfirm(Confirm confirm);
    void run(Action action, const QList<UserListItem>& users);
    // Adds and removes roles on every user (confirmed first when several).
    void runRoles(const QList<UserListItem>& users, const ChangeUserRoles& change);
    // Where a bulk job's thread opens the ledger; without it every bulk action runs on this thread.
    void setLedger(const QString& ledgerPath, StoreNotifier* notifier);
    bool isBulkRunning() const { return m_bulk != nullptr; }
    // Waits for a command run elsewhere (the editor) to be projected.
    void track(const CommandResult& result, const QString& waitingText);
    bool isWaiting() const { return m_waitFor > 0; }

Q_SIGNALS:
    // "Saving…"/"Updating…" while a command is not yet visible in the list; empty when it is.
    void waitingChanged(const QString& waitingText);
    // The read models have reached every tracked command: time to refresh.
    void caughtUp();
    void failed(const QString& message);
    void statusMessage(const QString& message);
    // What a bulk action did; problems: some users were left unchanged or refused.
    void bulkFinished(const QString& summary, bool problems);

private:
    void execute(Action action, const QList<UserListItem>& users);
    void startBulk(BulkActionJob::Action action, const QList<UserListItem>& users,
                   const ChangeUserRoles& change = {});
    void finishBulk(BulkActionJob::Action action, const BulkOutcome& outcome);
    void confirmThen(const QString& question, const QList<UserListItem>& users, const QString& acceptLabel,
                     std::function<void()> go);
    void onProjected(qint64 position);
    void defaultConfirm(const QString& question, const QString& details, const QString& acceptLabel,
                        const std::function<void(bool)>& answer);

    UserCommandHandler& m_users;
    ProjectionRunner& m_projections;
    QWidget* m_dialogParent;
    Confirm m_confirm;
    qint64 m_waitFor = 0;
    QString m_ledgerPath;
    StoreNotifier* m_notifier = nullptr;
    QPointer<BulkActionJob> m_bulk;
};

} // namespace keyledger
