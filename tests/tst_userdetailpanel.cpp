#include "audit/AuditDiffModel.h"
#include "audit/AuditDiffPane.h"
#include "commands/UserCommandHandler.h"
#include "common/ViewServices.h"
#include "core/TranslationLoader.h"
#include "domain/UserAggregate.h"
#include "projections/ProjectionRunner.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/QueryCache.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "store/StoreNotifier.h"
#include "timetravel/AsOfQueries.h"
#include "users/UserDetailPanel.h"
#include "users/UserHistoryModel.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace keyledger;

// The Users page's detail panel over real services: a SQLite ledger written through the real
// command handler, a running ProjectionRunner and the views it maintains.
class TstUserDetailPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void showsEveryField();
    void historyListsTheEventsWithTheirDiff();
    void retryOnlyForARefusedUser();
    void retrySendsTheChangeAgain();
    void discardAsksFirst();
    void asOfIsDisabledWithoutTimeTravel();
    void asOfRunsOffTheUiThread();
    void asOfWithTheLedgersTimeTravel();

private:
    QUuid create(const QString& username, const QString& organization);
    void refuse(const QUuid& user, const QString& message);
    void waitForProjection();
    QString value(const char* key) const;

    TranslationLoader m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
    StoreNotifier m_notifier;
    QueryCache m_cache;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_handler;
    std::unique_ptr<ProjectionRunner> m_runner;
    std::unique_ptr<UserDetailPanel> m_panel;
    const CommandContext m_context{QStringLiteral("tester@desk"), EventMetadata::sourceLocal(), {}};
    QUuid m_ada;
    QUuid m_grace;
};

QUuid TstUserDetailPanel::create(const QString& username, const QString& organization)
{
    CreateUser c;
    c.username = username;
    c.email = username + QStringLiteral("@example.org");
    c.firstName = username.left(1).toUpper() + username.mid(1);
    c.lastName = QStringLiteral("Tester");
    c.organizationId = organization;
    c.roles = {QStringLiteral("viewer")};
    c.enabled = true;
    c.emailVerified = true;
    return m_handler->create(c, m_context).userId;
}

void TstUserDetailPanel::refuse(const QUuid& user, const QString& message)
{
    SqliteOutbox outbox(m_store->connection());
    const std::optional<OutboxEntry> head = outbox.head(UserAggregate::streamIdFor(user));
    QVERIFY(head);
    const CommandContext sync{QStringLiteral("keyledger-sync@test"), QStringLiteral("keycloak-sync"), {}};
    m_handler->recordSyncFailed(user, UserSyncFailed{head->position, QStringLiteral("create"), 409, message},
                                sync, true);
}

void TstUserDetailPanel::waitForProjection()
{
    QVERIFY(m_runner->waitForPosition(m_store->lastPosition(), 20000));
}

QString TstUserDetailPanel::value(const char* key) const
{
    auto* label = m_panel->findChild<QLabel*>(QStringLiteral("value_") + QLatin1String(key));
    return label ? label->text() : QStringLiteral("<no label>");
}

void TstUserDetailPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_translations.install(QLocale(QLocale::English)));
    QLocale::setDefault(QLocale(QLocale::English));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqliteEventStore>(m_ledger, SqliteConnection::OpenMode::CreateIfMissing,
                                                 nullptr, &m_notifier);
    m_handler = std::make_unique<UserCommandHandler>(*m_store);
    m_ada = create(QStringLiteral("ada"), QStringLiteral("acme"));
    UpdateUserProfile update;
    update.email = QStringLiteral("ada.lovelace@example.org");
    m_handler->updateProfile(m_ada, update, m_context);
    m_handler->changeRoles(m_ada, ChangeUserRoles{{QStringLiteral("admin")}, {}}, m_context);
    m_handler->disable(m_ada, m_context);
    m_grace = create(QStringLiteral("grace"), QStringLiteral("initech"));
    refuse(m_grace, QStringLiteral("User exists with same username"));

    m_runner = std::make_unique<ProjectionRunner>(m_ledger, ViewDatabase::pathFor(m_ledger),
                                                  [] { return ReadModelCatalog::create(); });
    m_runner->setChangesListener([this](const ProjectedChanges& changes) { m_cache.invalidate(changes); });
    connect(&m_notifier, &StoreNotifier::appended, m_runner.get(), &ProjectionRunner::storeAppended,
            Qt::DirectConnection);
    m_runner->start();
    waitForProjection();
}

void TstUserDetailPanel::init()
{
    const ViewServices services{
        *m_store, *m_handler, m_notifier, *m_runner, m_cache, m_ledger, ViewDatabase::pathFor(m_ledger)};
    m_panel = std::make_unique<UserDetailPanel>(services);
    m_panel->resize(520, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TstUserDetailPanel::cleanup()
{
    m_panel.reset();
}

void TstUserDetailPanel::cleanupTestCase()
{
    m_runner.reset();
    m_handler.reset();
    m_store.reset();
    m_dir.reset();
}

void TstUserDetailPanel::showsEveryField()
{
    QCOMPARE(m_panel->findChild<QLabel*>(QStringLiteral("detailTitle"))->text(),
             QStringLiteral("No user selected"));
    m_panel->setUser(m_ada);
    QCOMPARE(m_panel->findChild<QLabel*>(QStringLiteral("detailTitle"))->text(), QStringLiteral("ada"));
    QCOMPARE(value("username"), QStringLiteral("ada"));
    QCOMPARE(value("name"), QStringLiteral("Ada Tester"));
    // A new address is no longer verified (the domain rule).
    QCOMPARE(value("email"), QStringLiteral("ada.lovelace@example.org (not verified)"));
    QCOMPARE(value("status"), QStringLiteral("Disabled"));
    QCOMPARE(value("organization"), QStringLiteral("acme"));
    QCOMPARE(value("roles"), QStringLiteral("admin, viewer"));
    QVERIFY2(value("created").contains(QStringLiteral("by tester@desk")), qPrintable(value("created")));
    QCOMPARE(value("lastLogin"), QStringLiteral("never"));
    QCOMPARE(value("keycloakId"), QStringLiteral("not yet in Keycloak"));
    QCOMPARE(value("version"), QStringLiteral("4"));
    QCOMPARE(value("sync"), QStringLiteral("Waiting to be sent to Keycloak"));
}

void TstUserDetailPanel::historyListsTheEventsWithTheirDiff()
{
    m_panel->setUser(m_ada);
    UserHistoryModel* history = m_panel->historyModel();
    QCOMPARE(history->rowCount(), 4);
    const QStringList types{QStringLiteral("UserCreated"), QStringLiteral("UserUpdated"),
                            QStringLiteral("UserRolesChanged"), QStringLiteral("UserDisabled")};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(history->entryAt(row)->type, types.at(row));
        QCOMPARE(history->index(row, UserHistoryModel::Actor).data().toString(),
                 QStringLiteral("tester@desk"));
        QCOMPARE(history->index(row, UserHistoryModel::Source).data().toString(),
                 QStringLiteral("This desktop"));
        QVERIFY(!history->index(row, UserHistoryModel::Summary).data().toString().isEmpty());
        if (row > 0)
            QVERIFY(history->entryAt(row)->position > history->entryAt(row - 1)->position);
    }
    // The newest entry is selected, with its diff next to it.
    auto* table = m_panel->findChild<QTableView*>(QStringLiteral("historyTable"));
    QCOMPARE(table->currentIndex().row(), 3);
    const QList<FieldDiff>& disabled = m_panel->diffPane()->model()->diff();
    QVERIFY(disabled.contains(
        FieldDiff{QStringLiteral("enabled"), QStringLiteral("true"), QStringLiteral("false")}));

    table->selectRow(1);
    const QList<FieldDiff>& profile = m_panel->diffPane()->model()->diff();
    QVERIFY(profile.contains(FieldDiff{QStringLiteral("email"), QStringLiteral("ada@example.org"),
                                       QStringLiteral("ada.lovelace@example.org")}));
    QVERIFY(m_panel->diffPane()->heading().contains(QStringLiteral("UserUpdated")));
    // The diff shows before and after side by side.
    const AuditDiffModel* model = m_panel->diffPane()->model();
    const int emailRow =
        int(profile.indexOf(FieldDiff{QStringLiteral("email"), QStringLiteral("ada@example.org"),
                                      QStringLiteral("ada.lovelace@example.org")}));
    QCOMPARE(model->index(emailRow, AuditDiffModel::Before).data().toString(),
             QStringLiteral("ada@example.org"));
    QCOMPARE(model->index(emailRow, AuditDiffModel::After).data().toString(),
             QStringLiteral("ada.lovelace@example.org"));
}

void TstUserDetailPanel::retryOnlyForARefusedUser()
{
    auto* retry = m_panel->findChild<QPushButton*>(QStringLiteral("retrySyncButton"));
    auto* discard = m_panel->findChild<QPushButton*>(QStringLiteral("discardSyncButton"));
    QVERIFY(retry && discard);
    m_panel->setUser(m_ada); // pending, not refused
    QVERIFY(!retry->isVisible());
    QVERIFY(!discard->isVisible());

    m_panel->setUser(m_grace);
    QVERIFY(retry->isVisible());
    QVERIFY(discard->isVisible());
    const QString error = m_panel->findChild<QLabel*>(QStringLiteral("syncErrorLabel"))->text();
    QVERIFY2(error.contains(QStringLiteral("User exists with same username")), qPrintable(error));
    QCOMPARE(value("sync"), QStringLiteral("Refused by Keycloak"));
}

void TstUserDetailPanel::retrySendsTheChangeAgain()
{
    const QUuid alan = create(QStringLiteral("alan"), QStringLiteral("acme"));
    refuse(alan, QStringLiteral("Invalid e-mail"));
    waitForProjection();
    m_panel->setUser(alan);
    auto* retry = m_panel->findChild<QPushButton*>(QStringLiteral("retrySyncButton"));
    QVERIFY(retry->isVisible());
    QSignalSpy accepted(m_panel.get(), &UserDetailPanel::commandAccepted);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(!retry->isVisible());
    SqliteOutbox outbox(m_store->connection());
    const std::optional<OutboxEntry> head = outbox.head(UserAggregate::streamIdFor(alan));
    QVERIFY(head);
    QCOMPARE(head->state, OutboxSettlement::State::Pending);
    waitForProjection();
    m_panel->refresh();
    QVERIFY(!retry->isVisible());
    QCOMPARE(m_panel->historyModel()->entries().last().type, QStringLiteral("UserSyncRetried"));
}

void TstUserDetailPanel::discardAsksFirst()
{
    const QUuid linus = create(QStringLiteral("linus"), QStringLiteral("acme"));
    refuse(linus, QStringLiteral("Forbidden"));
    waitForProjection();
    QStringList questions;
    bool answer = false;
    m_panel->setConfirm([&](const QString& title, const QString& text) {
        questions.append(title + QLatin1Char('|') + text);
        return answer;
    });
    m_panel->setUser(linus);
    auto* discard = m_panel->findChild<QPushButton*>(QStringLiteral("discardSyncButton"));
    QVERIFY(discard->isVisible());
    const qint64 before = m_store->lastPosition();
    QTest::mouseClick(discard, Qt::LeftButton);
    QCOMPARE(questions.size(), 1);
    // The Sync page's wording.
    QVERIFY2(questions.first().startsWith(QStringLiteral("Discard Change|Discard the change")),
             qPrintable(questions.first()));
    QVERIFY(questions.first().contains(QStringLiteral("of user linus?")));
    QCOMPARE(m_store->lastPosition(), before);
    QVERIFY(discard->isVisible());

    answer = true;
    QTest::mouseClick(discard, Qt::LeftButton);
    QCOMPARE(questions.size(), 2);
    QVERIFY(m_store->lastPosition() > before);
    QVERIFY(!discard->isVisible());
    SqliteOutbox outbox(m_store->connection());
    QVERIFY(!outbox.head(UserAggregate::streamIdFor(linus))); // nothing left to deliver
}

void TstUserDetailPanel::asOfIsDisabledWithoutTimeTravel()
{
    auto* edit = m_panel->findChild<QDateTimeEdit*>(QStringLiteral("asOfEdit"));
    QVERIFY(edit);
    QVERIFY(!m_panel->isAsOfAvailable());
    QVERIFY(!edit->isEnabled());
    QCOMPARE(edit->timeSpec(), Qt::UTC);
}

void TstUserDetailPanel::asOfRunsOffTheUiThread()
{
    // The real AsOfQueries is wired by the view; here a loader that says where it ran and what
    // it was asked.
    QThread* loaderThread = nullptr;
    QDateTime asked;
    m_panel->setAsOfLoader([&](const QString& ledger, const QUuid& user, const QDateTime& at) {
        loaderThread = QThread::currentThread();
        asked = at;
        std::optional<UserDetail> old;
        if (ledger == m_ledger && user == m_ada) {
            old = UserDetail{};
            old->id = user;
            old->username = QStringLiteral("ada");
            old->email = QStringLiteral("ada@example.org");
            old->enabled = true;
            old->emailVerified = true;
            old->status = UserStatus::Active;
        }
        return old;
    });
    m_panel->setUser(m_ada);
    QCOMPARE(value("status"), QStringLiteral("Disabled"));
    const QDateTime past(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    m_panel->setAsOf(past);
    QTRY_COMPARE(value("status"), QStringLiteral("Active"));
    QVERIFY(loaderThread && loaderThread != QThread::currentThread());
    QCOMPARE(asked, past);
    QCOMPARE(value("email"), QStringLiteral("ada@example.org (verified)"));
    auto* note = m_panel->findChild<QLabel*>(QStringLiteral("asOfNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("2024-03-01 12:00")), qPrintable(note->text()));

    // "Now" returns to the present at once.
    QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("asOfNowButton")), Qt::LeftButton);
    QCOMPARE(value("status"), QStringLiteral("Disabled"));
    QVERIFY(!note->isVisible());

    m_panel->setAsOf(past);
    m_panel->setUser(m_grace); // not known to the loader: did not exist then
    QTRY_VERIFY(note->text().contains(QStringLiteral("did not exist")));
    QCOMPARE(m_panel->findChild<QLabel*>(QStringLiteral("detailTitle"))->text(),
             QStringLiteral("User not found"));
}

void TstUserDetailPanel::asOfWithTheLedgersTimeTravel()
{
    m_panel->setAsOfLoader([](const QString& ledger, const QUuid& user, const QDateTime& at) {
        return AsOfQueries::userAt(ledger, user, at);
    });
    m_panel->setUser(m_ada);
    auto* note = m_panel->findChild<QLabel*>(QStringLiteral("asOfNote"));
    m_panel->setAsOf(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    QTRY_VERIFY2(note->text().contains(QStringLiteral("did not exist on 2000-01-01")),
                 qPrintable(note->text()));
    m_panel->setAsOf(QDateTime::currentDateTimeUtc().addSecs(60));
    QTRY_COMPARE(value("status"), QStringLiteral("Disabled"));
    QCOMPARE(value("email"), QStringLiteral("ada.lovelace@example.org (not verified)"));
    QCOMPARE(value("roles"), QStringLiteral("admin, viewer"));
    QVERIFY(note->text().startsWith(QStringLiteral("As it was on")));
}

QTEST_MAIN(TstUserDetailPanel)
#include "tst_userdetailpanel.moc"
