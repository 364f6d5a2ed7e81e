#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>

class QAction;
class QWidget;

namespace keyledger {

class EraseUserJob;
class UserCommandHandler;

// Users > Erase Personal Data…: the right to be forgotten for the current user, behind a strong
// confirmation (the admin types the username), run on a worker thread.
class EraseUserAction : public QObject
{
    Q_OBJECT

public:
    EraseUserAction(QString ledgerPath, UserCommandHandler& users, QWidget* window);

    QAction* action() const { return m_action; }
    // The user the action applies to (the Users page's current one); null: none.
    void setUser(const QUuid& userId);
    // Whether the typed confirmation matches the username (trimmed, exact).
    static bool confirms(const QString& typed, const QString& username);

Q_SIGNALS:
    void erased(const QUuid& userId);
    void statusMessage(const QString& message, int timeoutMs);

private:
    void trigger();

    QString m_ledgerPath;
    UserCommandHandler& m_users;
    QWidget* m_window;
    QAction* m_action;
    QUuid m_userId;
    QPointer<EraseUserJob> m_job;
};

} // namespace keyledger
