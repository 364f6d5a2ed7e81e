#pragma once

#include "domain/UserEvents.h"

#include <QList>
#include <QUuid>

namespace keyledger {

struct RecordedEvent;

// A recorded event of a user's stream, decoded once for every read model that reads it as a
// UserEvent (the detail and the list both do): the event as stored and its local equivalents
// (ImportedEvents), one for a local event, possibly several for a Keycloak-side one.
struct DecodedUserEvent
{
    qint64 position = 0; // with the event id: which recorded event this is
    QUuid eventId;
    QUuid userId; // null: not a user event (or not of a type the codec knows)
    UserEvent stored;
    QList<UserEvent> parts; // empty: nothing the read models apply
    bool imported = false;

    bool isUserEvent() const { return !userId.isNull(); }
    static DecodedUserEvent decode(const RecordedEvent& event);
};

} // namespace keyledger
