#include "commands/UserCommandHandler.h"
#include "common/ViewServices.h"
#include "core/TranslationLoader.h"
#include "projections/ProjectionRunner.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/QueryCache.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"
#include "users/UserEditorDialog.h"
#include "users/UserListModel.h"
#include "users/UsersView.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keyledger;

// The Users screen with real services: a SQLite ledger, the real command handler, a running
// ProjectionRunner and the shared query cache. Commands go through the view's actions and the
// rows must change by themselves once the projection has caught up.
class TstUsersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void searchFiltersTheRows();
    void actionsFollowTheSelection();
    void disableAfterConfirmationTurnsTheRowRed();
    void bulkDisableNamesEveryUser();
    void cancelledConfirmationChangesNothing();
    void createThroughTheDialog();
    void ctrlFFocusesTheSearch();
    void screenshot();

private:
    void select(const QList<QUuid>& users);
    QAction* action(const char* name) const;
    const UserListItem* row(const QUuid& user) const;

    TranslationLoader m_translations; // English plural forms, as the application shows them
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
    StoreNotifier m_notifier;
    QueryCache m_cache;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_handler;
    std::unique_ptr<ProjectionRunner> m_runner;
    std::unique_ptr<UsersView> m_view;
    QHash<QString, QUuid> m_ids;
    QStringList m_questions;
    QStringList m_details;
    bool m_answer = true;
};

void TstUsersView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_translations.install(QLocale(QLocale::English)));
    QCoreApplication::setOrganizationName(QStringLiteral("KeyledgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_usersview"));
    QSettings().clear(); // the column layout of an earlier run
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqliteEventStore>(m_ledger, SqliteConnection::OpenMode::CreateIfMissing,
                                                 nullptr, &m_notifier);
    m_handler = std::make_unique<UserCommandHandler>(*m_store);
    const CommandContext context{QStringLiteral("tester@desk"), EventMetadata::sourceLocal(), {}};
    const QStringList first = {QStringLiteral("Ada"),   QStringLiteral("Grace"),   QStringLiteral("Alan"),
                               QStringLiteral("Linus"), QStringLiteral("Barbara"), QStringLiteral("Ken")};
    const QStringList last = {QStringLiteral("Lovelace"), QStringLiteral("Hopper"),
                              QStringLiteral("Turing"),   QStringLiteral("Torvalds"),
                              QStringLiteral("Liskov"),   QStringLiteral("Thompson")};
    const QStringList orgs = {QStringLiteral("acme"), QStringLiteral("initech"), QStringLiteral("umbrella")};
    qint64 position = 0;
    for (int i = 0; i < 40; ++i) {
        CreateUser c;
        c.username = QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'));
        c.email = QStringLiteral("%1.%2%3@%4.example")
                      .arg(first[i % 6].toLower(), last[(i / 2) % 6].toLower())
                      .arg(i)
                      .arg(orgs[i % 3]);
        c.firstName = first[i % 6];
        c.lastName = last[(i / 2) % 6];
        c.organizationId = orgs[i % 3];
        c.roles = i % 4 == 0 ? QStringList{QStringLiteral("admin"), QStringLiteral("viewer")}
                             : QStringList{QStringLiteral("viewer")};
        c.enabled = i % 6 != 5;
        c.emailVerified = i % 4 != 3;
        const CommandResult result = m_handler->create(c, context);
        m_ids.insert(c.username, result.userId);
        position = result.position;
        if (i % 3 == 0)
            position =
                m_handler->recordLogin(result.userId, 1'717'000'000'000 + i * 3'600'000LL, context).position;
    }
    m_runner = std::make_unique<ProjectionRunner>(m_ledger, ViewDatabase::pathFor(m_ledger),
                                                  [] { return ReadModelCatalog::create(); });
    m_runner->setChangesListener([this](const ProjectedChanges& changes) { m_cache.invalidate(changes); });
    connect(&m_notifier, &StoreNotifier::appended, m_runner.get(), &ProjectionRunner::storeAppended,
            Qt::DirectConnection);
    m_runner->start();
    QVERIFY(m_runner->waitForPosition(position, 20000));
}

void TstUsersView::init()
{
    const ViewServices services{
        *m_store, *m_handler, m_notifier, *m_runner, m_cache, m_ledger, ViewDatabase::pathFor(m_ledger)};
    m_view = std::make_unique<UsersView>(services);
    m_view->setConfirm([this](const QString& question, const QString& details, const QString&,
                              std::function<void(bool)> answer) {
        m_questions.append(question);
        m_details.append(details);
        answer(m_answer);
    });
    m_view->resize(1280, 720);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(m_ids.size()));
    m_questions.clear();
    m_details.clear();
    m_answer = true;
}

void TstUsersView::cleanup()
{
    m_view.reset();
}

void TstUsersView::cleanupTestCase()
{
    m_runner.reset();
    m_handler.reset();
    m_store.reset();
    m_dir.reset();
}

QAction* TstUsersView::action(const char* name) const
{
    auto* found = m_view->findChild<QAction*>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

const UserListItem* TstUsersView::row(const QUuid& user) const
{
    const int r = m_view->model()->rowOf(user);
    return r < 0 ? nullptr : &m_view->model()->userAt(r);
}

void TstUsersView::select(const QList<QUuid>& users)
{
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("usersTable"));
    QItemSelectionModel* selection = table->selectionModel();
    selection->clearSelection();
    for (const QUuid& user : users) {
        const int r = m_view->model()->rowOf(user);
        QVERIFY2(r >= 0, "user not loaded");
        selection->select(m_view->model()->index(r, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TstUsersView::searchFiltersTheRows()
{
    auto* search = m_view->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* count = m_view->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(search && count);
    QCOMPARE(count->text(), QStringLiteral("40 users"));
    QTest::keyClicks(search, QStringLiteral("user1"));
    QTRY_COMPARE(m_view->model()->rowCount(), 10); // user10 .. user19
    QCOMPARE(count->text(), QStringLiteral("10 of 40 users"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("GRACE"));
    QTRY_COMPARE(m_view->model()->rowCount(), 7); // first name Grace: i % 6 == 1
    for (int r = 0; r < m_view->model()->rowCount(); ++r)
        QCOMPARE(m_view->model()->userAt(r).firstName, QStringLiteral("Grace"));
}

void TstUsersView::actionsFollowTheSelection()
{
    QVERIFY(!action("editUserAction")->isEnabled());
    QVERIFY(!action("disableUserAction")->isEnabled());
    QVERIFY(action("newUserAction")->isEnabled());

    const QUuid disabled = m_ids.value(QStringLiteral("user05")); // 5 % 6 == 5
    select({disabled});
    QVERIFY(!row(disabled)->enabled);
    QVERIFY(action("enableUserAction")->isEnabled());
    QVERIFY(!action("disableUserAction")->isEnabled());
    QVERIFY(!action("editUserAction")->isEnabled()); // canEdit needs enabled and verified
    QVERIFY(action("deleteUserAction")->isEnabled());

    const QUuid active = m_ids.value(QStringLiteral("user01"));
    select({active});
    QCOMPARE(row(active)->status, UserStatus::Active);
    QVERIFY(action("editUserAction")->isEnabled());
    QVERIFY(action("disableUserAction")->isEnabled());
    QVERIFY(!action("enableUserAction")->isEnabled());
    QVERIFY(!action("verifyEmailAction")->isEnabled());
    QVERIFY(action("resetPasswordAction")->isEnabled());

    // Mixed: a bulk action is offered when it changes one of them (the others are reported).
    select({active, disabled});
    QVERIFY(action("enableUserAction")->isEnabled());
    QVERIFY(action("disableUserAction")->isEnabled());
    QVERIFY(!action("editUserAction")->isEnabled());
    QCOMPARE(action("deleteUserAction")->shortcut(), QKeySequence(QKeySequence::Delete));
}

void TstUsersView::disableAfterConfirmationTurnsTheRowRed()
{
    const QUuid user = m_ids.value(QStringLiteral("user02"));
    select({user});
    QVERIFY(action("disableUserAction")->isEnabled());
    action("disableUserAction")->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QStringLiteral("1 user")), qPrintable(m_questions.first()));
    QCOMPARE(m_details.first(), QStringLiteral("user02"));
    auto* count = m_view->findChild<QLabel*>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("Updating…"));

    QTRY_COMPARE(row(user)->status, UserStatus::Disabled);
    const QModelIndex status = m_view->model()->index(m_view->model()->rowOf(user), UserListModel::Status);
    QCOMPARE(status.data(UserListModel::StatusColourRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    QCOMPARE(count->text(), QStringLiteral("40 users"));
    // Still selected, and the actions now say what a disabled user allows.
    QVERIFY(action("enableUserAction")->isEnabled());
    QVERIFY(!action("disableUserAction")->isEnabled());

    action("enableUserAction")->trigger(); // one user: no question
    QCOMPARE(m_questions.size(), 1);
    QTRY_COMPARE(row(user)->status, UserStatus::Active);
}

void TstUsersView::bulkDisableNamesEveryUser()
{
    const QList<QUuid> users{m_ids.value(QStringLiteral("user06")), m_ids.value(QStringLiteral("user07")),
                             m_ids.value(QStringLiteral("user08"))};
    select(users);
    QVERIFY(action("disableUserAction")->isEnabled());
    action("disableUserAction")->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QStringLiteral("3 user")), qPrintable(m_questions.first()));
    const QStringList named = m_details.first().split(QStringLiteral(", "));
    QCOMPARE(QSet<QString>(named.cbegin(), named.cend()),
             (QSet<QString>{QStringLiteral("user06"), QStringLiteral("user07"), QStringLiteral("user08")}));
    for (const QUuid& user : users)
        QTRY_COMPARE(row(user)->status, UserStatus::Disabled);

    action("enableUserAction")->trigger();
    QCOMPARE(m_questions.size(), 2);
    for (const QUuid& user : users)
        QTRY_VERIFY(row(user)->enabled);
}

void TstUsersView::cancelledConfirmationChangesNothing()
{
    const QUuid user = m_ids.value(QStringLiteral("user04"));
    select({user});
    m_answer = false;
    action("disableUserAction")->trigger();
    QCOMPARE(m_questions.size(), 1);
    const qint64 before = m_store->lastPosition();
    QTest::qWait(100);
    QCOMPARE(m_store->lastPosition(), before);
    QVERIFY(row(user)->enabled);
}

void TstUsersView::createThroughTheDialog()
{
    action("newUserAction")->trigger();
    auto* dialog = m_view->findChild<UserEditorDialog*>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isSaveEnabled());
    auto* username = dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    auto* emailError = dialog->findChild<QLabel*>(QStringLiteral("emailEditError"));
    QTest::keyClicks(username, QStringLiteral("Margaret"));
    QTest::keyClicks(email, QStringLiteral("margaret@"));
    QVERIFY(!dialog->isSaveEnabled());
    QVERIFY(emailError->isVisibleTo(dialog));
    QVERIFY2(emailError->text().contains(QStringLiteral("not a valid e-mail")),
             qPrintable(emailError->text()));
    QTest::keyClicks(email, QStringLiteral("nasa.example"));
    QVERIFY(dialog->isSaveEnabled());
    QVERIFY(!emailError->isVisibleTo(dialog));
    dialog->findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Margaret"));
    dialog->findChild<QLineEdit*>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Hamilton"));
    dialog->findChild<QLineEdit*>(QStringLiteral("organizationEdit"))->setText(QStringLiteral("acme"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();

    // Unverified e-mail: orange, newest first, selected.
    QTRY_VERIFY(m_view->model()->rowCount() > 0 &&
                m_view->model()->userAt(0).username == QLatin1String("margaret"));
    const UserListItem& created = m_view->model()->userAt(0);
    QCOMPARE(created.status, UserStatus::Unverified);
    QCOMPARE(m_view->model()
                 ->index(0, UserListModel::Status)
                 .data(UserListModel::StatusColourRole)
                 .value<QColor>(),
             QColor(0xef, 0x6c, 0x00));
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("usersTable"));
    QTRY_COMPARE(table->selectionModel()->currentIndex().row(), 0);
    m_ids.insert(QStringLiteral("margaret"), created.id);

    // The same username again is refused with the message under the field.
    action("newUserAction")->trigger();
    QTRY_COMPARE(m_view->findChildren<UserEditorDialog*>().size(), 1);
    dialog = m_view->findChild<UserEditorDialog*>();
    dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("margaret"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("usernameEditError"))->isVisibleTo(dialog));
    dialog->reject();
}

void TstUsersView::ctrlFFocusesTheSearch()
{
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("usersTable"));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_view->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->hasFocus());
}

void TstUsersView::screenshot()
{
    select({m_ids.value(QStringLiteral("user37")), m_ids.value(QStringLiteral("user36"))});
    const QPixmap picture = m_view->grab();
    QVERIFY(!picture.isNull());
    QVERIFY(picture.save(QStringLiteral("/tmp/usersview.png")));
    QVERIFY(picture.save(QCoreApplication::applicationDirPath() + QStringLiteral("/usersview.png")));
}

QTEST_MAIN(TstUsersView)
#include "tst_usersview.moc"
