#include "projections/ViewDatabase.h"

#include "store/SqliteStatement.h"

#include <QDir>
#include <QFileInfo>

namespace keyledger {

QString ViewDatabase::pathFor(const QString& ledgerPath)
{
    const QFileInfo ledger(ledgerPath);
    return ledger.absoluteDir().filePath(ledger.completeBaseName() + QStringLiteral(".views.db"));
}

ViewDatabase::ViewDatabase(const QString& path, SqliteConnection::OpenMode mode)
    : m_connection(path, mode, SqliteConnection::ViewsApplicationId)
{
    if (mode == SqliteConnection::OpenMode::ReadOnly)
        return;
    m_connection.enableWriteAheadLog();
    m_connection.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS projection_checkpoints ("
        " name TEXT PRIMARY KEY,"
        " version INTEGER NOT NULL,"
        " position INTEGER NOT NULL,"
        " failed_position INTEGER NOT NULL DEFAULT 0,"
        " error TEXT NOT NULL DEFAULT '',"
        " updated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))"
        ") WITHOUT ROWID"));
}

std::optional<ViewDatabase::Checkpoint> ViewDatabase::checkpoint(const QString& name)
{
    for (const Checkpoint& c : checkpoints()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QList<ViewDatabase::Checkpoint> ViewDatabase::checkpoints()
{
    SqliteStatement query(
        m_connection, "SELECT name, version, position, failed_position, error FROM projection_checkpoints "
                      "ORDER BY name");
    QList<Checkpoint> list;
    while (query.step())
        list.append(Checkpoint{query.string(0), int(query.int64(1)), query.int64(2), query.int64(3),
                               query.string(4)});
    return list;
}

void ViewDatabase::setCheckpoint(const QString& name, int version, qint64 position)
{
    SqliteStatement upsert(
        m_connection,
        "INSERT INTO projection_checkpoints(name, version, position) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET version = excluded.version, position = excluded.position, "
        "updated_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
    const QByteArray nameUtf8 = name.toUtf8();
    upsert.bind(1, nameUtf8);
    upsert.bind(2, qint64(version));
    upsert.bind(3, position);
    upsert.step();
}

void ViewDatabase::recordFailure(const QString& name, qint64 position, const QString& error)
{
    SqliteStatement update(m_connection,
                           "UPDATE projection_checkpoints SET failed_position = ?, error = ? WHERE name = ?");
    const QByteArray errorUtf8 = error.toUtf8();
    const QByteArray nameUtf8 = name.toUtf8();
    update.bind(1, position);
    update.bind(2, errorUtf8);
    update.bind(3, nameUtf8);
    update.step();
}

void ViewDatabase::clearFailure(const QString& name)
{
    recordFailure(name, 0, QString());
}

} // namespace keyledger
