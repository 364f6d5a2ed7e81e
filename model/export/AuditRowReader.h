#pragma once

#include "export/StoredEventView.h"

#include <QString>

#include <memory>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;

// Walks the audit read model's rows in position order, as stored, on a connection of its own to
// the views file, in step with the ledger: the JSON Lines export of the whole ledger copies them
// without parsing the diff (AuditQueries parses it for the views and CSV).
class AuditRowReader
{
public:
    explicit AuditRowReader(const QString& viewsPath);
    ~AuditRowReader();
    AuditRowReader(const AuditRowReader&) = delete;
    AuditRowReader& operator=(const AuditRowReader&) = delete;

    // Starts a walk over afterPosition < position <= upTo.
    void start(qint64 afterPosition, qint64 upTo);
    // The row at position (positions asked in increasing order), or null when the read model
    // has none; valid until the next call.
    const AuditRowView* at(qint64 position);
    void stop();

private:
    std::unique_ptr<SqliteConnection> m_connection;
    std::unique_ptr<SqliteStatement> m_range;
    AuditRowView m_row;
    bool m_hasRow = false;
    bool m_done = true;
};

} // namespace keyledger
