#pragma once

#include "domain/UserCommands.h"
#include "queries/UserListItem.h"
#include "users/BulkOutcome.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>

class QThread;

namespace keyledger {

class StoreNotifier;
class UserCommandHandler;

// Applies one action (enable, disable, delete, roles) to every selected user, one command (one
// transaction) per user, and collects what changed, what was already so and what was refused.
// A few users run at once on the UI thread's handler; more run on a thread of their own with
// their own store connection, reporting progress, so that the window never freezes.
class BulkActionJob : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Enable,
        Disable,
        Delete,
        Roles,
    };
    // Up to this many users run on the calling thread.
    static constexpr int InlineLimit = 10;

    struct Target
    {
        UserCommandHandler& users; // the calling thread's handler
        QString ledgerPath;        // what the worker thread opens
        StoreNotifier* notifier = nullptr;
    };

    BulkActionJob(Target target, Action action, QList<UserListItem> users, ChangeUserRoles roles = {},
                  QObject* parent = nullptr);
    // Cancels and waits for the thread.
    ~BulkActionJob() override;

    // finished() is always emitted from the event loop, never inside start().
    void start();
    bool runsOnThread() const { return m_users.size() > InlineLimit; }
    bool isRunning() const { return m_running; }
    const BulkOutcome& outcome() const { return m_outcome; }
    Action action() const { return m_action; }

    // The commands themselves; progress(done) returns false to stop. Users whose permissions
    // say the action cannot apply are reported without sending a command.
    static BulkOutcome apply(UserCommandHandler& handler, Action action, const QList<UserListItem>& users,
                             const ChangeUserRoles& roles,
                             const std::function<bool(int done)>& progress = {});
    // "Disabled 2 users. 1 already disabled: user05." and the refusals, for the admin.
    static QString summary(Action action, const BulkOutcome& outcome);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const keyledger::BulkOutcome& outcome);

private:
    Target m_target;
    Action m_action;
    QList<UserListItem> m_users;
    ChangeUserRoles m_roles;
    QThread* m_thread = nullptr;
    QAtomicInt m_cancelled;
    BulkOutcome m_outcome;
    bool m_running = false;
};

} // namespace keyledger
