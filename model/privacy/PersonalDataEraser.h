#pragma once

#include "commands/CommandContext.h"
#include "store/AppendRequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace keyledger {

class Projector;
class SqliteEventStore;
class ViewDatabase;

// The right to be forgotten for one user: the ledger part (event, key destroyed, claims and
// outbox texts purged, WAL truncated) in one transaction, then the read models that held the
// plaintext (detail, list, audit) rebuilt from the ledger, which now opens that user's personal
// objects as "[erased]"; the views' old tables are dropped with secure_delete on and their WAL
// truncated too. The hash chain is untouched: it covers the ciphertext.
class PersonalDataEraser
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::PersonalDataEraser)

public:
    struct Outcome
    {
        AppendResult append;
        QString pseudonym;
        QStringList rebuiltModels;
        int discardedDeliveries = 0; // undelivered changes with personal data Keycloak will not get
        bool ledgerWalTruncated = false;
        bool viewsWalTruncated = false;
    };

    // The read models to rebuild: every one whose rows repeat personal data.
    static QStringList modelsHoldingPersonalData();

    // views and projector may be null (no read models to purge, e.g. in a bare store test).
    PersonalDataEraser(SqliteEventStore& store, ViewDatabase* views, Projector* projector);
    // Throws UserRuleError (unknown user, erased already) or StorageError.
    Outcome erase(const QUuid& userId, const CommandContext& context);

private:
    SqliteEventStore& m_store;
    ViewDatabase* m_views;
    Projector* m_projector;
};

} // namespace keyledger
