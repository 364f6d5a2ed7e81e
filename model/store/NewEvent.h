#pragma once

#include "store/EventMetadata.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace keyledger {

// An event not yet stored. The caller chooses the event id so that a retried append is
// recognised ("already appended") instead of stored twice.
struct NewEvent
{
    QUuid eventId;
    QString type;
    int schemaVersion = 1;
    QJsonObject data;
    EventMetadata metadata;
    bool needsDelivery = false; // write an outbox row: Keycloak must hear about it
};

} // namespace keyledger
