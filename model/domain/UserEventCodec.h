#pragma once

#include "domain/UserEvents.h"

#include <QJsonObject>
#include <QString>

namespace keyledger {

class UpcasterRegistry;

// Names, schema versions and the stored JSON shape of the user events.
class UserEventCodec
{
public:
    struct Encoded
    {
        QString type;
        int schemaVersion = 1;
        QJsonObject data;
    };

    static Encoded encode(const UserEvent& event);
    // Throws KeyledgerError for an unknown type or a malformed payload.
    static UserEvent decode(const QString& type, const QJsonObject& data);
    static QStringList eventTypes();
    static bool isKnownType(const QString& type);
    // Registers the upcasters of past user event shapes (none yet: every type is at version 1).
    static void registerUpcasters(UpcasterRegistry& registry);
};

} // namespace keyledger
