#pragma once

#include "store/SqliteConnection.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace keyledger {

// The read models' own SQLite file next to the ledger ("keyledger.views.db"). Everything in it
// is derived from the ledger and can be rebuilt; keeping it apart means projecting never takes
// the ledger's write lock from a command.
class ViewDatabase
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::ViewDatabase)

public:
    static QString pathFor(const QString& ledgerPath);

    struct Checkpoint
    {
        QString name;
        int version = 0;
        qint64 position = 0;
        qint64 failedPosition = 0; // 0: healthy
        QString error;
    };

    explicit ViewDatabase(const QString& path,
                          SqliteConnection::OpenMode mode = SqliteConnection::OpenMode::CreateIfMissing);

    SqliteConnection& connection() { return m_connection; }
    std::optional<Checkpoint> checkpoint(const QString& name);
    QList<Checkpoint> checkpoints();
    // Written inside the caller's transaction, with the rows it covers.
    void setCheckpoint(const QString& name, int version, qint64 position);
    void recordFailure(const QString& name, qint64 position, const QString& error);
    void clearFailure(const QString& name);

private:
    SqliteConnection m_connection;
};

} // namespace keyledger
