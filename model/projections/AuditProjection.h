#pragma once

#include "projections/ReadModel.h"

#include <QCoreApplication>
#include <QString>

namespace keyledger {

class SqliteStatement;

// The "audit" read model: one row per event of the ledger, in position order, with what an
// auditor reads without decoding events: time, stream, user, the user's username and
// organisation at that time, type, actor, source, a one-line summary and the field-level diff
// (a JSON array of {field, before, after}).
//
// - "At that time" means as the event leaves the user: a UserUpdated that moves a user from
//   acme to globex is filed under globex (its diff says where the user came from).
// - A small table of each user's current username, organisation, roles, last login and
//   Keycloak id, kept inside this model, supplies the "before" side of the diffs and the
//   username of events that do not carry one.
// - Summaries are plain English, built once at projection time and stored: they must not
//   depend on the language of whichever process happened to project the event. A translated
//   rendering can be derived from the type and the diff at display time.
// - Events of other streams, or of unknown types, still get a row: their type as summary and
//   an empty diff.
class AuditProjection : public ReadModel
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AuditProjection)

public:
    static QString entriesTable() { return QStringLiteral("audit_entries"); }
    static QString usersTable() { return QStringLiteral("audit_users"); }

    QString name() const override { return QStringLiteral("audit"); }
    int version() const override { return 2; }
    QStringList tables() const override { return {entriesTable(), usersTable()}; }
    void createTables(ProjectionContext& context) override;
    void createIndexes(ProjectionContext& context) override;
    void apply(const RecordedEvent& event, ProjectionContext& context) override;

private:
    struct Sql
    {
        QString suffix;
        QString insertEntry;
        QString lastClock;
        QString selectUser;
        QString upsertUser;
    };
    const Sql& sql(const ProjectionContext& context);

    Sql m_sql;
    bool m_sqlReady = false;
};

} // namespace keyledger
