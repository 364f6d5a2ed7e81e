#include "privacy/PersonalKeyring.h"

#include "domain/UserRuleError.h"
#include "privacy/PersonalDataCipher.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <sqlite3.h>

namespace keyledger {

PersonalKeyring::PersonalKeyring(SqliteConnection& connection)
    : m_connection(connection)
{}

PersonalKeyring::~PersonalKeyring()
{
    discardCache();
}

SqliteStatement& PersonalKeyring::statement(std::unique_ptr<SqliteStatement>& slot, const char* sql)
{
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_connection, sql);
    return *slot;
}

void PersonalKeyring::refresh()
{
    SqliteStatement& query = statement(m_dataVersionQuery, "PRAGMA data_version");
    SqliteStatement::ResetOnExit reset(query);
    const qint64 version = query.step() ? query.int64(0) : -1;
    if (version != m_dataVersion) {
        discardCache();
        m_dataVersion = version;
    }
}

void PersonalKeyring::discardCache()
{
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
        PersonalDataCipher::wipe(it->bytes);
    m_cache.clear();
}

PersonalKeyring::Key PersonalKeyring::find(const QByteArray& streamUtf8)
{
    const auto cached = m_cache.constFind(streamUtf8);
    if (cached != m_cache.constEnd())
        return *cached;
    SqliteStatement& select =
        statement(m_select, "SELECT key, erased_at IS NOT NULL FROM personal_keys WHERE stream_id = ?");
    SqliteStatement::ResetOnExit reset(select);
    select.bind(1, streamUtf8);
    Key key;
    if (select.step()) {
        if (select.int64(1) != 0 || select.isNull(0)) {
            key.state = Key::State::Erased;
        } else {
            key.state = Key::State::Live;
            key.bytes = select.blob(0);
        }
        // Missing keys are not cached: the next append creates them.
        m_cache.insert(streamUtf8, key);
    }
    return key;
}

QByteArray PersonalKeyring::obtain(const QByteArray& streamUtf8, qint64 nowMs)
{
    const Key existing = find(streamUtf8);
    if (existing.state == Key::State::Live)
        return existing.bytes;
    if (existing.state == Key::State::Erased)
        throw UserRuleError(UserRuleError::Kind::NotAllowed,
                            tr("The personal data of %1 was erased; its events can no longer carry a "
                               "username, e-mail or name.")
                                .arg(QString::fromUtf8(streamUtf8)));
    Key created;
    created.state = Key::State::Live;
    created.bytes = PersonalDataCipher::generateKey();
    SqliteStatement& insert =
        statement(m_insert, "INSERT INTO personal_keys(stream_id, key, created_at) VALUES (?, ?, ?)");
    SqliteStatement::ResetOnExit reset(insert);
    insert.bind(1, streamUtf8);
    insert.bindBlob(2, created.bytes);
    insert.bind(3, nowMs);
    insert.step();
    m_cache.insert(streamUtf8, created);
    return created.bytes;
}

bool PersonalKeyring::destroy(const QByteArray& streamUtf8, qint64 nowMs)
{
    auto cached = m_cache.find(streamUtf8);
    if (cached != m_cache.end()) {
        PersonalDataCipher::wipe(cached->bytes);
        m_cache.erase(cached);
    }
    // The key column is set to NULL in place; with secure_delete on, SQLite zeroes the bytes the
    // old value occupied, and the caller's WAL checkpoint removes the older page images.
    SqliteStatement& erase = statement(
        m_erase,
        "UPDATE personal_keys SET key = NULL, erased_at = ? WHERE stream_id = ? AND erased_at IS NULL");
    {
        SqliteStatement::ResetOnExit reset(erase);
        erase.bind(1, nowMs);
        erase.bind(2, streamUtf8);
        erase.step();
    }
    if (sqlite3_changes(m_connection.handle()) == 1)
        return true;
    // No live key: either erased before, or the stream never carried personal data. Record the
    // erasure anyway so that no later event can bring personal data back.
    SqliteStatement& insert =
        statement(m_insertErased, "INSERT INTO personal_keys(stream_id, key, created_at, erased_at) "
                                  "VALUES (?, NULL, ?, ?) ON CONFLICT (stream_id) DO NOTHING");
    SqliteStatement::ResetOnExit reset(insert);
    insert.bind(1, streamUtf8);
    insert.bind(2, nowMs);
    insert.bind(3, nowMs);
    insert.step();
    return sqlite3_changes(m_connection.handle()) == 1;
}

} // namespace keyledger
