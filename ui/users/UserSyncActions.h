#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace keyledger {

class EventStore;
class UserCommandHandler;

// The admin's decisions about one user's refused change, as the Sync page offers them, for the
// user's detail panel: find the refused head of the user's outbox queue, retry it or discard it.
class UserSyncActions
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::UserSyncActions)

public:
    struct Refused
    {
        qint64 position = 0;
        QString eventType;
        QString operation; // the operation Keycloak refused ("create", "update"...); may be empty
        QString error;
    };

    // store must be a SqliteEventStore (the outbox lives in its file); other stores find nothing.
    UserSyncActions(EventStore& store, UserCommandHandler& users);

    // The refused change at the head of the user's queue; std::nullopt when nothing is refused.
    std::optional<Refused> refusedHead(const QUuid& userId);
    // Both throw KeyledgerError when the ledger refuses.
    qint64 retry(const QUuid& userId, const Refused& refused);
    qint64 discard(const QUuid& userId, const Refused& refused);

    // The Sync page's question, word for word (its translation too).
    static QString discardQuestion(const Refused& refused, const QString& username);
    static QString discardTitle();

private:
    EventStore& m_store;
    UserCommandHandler& m_users;
};

} // namespace keyledger
