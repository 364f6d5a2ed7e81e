#pragma once

#include "domain/UserEvents.h"

#include <QList>
#include <QString>

namespace keyledger {

// What a command decided: the events to append, or none with the reason (e.g. "already
// enabled"), which is an answer, not an error.
struct UserDecision
{
    QList<UserEvent> events;
    QString noChangeReason;
};

} // namespace keyledger
