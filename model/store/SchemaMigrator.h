#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringList>

namespace keyledger {

class SqliteConnection;

// Forward-only, numbered schema migrations kept in PRAGMA user_version. Each step runs in its
// own write transaction together with the version bump, so a crash leaves the previous
// version intact. Steps are never edited once released: a change is a new step.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::SchemaMigrator)

public:
    static int latestVersion();
    // Brings the store to the latest version, including the resumable re-encryption of the
    // personal data of events written before schema 3; throws StorageError(TooNew) when the file
    // was written by a newer Keyledger.
    static void migrate(SqliteConnection& connection);
    // The table steps alone, up to targetVersion (tests build older stores with it). The
    // re-encryption of schema 3 is only started (its chain epoch recorded), not run.
    static void migrateSchema(SqliteConnection& connection, int targetVersion);
    // Checks the version without writing (read-only opens).
    static void checkReadable(SqliteConnection& connection);
    static int currentVersion(SqliteConnection& connection);

private:
    static QStringList step(int toVersion);
};

} // namespace keyledger
