#pragma once

#include "commands/CommandResult.h"
#include "queries/UserListItem.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace keyledger {

class ProjectionRunner;
class UserCommandHandler;

// Runs the list's commands on the selected users (one command per user, confirmed first when
// it disables, deletes or touches several users), then waits without blocking until the
// projection has reached the last command's position and says so: the list refreshes then.
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
    // What the selection allows, by the chapter's permissions (every selected user must allow it).
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

private:
    void execute(Action action, const QList<UserListItem>& users);
    void onProjected(qint64 position);
    void defaultConfirm(const QString& question, const QString& details, const QString& acceptLabel,
                        const std::function<void(bool)>& answer);

    UserCommandHandler& m_users;
    ProjectionRunner& m_projections;
    QWidget* m_dialogParent;
    Confirm m_confirm;
    qint64 m_waitFor = 0;
};

} // namespace keyledger
