#include "commands/UserCommandHandler.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/CachedQueries.h"
#include "queries/QueryCache.h"
#include "store/SqliteEventStore.h"
#include "users/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keyledger;

// The user list model over a real ledger written by the real command handler and projected by
// the real Projector, read through CachedQueries: paging, sorting, filters, refresh.
class TstUserListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void passesTheModelTester();
    void fetchesPagesOnlyWhenAsked();
    void sortingChangesTheOrder();
    void filtersByStatusAndSearch();
    void statusHasLabelAndColour();
    void refreshShowsACommandAndKeepsPersistentIndexes();

private:
    UserListModel::PageSource source();
    void project();

    static constexpr int UserCount = 650;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_handler;
    std::unique_ptr<ViewDatabase> m_views;
    std::unique_ptr<Projector> m_projector;
    QueryCache m_cache;
    std::unique_ptr<CachedQueries> m_queries;
    int m_queryCount = 0;
    int m_disabled = 0;
};

UserListModel::PageSource TstUserListModel::source()
{
    return [this](const UserListQuery& query) {
        ++m_queryCount;
        return m_queries->list(query);
    };
}

void TstUserListModel::project()
{
    m_projector->catchUp();
}

void TstUserListModel::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqliteEventStore>(ledger, SqliteConnection::OpenMode::CreateIfMissing);
    m_handler = std::make_unique<UserCommandHandler>(*m_store);
    const CommandContext context{QStringLiteral("tester@desk"), EventMetadata::sourceLocal(), {}};
    for (int i = 0; i < UserCount; ++i) {
        CreateUser c;
        c.username = QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0'));
        c.email = QStringLiteral("user%1@example.org").arg(i);
        c.firstName = QStringLiteral("First%1").arg(i % 10);
        c.lastName = QStringLiteral("Last%1").arg(i % 7);
        c.organizationId = QStringLiteral("org%1").arg(i % 4);
        c.roles = {QStringLiteral("viewer")};
        c.enabled = i % 5 != 0;
        c.emailVerified = i % 3 != 0;
        if (!c.enabled)
            ++m_disabled;
        m_handler->create(c, context);
    }
    m_views = std::make_unique<ViewDatabase>(ViewDatabase::pathFor(ledger));
    m_projector = std::make_unique<Projector>(*m_store, *m_views, ReadModelCatalog::create());
    m_projector->setChangesListener([this](const ProjectedChanges& changes) { m_cache.invalidate(changes); });
    m_projector->initialize();
    project();
    m_queries = std::make_unique<CachedQueries>(ViewDatabase::pathFor(ledger), m_cache,
                                                [this] { return m_projector->projectedPosition(); });
}

void TstUserListModel::cleanupTestCase()
{
    m_queries.reset();
    m_projector.reset();
    m_views.reset();
    m_handler.reset();
    m_store.reset();
    m_dir.reset();
}

void TstUserListModel::passesTheModelTester()
{
    UserListModel model(source());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), UserCount);
    model.sort(UserListModel::Username, Qt::AscendingOrder);
    model.fetchMore({});
    model.refresh();
    UserListQuery disabled;
    disabled.status = UserStatus::Disabled;
    model.setQuery(disabled);
    model.refresh();
}

void TstUserListModel::fetchesPagesOnlyWhenAsked()
{
    m_cache.clear();
    m_queryCount = 0;
    UserListModel model(source());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(m_queryCount, 0);

    QSignalSpy totals(&model, &UserListModel::totalCountChanged);
    model.setQuery({});
    QCOMPARE(m_queryCount, 1);
    QCOMPARE(model.rowCount(), UserListModel::PageSize);
    QCOMPARE(model.totalCount(), qint64(UserCount));
    QCOMPARE(totals.size(), 1);
    QVERIFY(model.canFetchMore({}));

    // Reading every loaded cell asks nothing of the query side.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.data(model.index(row, column));
    }
    QCOMPARE(m_queryCount, 1);

    model.fetchMore({});
    QCOMPARE(m_queryCount, 2);
    QCOMPARE(model.rowCount(), 2 * UserListModel::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), UserCount);
    QCOMPARE(m_queryCount, (UserCount + UserListModel::PageSize - 1) / UserListModel::PageSize);
    QSet<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.userAt(row).id);
    QCOMPARE(ids.size(), UserCount);
    // Newest first by default.
    QVERIFY(model.userAt(0).createdAt >= model.userAt(UserCount - 1).createdAt);
}

void TstUserListModel::sortingChangesTheOrder()
{
    UserListModel model(source());
    model.setQuery({});
    model.sort(UserListModel::Username, Qt::AscendingOrder);
    QCOMPARE(model.query().sortBy, QStringLiteral("username"));
    QCOMPARE(model.userAt(0).username, QStringLiteral("user000"));
    QCOMPARE(model.userAt(1).username, QStringLiteral("user001"));
    model.sort(UserListModel::Username, Qt::DescendingOrder);
    QCOMPARE(model.userAt(0).username, QStringLiteral("user%1").arg(UserCount - 1));
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.userAt(row - 1).username > model.userAt(row).username);

    model.sort(UserListModel::Status, Qt::AscendingOrder);
    QCOMPARE(model.query().sortBy, QStringLiteral("status"));
    QCOMPARE(model.rowCount(), UserListModel::PageSize);

    // Roles cannot be sorted on the query side: nothing changes, nothing is asked.
    m_queryCount = 0;
    model.sort(UserListModel::Roles, Qt::AscendingOrder);
    QCOMPARE(m_queryCount, 0);
    QCOMPARE(model.query().sortBy, QStringLiteral("status"));
}

void TstUserListModel::filtersByStatusAndSearch()
{
    UserListModel model(source());
    UserListQuery query;
    query.status = UserStatus::Disabled;
    model.setQuery(query);
    QCOMPARE(model.totalCount(), qint64(m_disabled));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), m_disabled);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.userAt(row).status, UserStatus::Disabled);

    query = {};
    query.search = QStringLiteral("USER01");
    model.setQuery(query);
    QCOMPARE(model.totalCount(), qint64(10)); // user010 .. user019
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(!model.canFetchMore({}));

    query.organizationId = QStringLiteral("org1");
    model.setQuery(query);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.userAt(row).organizationId, QStringLiteral("org1"));
    QVERIFY(model.rowCount() > 0 && model.rowCount() < 10);
}

void TstUserListModel::statusHasLabelAndColour()
{
    UserListModel model(source());
    UserListQuery query;
    query.search = QStringLiteral("user000"); // disabled (0 % 5 == 0)
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex status = model.index(0, UserListModel::Status);
    QCOMPARE(status.data().toString(), UserStatus::label(UserStatus::Disabled));
    QCOMPARE(status.data(UserListModel::StatusColourRole).value<QColor>(),
             QColor::fromString(UserStatus::colour(UserStatus::Disabled)));
    QCOMPARE(status.data(UserListModel::StatusRole).toInt(), int(UserStatus::Disabled));
    QCOMPARE(model.index(0, UserListModel::LastLogin).data().toString(), QStringLiteral("never"));
    QCOMPARE(model.index(0, UserListModel::Roles).data().toString(), QStringLiteral("viewer"));
    QCOMPARE(model.index(0, UserListModel::Organization).data().toString(), QStringLiteral("org0"));
    QCOMPARE(model.headerData(UserListModel::Email, Qt::Horizontal).toString(), QStringLiteral("E-mail"));
}

void TstUserListModel::refreshShowsACommandAndKeepsPersistentIndexes()
{
    UserListModel model(source());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * UserListModel::PageSize);

    int row = 0;
    while (!model.userAt(row).enabled)
        ++row;
    const UserListItem before = model.userAt(row);
    QPersistentModelIndex selected(model.index(row, UserListModel::Status));
    QVERIFY(before.canDisable);

    const CommandContext context{QStringLiteral("tester@desk"), EventMetadata::sourceLocal(), {}};
    m_handler->disable(before.id, context);
    // Not projected yet: a refresh still shows the old row (and asks the query side again).
    model.refresh();
    QCOMPARE(model.userAt(row).status, before.status);

    project();
    model.refresh();
    QCOMPARE(model.rowCount(), 2 * UserListModel::PageSize);
    QCOMPARE(model.userAt(row).id, before.id);
    QCOMPARE(model.userAt(row).status, UserStatus::Disabled);
    QVERIFY(model.userAt(row).canEnable);
    QVERIFY(!model.userAt(row).canDisable);
    QCOMPARE(selected.row(), row);

    // A new user arrives on top (newest first): the persistent index follows its user down.
    CreateUser c;
    c.username = QStringLiteral("newcomer");
    c.email = QStringLiteral("newcomer@example.org");
    const QUuid created = m_handler->create(c, context).userId;
    project();
    model.refresh();
    QCOMPARE(model.userAt(0).id, created);
    QCOMPARE(model.totalCount(), qint64(UserCount + 1));
    QCOMPARE(selected.row(), row + 1);
    QCOMPARE(model.userAt(selected.row()).id, before.id);

    // It goes away again: the rows move back up, and no one is lost.
    m_handler->remove(created, context);
    project();
    model.refresh();
    QCOMPARE(model.rowOf(created), -1);
    QCOMPARE(selected.row(), row);
    QCOMPARE(model.totalCount(), qint64(UserCount));
    QSet<QUuid> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.userAt(r).id);
    QCOMPARE(ids.size(), model.rowCount());

    m_handler->enable(before.id, context);
    project();
}

QTEST_MAIN(TstUserListModel)
#include "tst_userlistmodel.moc"
