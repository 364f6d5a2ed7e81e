#include "commands/UserCommandHandler.h"
#include "common/ViewServices.h"
#include "core/TranslationLoader.h"
#include "projections/ProjectionRunner.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/QueryCache.h"
#include "queries/UserQueries.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"
#include "users/BulkActionJob.h"
#include "users/BulkRolesDialog.h"
#include "users/InlineMessage.h"
#include "users/UserListModel.h"
#include "users/UsersView.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keyledger;

// Bulk actions on the Users page with real services: a SQLite ledger, the real command handler
// and a running projection. The state after each action is read back from the ledger itself.
class TstBulkActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void disableThreeNamesThemAndReportsTheOneAlreadyDisabled();
    void deleteRefusesUsersWhoSignedIn();
    void rolesDialogStartsFromTheSelection();
    void rolesAddAndRemoveOnEveryUser();
    void largeSelectionRunsOnAThreadWithProgress();
    void cancelStopsALargeSelection();

private:
    QUuid create(const QString& username, bool enabled,
                 const QStringList& roles = {QStringLiteral("viewer")});
    QList<UserListItem> items(const QList<QUuid>& users);
    void select(const QList<QUuid>& users);
    QAction* action(const char* name) const;
    UserState state(const QUuid& user) { return m_handler->load(user).state(); }

    TranslationLoader m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
    StoreNotifier m_notifier;
    QueryCache m_cache;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_handler;
    std::unique_ptr<ProjectionRunner> m_runner;
    std::unique_ptr<UsersView> m_view;
    const CommandContext m_context{QStringLiteral("tester@desk"), EventMetadata::sourceLocal(), {}};
    QStringList m_questions;
    QStringList m_details;
};

QUuid TstBulkActions::create(const QString& username, bool enabled, const QStringList& roles)
{
    CreateUser c;
    c.username = username;
    c.email = username + QStringLiteral("@example.org");
    c.firstName = QStringLiteral("First");
    c.lastName = QStringLiteral("Last");
    c.organizationId = QStringLiteral("acme");
    c.roles = roles;
    c.enabled = enabled;
    c.emailVerified = true;
    return m_handler->create(c, m_context).userId;
}

QList<UserListItem> TstBulkActions::items(const QList<QUuid>& users)
{
    // From the read side, as the list shows them.
    if (!m_runner->waitForPosition(m_store->lastPosition(), 20000))
        qFatal("projection did not catch up");
    UserQueries queries(ViewDatabase::pathFor(m_ledger));
    UserListQuery query;
    query.limit = UserListQuery::MaxLimit;
    const UserListPage page = queries.list(query);
    QList<UserListItem> found;
    for (const QUuid& user : users) {
        for (const UserListItem& item : page.items) {
            if (item.id == user)
                found.append(item);
        }
    }
    return found;
}

void TstBulkActions::select(const QList<QUuid>& users)
{
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("usersTable"));
    QItemSelectionModel* selection = table->selectionModel();
    selection->clearSelection();
    for (const QUuid& user : users) {
        const int row = m_view->model()->rowOf(user);
        QVERIFY2(row >= 0, "user not loaded");
        selection->select(m_view->model()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QAction* TstBulkActions::action(const char* name) const
{
    auto* found = m_view->findChild<QAction*>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

void TstBulkActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_translations.install(QLocale(QLocale::English)));
    QCoreApplication::setOrganizationName(QStringLiteral("KeyledgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_bulkactions"));
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqliteEventStore>(m_ledger, SqliteConnection::OpenMode::CreateIfMissing,
                                                 nullptr, &m_notifier);
    m_handler = std::make_unique<UserCommandHandler>(*m_store);
    m_runner = std::make_unique<ProjectionRunner>(m_ledger, ViewDatabase::pathFor(m_ledger),
                                                  [] { return ReadModelCatalog::create(); });
    m_runner->setChangesListener([this](const ProjectedChanges& changes) { m_cache.invalidate(changes); });
    connect(&m_notifier, &StoreNotifier::appended, m_runner.get(), &ProjectionRunner::storeAppended,
            Qt::DirectConnection);
    create(QStringLiteral("seed"), true);
    m_runner->start();
    QVERIFY(m_runner->waitForPosition(m_store->lastPosition(), 20000));
}

void TstBulkActions::init()
{
    QVERIFY(m_runner->waitForPosition(m_store->lastPosition(), 20000));
    const ViewServices services{
        *m_store, *m_handler, m_notifier, *m_runner, m_cache, m_ledger, ViewDatabase::pathFor(m_ledger)};
    m_view = std::make_unique<UsersView>(services);
    m_view->setConfirm([this](const QString& question, const QString& details, const QString&,
                              std::function<void(bool)> answer) {
        m_questions.append(question);
        m_details.append(details);
        answer(true);
    });
    m_view->resize(1280, 720);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY(m_view->model()->rowCount() > 0);
    m_questions.clear();
    m_details.clear();
}

void TstBulkActions::cleanup()
{
    m_view.reset();
}

void TstBulkActions::cleanupTestCase()
{
    m_runner.reset();
    m_handler.reset();
    m_store.reset();
    m_dir.reset();
}

void TstBulkActions::disableThreeNamesThemAndReportsTheOneAlreadyDisabled()
{
    const QList<QUuid> users{create(QStringLiteral("dana"), true), create(QStringLiteral("eli"), true),
                             create(QStringLiteral("fay"), false)};
    QTRY_VERIFY(m_view->model()->rowOf(users.last()) >= 0);
    select(users);
    QVERIFY(action("disableUserAction")->isEnabled());
    action("disableUserAction")->trigger();

    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QStringLiteral("Disable 3 users?")),
             qPrintable(m_questions.first()));
    const QStringList named = m_details.first().split(QStringLiteral(", "));
    QCOMPARE(QSet<QString>(named.cbegin(), named.cend()),
             (QSet<QString>{QStringLiteral("dana"), QStringLiteral("eli"), QStringLiteral("fay")}));
    for (const QUuid& user : users)
        QVERIFY(!state(user).enabled);
    const QString summary = m_view->findChild<InlineMessage*>(QStringLiteral("inlineMessage"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Disabled 2 user")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 left as it was:\nfay: already disabled")),
             qPrintable(summary));
    // fay was not touched: no event appended for her.
    QCOMPARE(m_handler->load(users.last()).version(), 1);
    for (const QUuid& user : users)
        QTRY_COMPARE(m_view->model()->userAt(m_view->model()->rowOf(user)).status, UserStatus::Disabled);
}

void TstBulkActions::deleteRefusesUsersWhoSignedIn()
{
    const QUuid gus = create(QStringLiteral("gus"), false);
    const QUuid hal = create(QStringLiteral("hal"), true);
    m_handler->recordLogin(hal, 1'717'000'000'000, m_context);
    const QList<UserListItem> selection = items({gus, hal});
    QCOMPARE(selection.size(), 2);
    const BulkOutcome outcome =
        BulkActionJob::apply(*m_handler, BulkActionJob::Action::Delete, selection, ChangeUserRoles{});
    QCOMPARE(outcome.changed, QStringList{QStringLiteral("gus")});
    QCOMPARE(outcome.refused.size(), 1);
    QVERIFY2(outcome.refused.first().startsWith(QStringLiteral("hal: enabled and has signed in")),
             qPrintable(outcome.refused.first()));
    QVERIFY(state(gus).deleted);
    QVERIFY(!state(hal).deleted);
    QVERIFY(BulkActionJob::summary(BulkActionJob::Action::Delete, outcome)
                .contains(QStringLiteral("1 refused:")));
}

void TstBulkActions::rolesDialogStartsFromTheSelection()
{
    const QUuid ivy =
        create(QStringLiteral("ivy"), true, {QStringLiteral("viewer"), QStringLiteral("admin")});
    const QUuid jon = create(QStringLiteral("jon"), true, {QStringLiteral("viewer")});
    BulkRolesDialog dialog(items({ivy, jon}), {QStringLiteral("auditor")}, QStringLiteral("local roles"));
    QCOMPARE(dialog.listedRoles(),
             (QStringList{QStringLiteral("admin"), QStringLiteral("auditor"), QStringLiteral("viewer")}));
    QVERIFY(dialog.change().add.isEmpty() && dialog.change().remove.isEmpty()); // nothing changed yet
    dialog.setRoleState(QStringLiteral("auditor"), Qt::Checked);
    dialog.setRoleState(QStringLiteral("admin"), Qt::Unchecked);
    QCOMPARE(dialog.change().add, QStringList{QStringLiteral("auditor")});
    QCOMPARE(dialog.change().remove, QStringList{QStringLiteral("admin")});
    dialog.setRoleState(QStringLiteral("admin"), Qt::PartiallyChecked); // back to "leave as it is"
    QVERIFY(dialog.change().remove.isEmpty());
}

void TstBulkActions::rolesAddAndRemoveOnEveryUser()
{
    const QList<QUuid> users{
        create(QStringLiteral("kim"), true, {QStringLiteral("viewer")}),
        create(QStringLiteral("lou"), true, {QStringLiteral("viewer"), QStringLiteral("auditor")}),
        create(QStringLiteral("max"), true, {QStringLiteral("auditor")})};
    QTRY_VERIFY(m_view->model()->rowOf(users.last()) >= 0);
    select(users);
    QVERIFY(action("rolesUserAction")->isEnabled());
    auto* controller = m_view->findChild<UserActionsController*>();
    QVERIFY(controller);
    controller->runRoles(items(users),
                         ChangeUserRoles{{QStringLiteral("auditor")}, {QStringLiteral("viewer")}});
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QStringLiteral("add auditor; remove viewer")),
             qPrintable(m_questions.first()));
    for (const QUuid& user : users)
        QCOMPARE(state(user).roles, QStringList{QStringLiteral("auditor")});
    // max already had exactly that: no command, and the summary says so.
    QCOMPARE(m_handler->load(users.last()).version(), 1);
    const QString summary = m_view->findChild<InlineMessage*>(QStringLiteral("inlineMessage"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Changed the roles of 2 user")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("max: already has these roles")), qPrintable(summary));
}

void TstBulkActions::largeSelectionRunsOnAThreadWithProgress()
{
    QList<QUuid> users;
    for (int i = 0; i < 30; ++i)
        users.append(create(QStringLiteral("bulk%1").arg(i, 2, 10, QLatin1Char('0')), true));
    QVERIFY(m_runner->waitForPosition(m_store->lastPosition(), 20000));
    BulkActionJob job(BulkActionJob::Target{*m_handler, m_ledger, &m_notifier},
                      BulkActionJob::Action::Disable, items(users));
    QVERIFY(job.runsOnThread());
    QSignalSpy progress(&job, &BulkActionJob::progress);
    QSignalSpy finished(&job, &BulkActionJob::finished);
    job.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(job.outcome().changed.size(), 30);
    QVERIFY(job.outcome().refused.isEmpty());
    QVERIFY(progress.size() >= 30);
    QCOMPARE(progress.last().at(0).toInt(), 30);
    for (const QUuid& user : users)
        QVERIFY(!state(user).enabled);
    // The appends reached the projection through the shared notifier.
    QVERIFY(m_runner->waitForPosition(job.outcome().lastPosition, 20000));
}

void TstBulkActions::cancelStopsALargeSelection()
{
    QList<QUuid> users;
    for (int i = 0; i < 40; ++i)
        users.append(create(QStringLiteral("stop%1").arg(i, 2, 10, QLatin1Char('0')), true));
    QVERIFY(m_runner->waitForPosition(m_store->lastPosition(), 20000));
    BulkActionJob job(BulkActionJob::Target{*m_handler, m_ledger, &m_notifier},
                      BulkActionJob::Action::Disable, items(users));
    job.cancel(); // before the first user: the thread stops at once
    QSignalSpy finished(&job, &BulkActionJob::finished);
    job.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(job.outcome().cancelled);
    QVERIFY(job.outcome().changed.isEmpty());
    for (const QUuid& user : users)
        QVERIFY(state(user).enabled);
    QVERIFY(BulkActionJob::summary(BulkActionJob::Action::Disable, job.outcome())
                .contains(QStringLiteral("Stopped after 0 of 40 user")));
}

QTEST_MAIN(TstBulkActions)
#include "tst_bulkactions.moc"
