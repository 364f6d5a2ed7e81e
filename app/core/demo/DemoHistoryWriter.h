#pragma once

#include "core/demo/DemoPeople.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace keyledger {
class EventStore;
}

namespace keyledger::demo {

struct DemoSummary
{
    int users = 0;
    int organisations = 0;
    qint64 events = 0;
    qint64 appends = 0;
    qint64 firstCreatedMs = 0;
    qint64 lastActivityMs = 0; // the latest creation, change or login time in the history
    QMap<QString, qint64> eventsByType;
    bool cancelled = false;
};

// Writes the demo realm's year into a ledger, as a Keycloak import would have recorded it:
// each user arrives as UserImported with Keycloak's creation time (spread over the past year,
// more in recent months, on working days), then the changes found in Keycloak later
// (UserChangedInKeycloak: e-mail verified, new name or address, moves between organisations,
// roles, disable and enable), logins (UserLoggedIn with their own times, IP and client) and a
// few deletions (UserDeletedInKeycloak). Source "keycloak-import", actor "keyledger-import@demo":
// nothing goes to the outbox, so nothing is ever sent to a server.
//
// The store stamps each event with the time it is appended; only creation and login times
// come from the history itself (that is where the model keeps them). Events are appended in
// twelve monthly passes, each user's events of that month in one transaction, so the ledger
// reads in the history's order.
class DemoHistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::demo::DemoHistoryWriter)

public:
    // Called every few hundred appends; return false to stop (the summary says cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int DefaultUsers = 2000;
    static QString actor() { return QStringLiteral("keyledger-import@demo"); }

    DemoHistoryWriter(EventStore& store, qint64 nowMs);
    DemoSummary write(int users = DefaultUsers, const Progress& progress = {});

private:
    EventStore& m_store;
    qint64 m_nowMs;
};

} // namespace keyledger::demo
