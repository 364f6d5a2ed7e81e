#pragma once

#include <QCoreApplication>

namespace keyledger {

class SqliteConnection;

// Schema 3's data step: seals the plaintext personal objects of the events stored before it and
// recomputes the hash chain over the new stored form, in batches of one write transaction each.
// Before rewriting a row it checks the row against the old chain, so the rewrite never launders
// a tampered ledger. Progress lives in the epoch's row of `chain_epochs` (cursor position and the
// old hash at the cursor), so an interrupted run resumes where it stopped and verify can walk a
// half-migrated chain. See docs/hash-chain.md, "Chain epochs".
class ReencryptionMigration
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::ReencryptionMigration)

public:
    static constexpr int DefaultBatchSize = 2000;
    static QString reason() { return QStringLiteral("personal-data-encryption"); }

    // Inside schema step 3's transaction: records the old head as a new epoch (nothing to do
    // for an empty ledger).
    static void start(SqliteConnection& connection);

    explicit ReencryptionMigration(SqliteConnection& connection, int batchSize = DefaultBatchSize);
    // Runs up to maxBatches batches (all when negative); true once no epoch is left unfinished.
    bool run(int maxBatches = -1);

private:
    bool runBatch(); // true when finished

    SqliteConnection& m_connection;
    int m_batchSize;
};

} // namespace keyledger
