#include "queries/AuditQueries.h"

#include "projections/AuditProjection.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyledger {

AuditQueries::AuditQueries(const QString& viewsDatabasePath)
    : m_connection(std::make_unique<SqliteConnection>(
          viewsDatabasePath, SqliteConnection::OpenMode::MustExist, SqliteConnection::ViewsApplicationId))
{}

AuditQueries::~AuditQueries()
{
    m_statements.clear(); // before the connection closes
}

SqliteStatement& AuditQueries::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql,
                                 std::make_shared<SqliteStatement>(*m_connection, sql.toUtf8().constData()));
    SqliteStatement& statement = **it;
    statement.reset();
    return statement;
}

QString AuditQueries::where(const AuditFilter& filter, bool paging)
{
    // Each filter column has an index ending with the position (the rowid), so a single filter
    // reads its entries already in position order.
    QString sql = QStringLiteral(" FROM %1 WHERE 1 = 1").arg(AuditProjection::entriesTable());
    if (!filter.userId.isNull())
        sql += QStringLiteral(" AND user_id = ?");
    if (!filter.actor.isEmpty())
        sql += QStringLiteral(" AND actor = ?");
    if (!filter.type.isEmpty())
        sql += QStringLiteral(" AND type = ?");
    if (!filter.source.isEmpty())
        sql += QStringLiteral(" AND source = ?");
    if (filter.from.isValid())
        sql += QStringLiteral(" AND recorded_at >= ?");
    if (filter.to.isValid())
        sql += QStringLiteral(" AND recorded_at <= ?");
    if (paging)
        sql += QStringLiteral(" AND position > ?");
    return sql;
}

QList<QByteArray> AuditQueries::textArguments(const AuditFilter& filter)
{
    QList<QByteArray> texts;
    if (!filter.userId.isNull())
        texts.append(filter.userId.toByteArray(QUuid::WithoutBraces));
    if (!filter.actor.isEmpty())
        texts.append(filter.actor.toUtf8());
    if (!filter.type.isEmpty())
        texts.append(filter.type.toUtf8());
    if (!filter.source.isEmpty())
        texts.append(filter.source.toUtf8());
    return texts;
}

void AuditQueries::bind(SqliteStatement& statement, const AuditFilter& filter, const QList<QByteArray>& texts,
                        bool paging)
{
    int index = 1;
    for (const QByteArray& text : texts)
        statement.bind(index++, text);
    if (filter.from.isValid())
        statement.bind(index++, filter.from.toMSecsSinceEpoch());
    if (filter.to.isValid())
        statement.bind(index++, filter.to.toMSecsSinceEpoch());
    if (paging) {
        statement.bind(index++, filter.afterPosition);
        statement.bind(index, qint64(filter.limit > 0 ? filter.limit : -1)); // -1: no limit
    }
}

QList<AuditEntry> AuditQueries::entries(const AuditFilter& filter)
{
    SqliteStatement& statement = prepared(
        QStringLiteral("SELECT position, recorded_at, stream_id, user_id, username, organization_id, type, "
                       "actor, source, summary, diff") +
        where(filter, true) + QStringLiteral(" ORDER BY position LIMIT ?"));
    const QList<QByteArray> texts = textArguments(filter);
    bind(statement, filter, texts, true);
    QList<AuditEntry> list;
    if (filter.limit > 0)
        list.reserve(filter.limit);
    while (statement.step()) {
        AuditEntry entry;
        entry.position = statement.int64(0);
        entry.timeMs = statement.int64(1);
        entry.streamId = statement.string(2);
        const QByteArrayView userId = statement.textView(3);
        if (!userId.isEmpty())
            entry.userId = QUuid::fromString(QLatin1StringView(userId));
        entry.username = statement.string(4);
        entry.organizationId = statement.string(5);
        entry.type = statement.string(6);
        entry.actor = statement.string(7);
        entry.source = statement.string(8);
        entry.summary = statement.string(9);
        const QJsonArray diff = QJsonDocument::fromJson(statement.text(10)).array();
        entry.diff.reserve(diff.size());
        for (const QJsonValue& value : diff) {
            const QJsonObject object = value.toObject();
            entry.diff.append(FieldDiff{object.value(QLatin1String("field")).toString(),
                                        object.value(QLatin1String("before")).toString(),
                                        object.value(QLatin1String("after")).toString()});
        }
        list.append(std::move(entry));
    }
    statement.reset();
    return list;
}

qint64 AuditQueries::count(const AuditFilter& filter)
{
    SqliteStatement& statement = prepared(QStringLiteral("SELECT COUNT(*)") + where(filter, false));
    const QList<QByteArray> texts = textArguments(filter);
    bind(statement, filter, texts, false);
    const qint64 n = statement.step() ? statement.int64(0) : 0;
    statement.reset();
    return n;
}

} // namespace keyledger
