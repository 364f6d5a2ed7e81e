#pragma once

#include "export/AuditRowText.h"

#include <QString>

#include <memory>
#include <vector>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;

// Reads the audit read model's rows by position range, as stored, on a connection of its own to
// the views file: the JSON Lines export of the whole ledger needs them in position order and
// without the diff parsed (AuditQueries parses it for the views and CSV).
class AuditRowReader
{
public:
    explicit AuditRowReader(const QString& viewsPath);
    ~AuditRowReader();
    AuditRowReader(const AuditRowReader&) = delete;
    AuditRowReader& operator=(const AuditRowReader&) = delete;

    // Rows with afterPosition < position <= upTo, oldest first, at most maxCount; replaces out.
    void readRange(qint64 afterPosition, qint64 upTo, int maxCount, std::vector<AuditRowText>& out);

private:
    std::unique_ptr<SqliteConnection> m_connection;
    std::unique_ptr<SqliteStatement> m_range;
};

} // namespace keyledger
