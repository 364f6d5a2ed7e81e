#pragma once

#include "domain/UserEvents.h"
#include "projections/ReadModel.h"

#include <QCoreApplication>

namespace keyledger {

// The "list" read model: one row per live user in table user_list (a deletion removes the row),
// shaped for the chapter's UserApiListQueryModel: full name, status key, roles, creation and last
// login times, sync state, and lower-cased copies of username, e-mail, first, last and full name
// for case-insensitive prefix search and sorting by range scans on indexes. Every sortable
// column has a (column, id) index for keyset pagination; newest-first has one overall, one per
// organisation and one per status.
class UserListProjection : public ReadModel
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::UserListProjection)

public:
    static constexpr int Version = 1;
    static QString tableName() { return QStringLiteral("user_list"); }

    // "First Last" trimmed, or the username when both names are empty.
    static QString fullName(const QString& username, const QString& firstName, const QString& lastName);
    // The lower-cased form stored in the *_lc columns; search text goes through it too.
    static QString searchKey(const QString& text);

    QString name() const override { return QStringLiteral("list"); }
    int version() const override { return Version; }
    QStringList tables() const override { return {tableName()}; }
    void createTables(ProjectionContext& context) override;
    void createIndexes(ProjectionContext& context) override;
    void apply(const RecordedEvent& event, ProjectionContext& context) override;

private:
    void applyPart(const RecordedEvent& event, const QUuid& userId, const UserEvent& decoded,
                   ProjectionContext& context);
};

} // namespace keyledger
