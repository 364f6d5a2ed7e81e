#pragma once

#include <QUuid>

namespace keyledger {
class UserCommandHandler;
}

namespace keyledger::bench {

// Gives one new user a history of exactly `events` events through the command handler:
// UserCreated, then a repeating cycle of profile update (e-mail, names, organisation),
// disable, role change (add or remove) and enable. One command, one event, one transaction.
class UserHistoryWriter
{
public:
    UserHistoryWriter(UserCommandHandler& handler, quint64 personIndex);
    QUuid write(qint64 events);

private:
    void step(const QUuid& userId, qint64 version);

    UserCommandHandler& m_handler;
    quint64 m_personIndex;
};

} // namespace keyledger::bench
