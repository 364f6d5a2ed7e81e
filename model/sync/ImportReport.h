#pragma once

#include <QStringList>

namespace keyledger {

// What an import from Keycloak found and recorded.
struct ImportReport
{
    qint64 seen = 0;     // users listed in Keycloak
    qint64 imported = 0; // new to the ledger: UserImported
    qint64 changed = 0;  // different in Keycloak: UserChangedInKeycloak
    qint64 unchanged = 0;
    qint64 deletedInKeycloak = 0; // gone from Keycloak: UserDeletedInKeycloak
    qint64 skippedPending = 0; // local changes still waiting in the outbox: Keycloak is behind, not different
    qint64 conflicts = 0;      // could not be matched safely (see notes)
    qint64 logins = 0;         // UserLoggedIn recorded
    bool loginEventsStored = false; // whether the realm stores LOGIN events at all
    bool organizationAttributeKept = false;
    bool cancelled = false;
    QString error; // why the import stopped, empty when it completed
    QStringList notes;
};

} // namespace keyledger
