#pragma once

#include "projections/DecodedUserEvent.h"
#include "projections/ProjectedChanges.h"
#include "projections/ProjectionState.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <unordered_map>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;
struct RecordedEvent;

// What a read model writes through while it applies events: the views connection, the names of
// its tables (suffixed while a rebuild builds them aside), prepared statements cached by SQL
// text, the models' in-memory rows, and the record of which users and organisations the batch touched.
class ProjectionContext
{
public:
    ProjectionContext(SqliteConnection& connection, QString tableSuffix);
    ~ProjectionContext();
    ProjectionContext(const ProjectionContext&) = delete;
    ProjectionContext& operator=(const ProjectionContext&) = delete;

    SqliteConnection& connection() { return m_connection; }
    // "user_list" or, during a rebuild, "user_list__rebuild". Use it for table and index names.
    QString table(const QString& baseName) const { return baseName + m_suffix; }
    const QString& suffix() const { return m_suffix; }
    // A statement prepared once per context; the SQL must already carry the table names.
    SqliteStatement& statement(const QString& sql);
    void exec(const QString& sql);

    // The in-memory state a read model keeps in this context (its RowCache), made on first use.
    template <typename State, typename Make>
    State& state(const void* owner, Make make)
    {
        std::unique_ptr<ProjectionState>& slot = m_states[owner];
        if (!slot)
            slot = make();
        return static_cast<State&>(*slot);
    }
    // Writes back every model's state (inside the transaction that stores the checkpoints).
    void flushStates();
    // Drops every model's state: the transaction that would have written it was rolled back.
    void discardStates();
    qsizetype heldRows() const;

    // The event decoded as a user event; decoded once when several models apply it in turn.
    const DecodedUserEvent& userEvent(const RecordedEvent& event);

    // A rebuild's context: nobody waits on what the batch touched (everything changes at the swap).
    void ignoreChanges() { m_recordChanges = false; }
    void touchUser(const QUuid& userId)
    {
        if (m_recordChanges)
            m_changes.users.insert(userId);
    }
    void touchOrganization(const QString& organizationId)
    {
        if (m_recordChanges)
            m_changes.organizations.insert(organizationId);
    }
    ProjectedChanges takeChanges();

private:
    SqliteConnection& m_connection;
    QString m_suffix;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
    ProjectedChanges m_changes;
    bool m_recordChanges = true;
    DecodedUserEvent m_lastDecoded;
    std::unordered_map<const void*, std::unique_ptr<ProjectionState>> m_states;
};

} // namespace keyledger
