#include "store/SqliteStatement.h"

#include "store/SqliteConnection.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace keyledger {

SqliteStatement::SqliteStatement(SqliteConnection& connection, const char* sql)
    : m_connection(connection)
    , m_db(connection.handle())
{
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK)
        m_connection.fail(rc, QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(sql));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QByteArray& utf8Text)
{
    sqlite3_bind_text(m_statement, index, utf8Text.constData(), int(utf8Text.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, QByteArray&& utf8Text)
{
    sqlite3_bind_text(m_statement, index, utf8Text.constData(), int(utf8Text.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    if ((rc & 0xFF) == SQLITE_CONSTRAINT)
        throw ConstraintViolation{};
    m_connection.fail(rc, message, QString::fromUtf8(sqlite3_sql(m_statement)));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::textView(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::text(int column) const
{
    return textView(column).toByteArray();
}

QString SqliteStatement::string(int column) const
{
    return QString::fromUtf8(textView(column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
}

} // namespace keyledger
