#include "projections/DecodedUserEvent.h"

#include "domain/ImportedEvents.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "store/RecordedEvent.h"

namespace keyledger {

DecodedUserEvent DecodedUserEvent::decode(const RecordedEvent& event)
{
    DecodedUserEvent decoded;
    decoded.position = event.position;
    decoded.eventId = event.eventId;
    if (!UserEventCodec::isKnownType(event.type))
        return decoded;
    decoded.userId = UserAggregate::userIdFromStream(event.streamId);
    if (decoded.userId.isNull())
        return decoded;
    decoded.stored = UserEventCodec::decode(event.type, event.data);
    decoded.imported = ImportedEvents::isImported(decoded.stored);
    decoded.parts = ImportedEvents::asLocalEquivalents(decoded.stored);
    return decoded;
}

} // namespace keyledger
