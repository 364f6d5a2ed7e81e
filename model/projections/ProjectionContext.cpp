#include "projections/ProjectionContext.h"

#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

namespace keyledger {

ProjectionContext::ProjectionContext(SqliteConnection& connection, QString tableSuffix)
    : m_connection(connection)
    , m_suffix(std::move(tableSuffix))
{}

ProjectionContext::~ProjectionContext() = default;

SqliteStatement& ProjectionContext::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql,
                                 std::make_shared<SqliteStatement>(m_connection, sql.toUtf8().constData()));
    return **it;
}

void ProjectionContext::exec(const QString& sql)
{
    m_connection.exec(sql);
}

ProjectedChanges ProjectionContext::takeChanges()
{
    return std::exchange(m_changes, ProjectedChanges{});
}

} // namespace keyledger
