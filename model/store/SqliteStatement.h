#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace keyledger {

class SqliteConnection;

// A prepared statement on the connection's own sqlite3 handle, for the hot paths (appending
// and replaying events). Qt SQL binds text as UTF-16 and looks every positional binding up by
// name, which costs more than the insert itself; here the UTF-8 bytes we already hold are bound
// as they are. Must be destroyed before its connection closes.
class SqliteStatement
{
public:
    SqliteStatement(SqliteConnection& connection, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Binding uses 1-based indexes, as SQLite does. Bound bytes must outlive step().
    void bind(int index, qint64 value);
    // Bound without a copy: the bytes must live until the statement is reset.
    void bind(int index, const QByteArray& utf8Text);
    // A temporary (bind(1, name.toUtf8())) is copied by SQLite: it dies before step().
    void bind(int index, QByteArray&& utf8Text);
    void bindBlob(int index, const QByteArray& bytes);
    void bindNull(int index);

    // Returns true when a row is available, false when done. Throws StorageError otherwise,
    // ConstraintViolation for a violated UNIQUE/CHECK/FOREIGN KEY constraint.
    bool step();
    void reset();

    int columnCount() const;
    qint64 int64(int column) const;
    bool isNull(int column) const;
    QByteArray text(int column) const;         // copies
    QByteArrayView textView(int column) const; // valid until the next step() or reset()
    QString string(int column) const;
    QByteArray blob(int column) const;

    struct ConstraintViolation
    {
    };

    // Resets the statement however the scope is left, so a cached statement never stays busy.
    class ResetOnExit
    {
    public:
        explicit ResetOnExit(SqliteStatement& statement)
            : m_statement(statement)
        {}
        ~ResetOnExit() { m_statement.reset(); }
        ResetOnExit(const ResetOnExit&) = delete;
        ResetOnExit& operator=(const ResetOnExit&) = delete;

    private:
        SqliteStatement& m_statement;
    };

private:
    SqliteConnection& m_connection;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace keyledger
