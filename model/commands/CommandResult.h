#pragma once

#include <QString>
#include <QUuid>

namespace keyledger {

// The answer to an accepted command. position is the global position of its last event (or
// the store's last position when nothing was appended): wait for the read side to reach it.
struct CommandResult
{
    QUuid userId;
    qint64 position = 0;
    qint64 version = 0; // the user's stream version afterwards
    int appendedEvents = 0;
    QString noChangeReason; // set when the command was valid but changed nothing
};

} // namespace keyledger
