#include "store/SqliteConnection.h"

#include "store/StoreErrors.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace keyledger {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("keyledger-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SqliteConnection::SqliteConnection(const QString& path, OpenMode mode, qint32 applicationId)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_mode(mode)
    , m_applicationId(applicationId)
    , m_connectionName(nextConnectionName())
{
    const QFileInfo info(m_path);
    const bool exists = info.exists();
    if (!exists && mode != OpenMode::CreateIfMissing)
        throw StorageError(StorageError::Kind::Missing, tr("No Keyledger store at %1.").arg(m_path));
    if (exists && !info.isFile())
        throw StorageError(StorageError::Kind::NotKeyledger, tr("%1 is not a file.").arg(m_path));
    if (!exists && !QDir().mkpath(info.absolutePath()))
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot create the folder %1.").arg(info.absolutePath()));
    // Write bits are checked as well as access: a file marked read-only stays untouched even for
    // root, who may write anywhere.
    const bool writable =
        info.isWritable() &&
        (info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    if (exists && mode != OpenMode::ReadOnly && !writable)
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("The store %1 is read-only; Keyledger needs to write to it.").arg(m_path));

    const bool isNewFile = !exists || (info.size() == 0 && mode == OpenMode::CreateIfMissing);
    if (exists && info.size() == 0 && mode != OpenMode::CreateIfMissing)
        throw StorageError(StorageError::Kind::NotKeyledger,
                           tr("%1 is an empty file, not a Keyledger store.").arg(m_path));
    checkHeader(isNewFile);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (mode == OpenMode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        fail(m_db.lastError().text(), tr("Cannot open %1").arg(m_path));
    applyPragmas(isNewFile);
}

void SqliteConnection::enableWriteAheadLog()
{
    if (m_mode == OpenMode::ReadOnly)
        return;
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // NORMAL in WAL mode: a commit is durable once the OS has the WAL pages. A process crash
    // loses nothing; a power cut or OS crash can lose the last commits since the previous
    // checkpoint, never corrupt the file or break the hash chain.
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

SqliteConnection::~SqliteConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteConnection::checkHeader(bool isNewFile) const
{
    if (isNewFile)
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Io, tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StorageError(StorageError::Kind::NotKeyledger,
                           tr("%1 is not a Keyledger store (it is not an SQLite database).").arg(m_path));
    // The application id sits at offset 68 of the header; it is written before WAL is turned
    // on, so the main file always carries it.
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != m_applicationId)
        throw StorageError(StorageError::Kind::NotKeyledger,
                           tr("%1 is an SQLite database, but not a Keyledger store.").arg(m_path));
}

void SqliteConnection::applyPragmas(bool isNewFile)
{
    if (isNewFile) {
        // Mark the file as ours while it is still in rollback-journal mode, so the header on
        // disk carries the id from the first commit on.
        exec(QStringLiteral("PRAGMA application_id = %1").arg(m_applicationId));
    }
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Freed space is overwritten with zeros: a purged or updated row (a released e-mail claim,
    // an erased key, a read-model row) leaves no copy of its bytes in the file.
    exec(QStringLiteral("PRAGMA secure_delete = ON"));
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    exec(QStringLiteral("PRAGMA cache_size = -16000"));
    // Touch the schema so a damaged file is reported now rather than at the first command.
    exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
}

bool SqliteConnection::checkpointAndTruncate()
{
    if (m_mode == OpenMode::ReadOnly)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        fail(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return query.value(0).toInt() == 0; // busy = 0: every frame was copied and the WAL emptied
}

void SqliteConnection::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query, sql);
}

void SqliteConnection::beginWrite()
{
    exec(QStringLiteral("BEGIN IMMEDIATE"));
}

void SqliteConnection::commit()
{
    exec(QStringLiteral("COMMIT"));
}

void SqliteConnection::rollback() noexcept
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

void SqliteConnection::fail(const QSqlQuery& query, const QString& what) const
{
    const QSqlError error = query.lastError();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    fail(error.nativeErrorCode().toInt(), detail, what);
}

void SqliteConnection::fail(int sqliteCode, const QString& sqliteMessage, const QString& what) const
{
    switch (sqliteCode & 0xFF) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("The store %1 is damaged (%2).").arg(m_path, sqliteMessage));
    case 8: // SQLITE_READONLY
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("The store %1 is read-only (%2).").arg(m_path, sqliteMessage));
    default:
        throw StorageError(StorageError::Kind::Io,
                           tr("%1 failed on %2: %3").arg(what, m_path, sqliteMessage));
    }
}

void SqliteConnection::fail(const QString& sqliteMessage, const QString& what) const
{
    throw StorageError(StorageError::Kind::Io, tr("%1: %2").arg(what, sqliteMessage));
}

sqlite3* SqliteConnection::handle() const
{
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StorageError(StorageError::Kind::Io, tr("The SQLite driver gave no usable connection handle."));
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace keyledger
