#include "projections/ProjectionContext.h"

#include "store/RecordedEvent.h"
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

const DecodedUserEvent& ProjectionContext::userEvent(const RecordedEvent& event)
{
    if (m_lastDecoded.position != event.position || m_lastDecoded.eventId != event.eventId ||
        event.position == 0)
        m_lastDecoded = DecodedUserEvent::decode(event);
    return m_lastDecoded;
}

void ProjectionContext::flushStates()
{
    for (auto& [owner, state] : m_states)
        state->flush();
}

void ProjectionContext::discardStates()
{
    for (auto& [owner, state] : m_states)
        state->discard();
}

qsizetype ProjectionContext::heldRows() const
{
    qsizetype rows = 0;
    for (const auto& [owner, state] : m_states)
        rows += state->size();
    return rows;
}

ProjectedChanges ProjectionContext::takeChanges()
{
    return std::exchange(m_changes, ProjectedChanges{});
}

} // namespace keyledger
