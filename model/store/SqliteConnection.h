#pragma once

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;
struct sqlite3;

namespace keyledger {

// One QSqlDatabase connection to a Keyledger file, usable only from the thread that opened it.
// Opening never writes to a file it does not recognise: the SQLite header is read first.
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::SqliteConnection)

public:
    enum class OpenMode
    {
        CreateIfMissing, // a new store is created (with its folder) when the file does not exist
        MustExist,       // a missing file is an error
        ReadOnly,        // must exist; nothing is written, not even migrations
    };

    // Keyledger's SQLite application_id: "KLDG".
    static constexpr qint32 ApplicationId = 0x4B4C4447;

    // Keyledger's derived read models live in a file of their own: "KLDV".
    static constexpr qint32 ViewsApplicationId = 0x4B4C4456;

    SqliteConnection(const QString& path, OpenMode mode, qint32 applicationId = ApplicationId);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    QSqlDatabase& database() { return m_db; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }

    // Switches to WAL with synchronous=NORMAL. Called once the file is known to be a store this
    // build may write, because changing the journal mode rewrites the file header.
    void enableWriteAheadLog();

    // Copies the WAL into the file and truncates it to zero bytes, so that no older page image
    // stays in the WAL. False when another connection's reader kept it from finishing.
    bool checkpointAndTruncate();

    // Runs one statement; throws StorageError with the SQLite message on failure.
    void exec(const QString& sql);
    // BEGIN IMMEDIATE: takes the write lock now, so the chain head read inside is stable.
    void beginWrite();
    void commit();
    void rollback() noexcept;

    // Throws the StorageError that matches a failed query (corrupt, read-only, I/O).
    [[noreturn]] void fail(const QSqlQuery& query, const QString& what) const;
    [[noreturn]] void fail(const QString& sqliteMessage, const QString& what) const;
    [[noreturn]] void fail(int sqliteCode, const QString& sqliteMessage, const QString& what) const;

    // The sqlite3 handle under Qt's connection (QSQLITE links the same system SQLite library).
    sqlite3* handle() const;

private:
    void checkHeader(bool isNewFile) const;
    void applyPragmas(bool isNewFile);

    QString m_path;
    OpenMode m_mode;
    qint32 m_applicationId;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace keyledger
