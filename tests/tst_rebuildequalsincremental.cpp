// A rebuild keeps the read models' rows in memory and writes each once at the end; catch-up
// batches read, change and write them back per batch. Both must leave exactly the same rows in
// every table of every read model, on a realistic ledger: the demo's year of history (imports,
// edits, moves, logins, disables, deletions) plus local changes with every sync outcome.
#include "commands/CommandContext.h"
#include "commands/UserCommandHandler.h"
#include "core/demo/DemoStore.h"
#include "domain/UserCommands.h"
#include "projections/Projector.h"
#include "projections/ReadModel.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

class TstRebuildEqualsIncremental : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rebuildEqualsIncremental();
    void boundedRebuildEqualsIncremental();
    void rebuildAfterMoreEventsEqualsIncremental();

private:
    QString viewsPath(const QString& name) const
    {
        return m_dir.filePath(name + QStringLiteral(".views.db"));
    }
    void catchUpInto(const QString& name);
    void rebuildInto(const QString& name, std::optional<qsizetype> rowsInMemory = std::nullopt);
    // Every row of every table of every read model, as text, in primary-key order.
    QMap<QString, QStringList> dump(const QString& name) const;
    void appendLocalChanges();

    QTemporaryDir m_dir;
    QString m_ledger;
};

void TstRebuildEqualsIncremental::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ledger = m_dir.filePath(QStringLiteral("demo.db"));
    const demo::DemoSummary summary = demo::DemoStore::create(m_ledger, {}, 400);
    QCOMPARE(summary.users, 400);
    QVERIFY(summary.events > 2 * Projector::BatchSize); // users' histories span catch-up batches
    appendLocalChanges();
}

void TstRebuildEqualsIncremental::appendLocalChanges()
{
    SqliteEventStore store(m_ledger, SqliteConnection::OpenMode::MustExist);
    UserCommandHandler handler(store);
    CommandContext context;
    context.actor = QStringLiteral("tester@host");
    QList<QUuid> created;
    QList<qint64> positions;
    for (int i = 0; i < 12; ++i) {
        CreateUser create;
        create.username = QStringLiteral("local%1").arg(i);
        create.email = create.username + QStringLiteral("@example.org");
        create.firstName = QStringLiteral("Local");
        create.lastName = QString::number(i);
        create.organizationId = i % 2 ? QStringLiteral("acme") : QStringLiteral("globex");
        create.roles = {QStringLiteral("viewer")};
        const CommandResult result = handler.create(create, context);
        created.append(result.userId);
        positions.append(result.position);
    }
    // Delivered, refused, refused then retried, refused then discarded, changed after a
    // refusal, deleted while a delivery was pending.
    handler.recordSynced(created[0],
                         UserSyncedToKeycloak{QStringLiteral("kc-0"), positions[0], QStringLiteral("create")},
                         context);
    handler.recordSyncFailed(
        created[1], UserSyncFailed{positions[1], QStringLiteral("create"), 409, QStringLiteral("exists")},
        context);
    handler.recordSyncFailed(
        created[2], UserSyncFailed{positions[2], QStringLiteral("create"), 400, QStringLiteral("bad")},
        context);
    handler.retrySync(created[2], positions[2], context);
    handler.recordSyncFailed(
        created[3], UserSyncFailed{positions[3], QStringLiteral("create"), 403, QStringLiteral("no")},
        context);
    handler.discardSync(created[3], positions[3], QStringLiteral("create"), context);
    handler.recordSyncFailed(
        created[4], UserSyncFailed{positions[4], QStringLiteral("create"), 409, QStringLiteral("dup")},
        context);
    UpdateUserProfile update;
    update.email = QStringLiteral("fixed4@example.org");
    update.organizationId = QStringLiteral("initech");
    handler.updateProfile(created[4], update, context);
    handler.disable(created[5], context);
    handler.markEmailVerified(created[6], context);
    handler.recordLogin(created[6], 1'700'000'000'000, context);
    handler.remove(created[7], context);
    handler.recordSynced(created[7],
                         UserSyncedToKeycloak{QStringLiteral("kc-7"), positions[7], QStringLiteral("create")},
                         context);
    ChangeUserRoles roles;
    roles.add = {QStringLiteral("auditor")};
    roles.remove = {QStringLiteral("viewer")};
    handler.changeRoles(created[8], roles, context);
}

void TstRebuildEqualsIncremental::catchUpInto(const QString& name)
{
    SqliteEventStore store(m_ledger, SqliteConnection::OpenMode::ReadOnly);
    ViewDatabase views(viewsPath(name));
    Projector projector(store, views, ReadModelCatalog::create());
    projector.initialize();
    projector.catchUp();
    QCOMPARE(projector.projectedPosition(), store.lastPosition());
    for (const ProjectionStatus& status : projector.status())
        QVERIFY2(status.error.isEmpty(), qPrintable(status.error));
}

void TstRebuildEqualsIncremental::rebuildInto(const QString& name, std::optional<qsizetype> rowsInMemory)
{
    SqliteEventStore store(m_ledger, SqliteConnection::OpenMode::ReadOnly);
    ViewDatabase views(viewsPath(name));
    Projector projector(store, views, ReadModelCatalog::create());
    if (rowsInMemory)
        projector.setRebuildRowsInMemory(*rowsInMemory);
    projector.initialize();
    QVERIFY(projector.rebuild({}));
    QCOMPARE(projector.projectedPosition(), store.lastPosition());
}

QMap<QString, QStringList> TstRebuildEqualsIncremental::dump(const QString& name) const
{
    QMap<QString, QStringList> tables;
    ViewDatabase views(viewsPath(name));
    for (const auto& model : ReadModelCatalog::create()) {
        for (const QString& table : model->tables()) {
            SqliteStatement select(
                views.connection(),
                QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table).toUtf8().constData());
            QStringList& rows = tables[table];
            while (select.step()) {
                QStringList values;
                for (int column = 0; column < select.columnCount(); ++column)
                    values.append(select.isNull(column) ? QStringLiteral("NULL") : select.string(column));
                rows.append(values.join(QLatin1Char('|')));
            }
        }
    }
    return tables;
}

namespace {

void compareTables(const QMap<QString, QStringList>& actual, const QMap<QString, QStringList>& expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QStringList& rows = actual.value(it.key());
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key() + QStringLiteral(" is empty")));
        QVERIFY2(rows.size() == it.value().size(), qPrintable(QStringLiteral("%1: %2 rows, expected %3")
                                                                  .arg(it.key())
                                                                  .arg(rows.size())
                                                                  .arg(it.value().size())));
        for (qsizetype i = 0; i < rows.size(); ++i)
            QVERIFY2(rows.at(i) == it.value().at(i),
                     qPrintable(QStringLiteral("%1 row %2:\n  %3\n  expected\n  %4")
                                    .arg(it.key())
                                    .arg(i)
                                    .arg(rows.at(i), it.value().at(i))));
    }
}

} // namespace

void TstRebuildEqualsIncremental::rebuildEqualsIncremental()
{
    catchUpInto(QStringLiteral("incremental"));
    rebuildInto(QStringLiteral("rebuilt"));
    const auto incremental = dump(QStringLiteral("incremental"));
    compareTables(dump(QStringLiteral("rebuilt")), incremental);
    // The sync outcomes really are in there: one row of each state.
    QStringList states;
    for (const QString& row : incremental.value(QStringLiteral("user_list")))
        states.append(row.section(QLatin1Char('|'), 18, 18));
    for (const char* state : {"synced", "failed", "pending", "local-only"})
        QVERIFY2(states.contains(QLatin1String(state)), state);
}

void TstRebuildEqualsIncremental::boundedRebuildEqualsIncremental()
{
    // A rebuild that may hold only a few rows writes them back as it goes (and reads them
    // again when a later event needs them).
    rebuildInto(QStringLiteral("bounded"), 50);
    compareTables(dump(QStringLiteral("bounded")), dump(QStringLiteral("incremental")));
}

void TstRebuildEqualsIncremental::rebuildAfterMoreEventsEqualsIncremental()
{
    // Catch-up on views that already hold rows (read back from the tables, not from memory).
    {
        SqliteEventStore store(m_ledger, SqliteConnection::OpenMode::MustExist);
        UserCommandHandler handler(store);
        CommandContext context;
        context.actor = QStringLiteral("second@host");
        const std::optional<QUuid> user = handler.resolve(QStringLiteral("local4"));
        QVERIFY(user);
        handler.enable(*handler.resolve(QStringLiteral("local5")), context);
        UpdateUserProfile update;
        update.lastName = QStringLiteral("Again");
        update.organizationId = QStringLiteral("acme");
        handler.updateProfile(*user, update, context);
        handler.recordLogin(*user, 1'700'000'100'000, context);
    }
    catchUpInto(QStringLiteral("incremental"));
    rebuildInto(QStringLiteral("rebuilt-again"));
    compareTables(dump(QStringLiteral("rebuilt-again")), dump(QStringLiteral("incremental")));
}

QTEST_GUILESS_MAIN(TstRebuildEqualsIncremental)
#include "tst_rebuildequalsincremental.moc"
