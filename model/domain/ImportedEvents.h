#pragma once

#include "domain/UserEvents.h"
#include "store/RecordedEvent.h"

#include <QList>

namespace keyledger {

// What Keycloak-side facts mean in terms of local ones, so that the aggregate, the claims and
// the read models need one rule per local event only: an import is a creation already synced
// (its Keycloak id known), a change found in Keycloak is a profile update plus enable/disable and
// role changes, a deletion in Keycloak is a deletion. Other events stand for themselves.
class ImportedEvents
{
public:
    static QList<UserEvent> asLocalEquivalents(const UserEvent& event);
    static bool isImported(const UserEvent& event);
    // The same for read models that work on stored JSON: copies of `event` carrying the local
    // equivalents' types and data (an import's creation dated with Keycloak's creation time).
    static QList<RecordedEvent> asLocalRecordedEvents(const RecordedEvent& event);
};

} // namespace keyledger
