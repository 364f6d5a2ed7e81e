#pragma once

#include "store/EventMetadata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace keyledger {

// An event as read back: data already upcast to the current shape of its type.
struct RecordedEvent
{
    qint64 position = 0;
    QUuid eventId;
    QString streamId;
    qint64 streamVersion = 0;
    QString type;
    int schemaVersion = 1; // after upcasting
    int storedSchemaVersion = 1;
    QJsonObject data;
    EventMetadata metadata;
    qint64 recordedAtMs = 0; // UTC milliseconds since the epoch
    QByteArray previousHash;
    QByteArray hash;
};

} // namespace keyledger
