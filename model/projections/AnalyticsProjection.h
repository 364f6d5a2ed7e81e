#pragma once

#include "projections/ReadModel.h"

#include <QCoreApplication>
#include <QString>

namespace keyledger {

// The "analytics" read model: one row of facts per user (organisation, creation time, enabled,
// e-mail verified, first login, deleted), so that the chapter's figures for an organisation and
// a creation-date range are one aggregate over a covering index.
//
// Rules:
// - created_at is the time the UserCreated event was recorded (UTC ms).
// - first_login_at is the earliest UserLoggedIn "at" seen (imports may deliver logins out of
//   order); NULL until the first login.
// - A deleted user keeps its row with deleted = 1 and leaves every figure, as in the chapter,
//   which counts the users that exist. The partial indexes only hold live users.
// - Events that do not change a figure (names, e-mail address, roles, password resets, sync
//   outcomes) are ignored. An event that needs a user row that does not exist (a stream without
//   its UserCreated) throws: the model stops there rather than drift from the ledger.
class AnalyticsProjection : public ReadModel
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AnalyticsProjection)

public:
    static QString usersTable() { return QStringLiteral("analytics_users"); }

    QString name() const override { return QStringLiteral("analytics"); }
    int version() const override { return 1; }
    QStringList tables() const override { return {usersTable()}; }
    void createTables(ProjectionContext& context) override;
    void createIndexes(ProjectionContext& context) override;
    void apply(const RecordedEvent& event, ProjectionContext& context) override;
};

} // namespace keyledger
