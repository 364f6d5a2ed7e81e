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
                       "FROM %1 WHERE position > ? AND position <= ? ORDER BY position")
            .arg(AuditProjection::entriesTable())
            .toUtf8();
    m_range = std::make_unique<SqliteStatement>(*m_connection, sql.constData());
}

AuditRowReader::~AuditRowReader()
{
    m_range.reset(); // before the connection closes
}

void AuditRowReader::start(qint64 afterPosition, qint64 upTo)
{
    m_range->reset();
    m_range->bind(1, afterPosition);
    m_range->bind(2, upTo);
    m_hasRow = false;
    m_done = false;
}

const AuditRowView* AuditRowReader::at(qint64 position)
{
    while (!m_done && (!m_hasRow || m_row.position < position)) {
        m_hasRow = m_range->step();
        m_done = !m_hasRow;
        if (m_hasRow)
            m_row.position = m_range->int64(0);
    }
    if (!m_hasRow || m_row.position != position)
        return nullptr;
    m_row.username = m_range->textView(1);
    m_row.organization = m_range->textView(2);
    m_row.actor = m_range->textView(3);
    m_row.source = m_range->textView(4);
    m_row.summary = m_range->textView(5);
    m_row.diffJson = m_range->textView(6);
    return &m_row;
}

void AuditRowReader::stop()
{
    m_range->reset();
    m_hasRow = false;
    m_done = true;
}

} // namespace keyledger
