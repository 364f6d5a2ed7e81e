#pragma once

#include "projections/ProjectedChanges.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace keyledger {

class SqliteConnection;
class SqliteStatement;

// What a read model writes through while it applies events: the views connection, the names of
// its tables (suffixed while a rebuild builds them aside), prepared statements cached by SQL
// text, and the record of which users and organisations the batch touched.
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

    void touchUser(const QUuid& userId) { m_changes.users.insert(userId); }
    void touchOrganization(const QString& organizationId) { m_changes.organizations.insert(organizationId); }
    ProjectedChanges takeChanges();

private:
    SqliteConnection& m_connection;
    QString m_suffix;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
    ProjectedChanges m_changes;
};

} // namespace keyledger
