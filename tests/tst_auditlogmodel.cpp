#include "audit/AuditCsvRows.h"
#include "audit/AuditDiffModel.h"
#include "audit/AuditLogModel.h"
#include "commands/UserCommandHandler.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace keyledger;

class TstAuditLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesPagesByPosition();
    void filtersByUserActorTypeSourceAndTime();
    void followsTheProjection();
    void waitsForTheViewsDatabase();
    void clearedShowsNothing();
    void diffModelShowsBeforeAndAfter();
    void auditCsvRowsCarryEveryColumn();

private:
    QUuid createUser(const QString& username, const QString& organization, const CommandContext& context);
    void project();
    QString ledgerPath() const { return m_dir->filePath(QStringLiteral("k.db")); }
    QString viewsPath() const { return ViewDatabase::pathFor(ledgerPath()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_users;
    std::unique_ptr<ViewDatabase> m_views;
    std::unique_ptr<Projector> m_projector;
    const CommandContext m_alice{QStringLiteral("alice@laptop"), EventMetadata::sourceLocal(), {}};
    const CommandContext m_import{QStringLiteral("keycloak-sync"), EventMetadata::sourceKeycloakImport(), {}};
};

void TstAuditLogModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SqliteEventStore>(ledgerPath(), SqliteConnection::OpenMode::CreateIfMissing);
    m_users = std::make_unique<UserCommandHandler>(*m_store);
}

void TstAuditLogModel::cleanup()
{
    m_projector.reset();
    m_views.reset();
    m_users.reset();
    m_store.reset();
    m_dir.reset();
}

QUuid TstAuditLogModel::createUser(const QString& username, const QString& organization,
                                   const CommandContext& context)
{
    CreateUser create;
    create.username = username;
    create.email = username + QStringLiteral("@example.org");
    create.organizationId = organization;
    return m_users->create(create, context).userId;
}

void TstAuditLogModel::project()
{
    if (!m_projector) {
        m_views = std::make_unique<ViewDatabase>(viewsPath());
        m_projector = std::make_unique<Projector>(*m_store, *m_views, ReadModelCatalog::create());
        m_projector->initialize();
    }
    m_projector->catchUp();
}

void TstAuditLogModel::fetchesPagesByPosition()
{
    for (int i = 0; i < 310; ++i) {
        const QUuid user = createUser(QStringLiteral("user%1").arg(i), QStringLiteral("acme"), m_alice);
        m_users->disable(user, m_alice);
    }
    project();

    AuditLogModel model(viewsPath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(AuditFilter{});
    QCOMPARE(model.rowCount(), AuditLogModel::PageSize);
    QCOMPARE(model.matchingCount(), 620);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 620);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, AuditLogModel::Position)).toLongLong(), row + 1);

    const AuditEntry* first = model.entryAt(0);
    QVERIFY(first);
    QCOMPARE(first->type, QStringLiteral("UserCreated"));
    QCOMPARE(model.data(model.index(0, AuditLogModel::User)).toString(), QStringLiteral("user0"));
    QCOMPARE(model.data(model.index(0, AuditLogModel::User), Qt::ToolTipRole).toString(),
             first->userId.toString(QUuid::WithoutBraces));
    QCOMPARE(model.data(model.index(1, AuditLogModel::Type)).toString(), QStringLiteral("UserDisabled"));
    QCOMPARE(model.data(model.index(0, AuditLogModel::Organization)).toString(), QStringLiteral("acme"));
    QCOMPARE(model.data(model.index(0, AuditLogModel::Actor)).toString(), QStringLiteral("alice@laptop"));
    QCOMPARE(model.data(model.index(0, AuditLogModel::Source)).toString(), QStringLiteral("local"));
    QVERIFY(!model.data(model.index(0, AuditLogModel::Summary)).toString().isEmpty());
    const QString local = model.data(model.index(0, AuditLogModel::Time)).toString();
    QCOMPARE(local,
             QDateTime::fromMSecsSinceEpoch(first->timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QString utc = model.data(model.index(0, AuditLogModel::Time), Qt::ToolTipRole).toString();
    QVERIFY2(utc.endsWith(QLatin1Char('Z')), qPrintable(utc));
    QCOMPARE(QDateTime::fromString(utc, Qt::ISODateWithMs).toMSecsSinceEpoch(), first->timeMs);
    QVERIFY(!model.entryAt(620));

    // A new filter starts over from the first page.
    AuditFilter disabled;
    disabled.type = QStringLiteral("UserDisabled");
    model.setFilter(disabled);
    QCOMPARE(model.rowCount(), 310);
    QCOMPARE(model.matchingCount(), 310);
    QVERIFY(!model.canFetchMore({}));
}

void TstAuditLogModel::filtersByUserActorTypeSourceAndTime()
{
    const QUuid ada = createUser(QStringLiteral("ada"), QStringLiteral("acme"), m_alice);
    const CommandContext bob{QStringLiteral("bob@desk"), EventMetadata::sourceLocal(), {}};
    const QUuid grace = createUser(QStringLiteral("grace"), QStringLiteral("initech"), bob);
    UpdateUserProfile rename;
    rename.lastName = QStringLiteral("King");
    m_users->updateProfile(ada, rename, m_alice);
    m_users->disable(grace, bob);
    m_users->recordLogin(ada, QDateTime::currentMSecsSinceEpoch(), m_import);
    project();

    AuditLogModel model(viewsPath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto types = [&model] {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.entryAt(row)->type);
        return result;
    };

    AuditFilter byUser;
    byUser.userId = ada;
    model.setFilter(byUser);
    QCOMPARE(types(), (QStringList{QStringLiteral("UserCreated"), QStringLiteral("UserUpdated"),
                                   QStringLiteral("UserLoggedIn")}));

    AuditFilter byActor;
    byActor.actor = QStringLiteral("bob@desk");
    model.setFilter(byActor);
    QCOMPARE(types(), (QStringList{QStringLiteral("UserCreated"), QStringLiteral("UserDisabled")}));
    QCOMPARE(model.entryAt(0)->username, QStringLiteral("grace"));

    AuditFilter byType;
    byType.type = QStringLiteral("UserUpdated");
    model.setFilter(byType);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0)->diff.size(), 1);
    QCOMPARE(model.entryAt(0)->diff.first().field, QStringLiteral("lastName"));

    AuditFilter bySource;
    bySource.source = EventMetadata::sourceKeycloakImport();
    model.setFilter(bySource);
    QCOMPARE(types(), QStringList{QStringLiteral("UserLoggedIn")});

    AuditFilter combined;
    combined.userId = grace;
    combined.type = QStringLiteral("UserUpdated");
    model.setFilter(combined);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.matchingCount(), 0);

    AuditFilter future;
    future.from = QDateTime::currentDateTime().addSecs(3600);
    model.setFilter(future);
    QCOMPARE(model.rowCount(), 0);
    AuditFilter past;
    past.from = QDateTime::currentDateTime().addSecs(-3600);
    past.to = QDateTime::currentDateTime().addSecs(3600);
    model.setFilter(past);
    QCOMPARE(model.rowCount(), 5);
}

void TstAuditLogModel::followsTheProjection()
{
    const QUuid ada = createUser(QStringLiteral("ada"), QStringLiteral("acme"), m_alice);
    project();
    AuditLogModel model(viewsPath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1);

    // Everything shown: the new entries are fetched at once.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(&model, &AuditLogModel::matchingCountChanged);
    m_users->disable(ada, m_alice);
    m_users->enable(ada, m_alice);
    project();
    model.refresh();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.matchingCount(), 3);
    QCOMPARE(counted.size(), 1);

    // Entries outside the filter do not appear.
    AuditFilter enabled;
    enabled.type = QStringLiteral("UserEnabled");
    model.setFilter(enabled);
    QCOMPARE(model.rowCount(), 1);
    m_users->disable(ada, m_alice);
    project();
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
}

void TstAuditLogModel::waitsForTheViewsDatabase()
{
    createUser(QStringLiteral("ada"), QStringLiteral("acme"), m_alice);
    AuditLogModel model(viewsPath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &AuditLogModel::errorChanged);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.error().isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(!model.canFetchMore({}));

    project();
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.error().isEmpty());
    QCOMPARE(errors.size(), 2);
}

void TstAuditLogModel::clearedShowsNothing()
{
    createUser(QStringLiteral("ada"), QStringLiteral("acme"), m_alice);
    project();
    AuditLogModel model(viewsPath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QVERIFY(model.isCleared());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.matchingCount(), 0);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1);
}

void TstAuditLogModel::diffModelShowsBeforeAndAfter()
{
    AuditDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setDiff({FieldDiff{QStringLiteral("lastName"), QStringLiteral("Lovelace"), QStringLiteral("King")},
                   FieldDiff{QStringLiteral("email"), QString(), QStringLiteral("ada@example.org")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.data(model.index(0, AuditDiffModel::Field)).toString(), QStringLiteral("lastName"));
    QCOMPARE(model.data(model.index(0, AuditDiffModel::Before)).toString(), QStringLiteral("Lovelace"));
    QCOMPARE(model.data(model.index(0, AuditDiffModel::After)).toString(), QStringLiteral("King"));
    const QColor before =
        model.data(model.index(0, AuditDiffModel::Before), Qt::BackgroundRole).value<QBrush>().color();
    const QColor after =
        model.data(model.index(0, AuditDiffModel::After), Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(before.red() > before.green());
    QVERIFY(after.green() > after.red());
    QCOMPARE(model.data(model.index(1, AuditDiffModel::Before)).toString(), QStringLiteral("(empty)"));
    QCOMPARE(model.headerData(AuditDiffModel::Before, Qt::Horizontal).toString(), QStringLiteral("Before"));
    model.setDiff({});
    QCOMPARE(model.rowCount(), 0);
}

void TstAuditLogModel::auditCsvRowsCarryEveryColumn()
{
    AuditEntry entry;
    entry.position = 7;
    entry.timeMs = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    entry.userId = QUuid::fromString(QStringLiteral("01234567-89ab-cdef-0123-456789abcdef"));
    entry.username = QStringLiteral("ada");
    entry.diff = {FieldDiff{QStringLiteral("enabled"), QStringLiteral("true"), QStringLiteral("false")},
                  FieldDiff{QStringLiteral("lastName"), QStringLiteral("Lovelace"), QStringLiteral("King")}};
    const QStringList fields = AuditCsvRows::fields(entry);
    QCOMPARE(fields.size(), AuditCsvRows::header().size());
    QCOMPARE(fields.at(1), QStringLiteral("2024-05-01T10:00:00.000Z"));
    QCOMPARE(fields.at(2), QStringLiteral("01234567-89ab-cdef-0123-456789abcdef"));
    QCOMPARE(fields.last(), QStringLiteral("enabled: true → false; lastName: Lovelace → King"));
}

QTEST_MAIN(TstAuditLogModel)
#include "tst_auditlogmodel.moc"
