#pragma once

#include "projections/ReadModel.h"

#include <QCoreApplication>

namespace keyledger {

// The "detail" read model: one row per user in table user_detail, every field of the chapter's
// UserApiQueryModel plus first login, stream version, Keycloak id and sync state. Deleted users
// keep their row, flagged deleted, so their page and history stay viewable.
//
// Sync state (with the refusal's text): SyncStateRules, which the list follows too.
class UserDetailProjection : public ReadModel
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::UserDetailProjection)

public:
    static constexpr int Version = 1;
    static QString tableName() { return QStringLiteral("user_detail"); }

    QString name() const override { return QStringLiteral("detail"); }
    int version() const override { return Version; }
    QStringList tables() const override { return {tableName()}; }
    void createTables(ProjectionContext& context) override;
    void createIndexes(ProjectionContext& context) override;
    void apply(const RecordedEvent& event, ProjectionContext& context) override;
};

} // namespace keyledger
