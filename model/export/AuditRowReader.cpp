#include "export/AuditRowReader.h"

#include "projections/AuditProjection.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

namespace keyledger {

AuditRowReader::AuditRowReader(const QString& viewsPath)
    : m_connection(std::make_unique<SqliteConnection>(viewsPath, SqliteConnection::OpenMode::MustExist,
                                                      SqliteConnection::ViewsApplicationId))
{
    const QByteArray sql =
        QStringLiteral("SELECT position, username, organization_id, actor, source, summary, diff "
                       "FROM %1 WHERE position > ? AND position <= ? ORDER BY position LIMIT ?")
            .arg(AuditProjection::entriesTable())
            .toUtf8();
    m_range = std::make_unique<SqliteStatement>(*m_connection, sql.constData());
}

AuditRowReader::~AuditRowReader()
{
    m_range.reset(); // before the connection closes
}

void AuditRowReader::readRange(qint64 afterPosition, qint64 upTo, int maxCount,
                               std::vector<AuditRowText>& out)
{
    out.clear();
    SqliteStatement::ResetOnExit reset(*m_range);
    m_range->bind(1, afterPosition);
    m_range->bind(2, upTo);
    m_range->bind(3, qint64(maxCount));
    while (m_range->step()) {
        AuditRowText& row = out.emplace_back();
        row.position = m_range->int64(0);
        row.username = m_range->text(1);
        row.organization = m_range->text(2);
        row.actor = m_range->text(3);
        row.source = m_range->text(4);
        row.summary = m_range->text(5);
        row.diffJson = m_range->text(6);
    }
}

} // namespace keyledger
