#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;

// The per-user keys of the personal data, one row per stream in the ledger's `personal_keys`
// table (schema 3). Destroying a key (erasure) leaves the row with no key and the time of the
// erasure, so that later appends know the stream's personal data is gone for good.
// Keys are cached per connection; the cache is dropped whenever another connection committed
// (PRAGMA data_version), so a key erased by another process is never used again here.
class PersonalKeyring
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::PersonalKeyring)

public:
    struct Key
    {
        enum class State
        {
            Missing,
            Live,
            Erased
        };
        State state = State::Missing;
        QByteArray bytes; // Live only
    };

    explicit PersonalKeyring(SqliteConnection& connection);
    ~PersonalKeyring();
    PersonalKeyring(const PersonalKeyring&) = delete;
    PersonalKeyring& operator=(const PersonalKeyring&) = delete;

    // Call at the start of every read or write: drops the cache when another connection wrote.
    void refresh();
    // Call after a rolled-back write: keys created inside it were never stored.
    void discardCache();

    Key find(const QByteArray& streamUtf8);
    // The stream's key, created when missing. Inside the caller's write transaction. Throws
    // KeyledgerError when the stream's personal data was erased.
    QByteArray obtain(const QByteArray& streamUtf8, qint64 nowMs);
    // Destroys the stream's key (inside the caller's write transaction); false when it was
    // already erased.
    bool destroy(const QByteArray& streamUtf8, qint64 nowMs);

private:
    SqliteStatement& statement(std::unique_ptr<SqliteStatement>& slot, const char* sql);

    SqliteConnection& m_connection;
    QHash<QByteArray, Key> m_cache;
    qint64 m_dataVersion = -1;
    std::unique_ptr<SqliteStatement> m_dataVersionQuery;
    std::unique_ptr<SqliteStatement> m_select;
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_erase;
    std::unique_ptr<SqliteStatement> m_insertErased;
};

} // namespace keyledger
