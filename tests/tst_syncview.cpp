#include "commands/UserCommandHandler.h"
#include "credentials/CredentialStore.h"
#include "domain/UserAggregate.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "store/StoreNotifier.h"
#include "support/RealKeycloak.h"
#include "sync/OutboxModel.h"
#include "sync/ServerProfileRepository.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusBar.h"
#include "sync/SyncView.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keyledger;

// The Sync page and status bar over a real SQLite ledger: outbox rows are written by the real
// command handler (creating a user writes one), refusals by recordSyncFailed with the outbox
// settled in the same transaction, as the sync worker does. Retry and Discard go through the
// page's actions and must append their events and change the row.
class TstSyncView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void showsPendingAndFailedRows();
    void retryMakesTheRowPendingAgain();
    void cancelledDiscardChangesNothing();
    void discardRecordsTheDecision();
    void appendsRefreshTheRows();
    void statusBarWithoutServer();
    void agoText();
    void controllerDeliversToRealKeycloak();
    void screenshot();

private:
    QUuid create(const QString& username);
    void fail(const QUuid& user, const QString& message);
    int rowOf(const QUuid& user) const;
    void select(int row);
    QString lastEventType(const QUuid& user);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
    StoreNotifier m_notifier;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_handler;
    std::unique_ptr<SyncView> m_view;
    QHash<QString, QUuid> m_ids;
    QStringList m_questions;
    bool m_answer = true;
    const CommandContext m_context{QStringLiteral("tester@desk"), EventMetadata::sourceLocal(), {}};
};

QUuid TstSyncView::create(const QString& username)
{
    CreateUser c;
    c.username = username;
    c.email = username + QStringLiteral("@acme.example");
    c.firstName = QStringLiteral("Test");
    c.lastName = username;
    c.organizationId = QStringLiteral("acme");
    c.enabled = true;
    c.emailVerified = true;
    const QUuid id = m_handler->create(c, m_context).userId;
    m_ids.insert(username, id);
    return id;
}

void TstSyncView::fail(const QUuid& user, const QString& message)
{
    SqliteOutbox outbox(m_store->connection());
    const std::optional<OutboxEntry> head = outbox.head(UserAggregate::streamIdFor(user));
    QVERIFY(head);
    const CommandContext sync{QStringLiteral("keyledger-sync@test"), QStringLiteral("keycloak-sync"), {}};
    m_handler->recordSyncFailed(user, UserSyncFailed{head->position, QStringLiteral("create"), 409, message},
                                sync, true);
}

void TstSyncView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KeyledgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_syncview"));
    QLocale::setDefault(QLocale(QLocale::English));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqliteEventStore>(m_ledger, SqliteConnection::OpenMode::CreateIfMissing,
                                                 nullptr, &m_notifier);
    m_handler = std::make_unique<UserCommandHandler>(*m_store);
    create(QStringLiteral("ada"));
    create(QStringLiteral("grace"));
    create(QStringLiteral("alan"));
    fail(m_ids.value(QStringLiteral("grace")), QStringLiteral("User exists with same username"));
}

void TstSyncView::init()
{
    m_view = std::make_unique<SyncView>(*m_store, *m_handler, &m_notifier, nullptr);
    m_view->setConfirm([this](const QString&, const QString& text) {
        m_questions.append(text);
        return m_answer;
    });
    m_view->resize(1100, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_questions.clear();
    m_answer = true;
}

void TstSyncView::cleanup()
{
    m_view.reset();
}

void TstSyncView::cleanupTestCase()
{
    m_handler.reset();
    m_store.reset();
    m_dir.reset();
}

int TstSyncView::rowOf(const QUuid& user) const
{
    const QString stream = UserAggregate::streamIdFor(user);
    const QList<OutboxRow>& rows = m_view->model()->rows();
    for (int r = 0; r < rows.size(); ++r) {
        if (rows[r].entry.streamId == stream)
            return r;
    }
    return -1;
}

void TstSyncView::select(int row)
{
    QVERIFY(row >= 0);
    m_view->table()->selectionModel()->select(
        m_view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString TstSyncView::lastEventType(const QUuid& user)
{
    const QList<RecordedEvent> events = m_store->readStream(UserAggregate::streamIdFor(user));
    return events.isEmpty() ? QString() : events.last().type;
}

void TstSyncView::showsPendingAndFailedRows()
{
    OutboxModel* model = m_view->model();
    QCOMPARE(model->rowCount(), 3);
    const int grace = rowOf(m_ids.value(QStringLiteral("grace")));
    const int ada = rowOf(m_ids.value(QStringLiteral("ada")));
    QVERIFY(grace >= 0 && ada >= 0);
    QCOMPARE(model->index(grace, OutboxModel::UserColumn).data().toString(), QStringLiteral("grace"));
    QCOMPARE(model->index(grace, OutboxModel::ChangeColumn).data().toString(), QStringLiteral("Create"));
    QCOMPARE(model->index(grace, OutboxModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model->index(grace, OutboxModel::StateColumn).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xc6, 0x28, 0x28));
    QCOMPARE(model->index(grace, OutboxModel::ErrorColumn).data().toString(),
             QStringLiteral("HTTP 409 User exists with same username"));
    QCOMPARE(model->rows()[grace].failedOperation, QStringLiteral("create"));
    QCOMPARE(model->index(ada, OutboxModel::StateColumn).data().toString(), QStringLiteral("Pending"));
    QCOMPARE(model->index(ada, OutboxModel::NextAttemptColumn).data().toString(), QStringLiteral("now"));
    QVERIFY(model->index(ada, OutboxModel::StateColumn).data(Qt::ForegroundRole).value<QColor>() !=
            QColor(0xc6, 0x28, 0x28));

    // Retry and Discard only for a refused row.
    select(ada);
    QVERIFY(!m_view->retryAction()->isEnabled());
    QVERIFY(!m_view->discardAction()->isEnabled());
    select(grace);
    QVERIFY(m_view->retryAction()->isEnabled());
    QVERIFY(m_view->discardAction()->isEnabled());
    auto* summary = m_view->findChild<QLabel*>(QStringLiteral("syncSummaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("2 change")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("1 refused")), qPrintable(summary->text()));
}

void TstSyncView::retryMakesTheRowPendingAgain()
{
    const QUuid grace = m_ids.value(QStringLiteral("grace"));
    select(rowOf(grace));
    m_view->retryAction()->trigger();
    QCOMPARE(lastEventType(grace), QStringLiteral("UserSyncRetried"));
    const int row = rowOf(grace);
    QVERIFY(row >= 0);
    QCOMPARE(m_view->model()->rows()[row].entry.state, OutboxSettlement::State::Pending);
    QVERIFY(!m_view->retryAction()->isEnabled()); // the row is no longer refused
    SqliteOutbox outbox(m_store->connection());
    QCOMPARE(outbox.counts().failed, qint64(0));
    QCOMPARE(outbox.counts().pending, qint64(3));
}

void TstSyncView::cancelledDiscardChangesNothing()
{
    const QUuid alan = m_ids.value(QStringLiteral("alan"));
    fail(alan, QStringLiteral("Invalid email"));
    m_view->refresh();
    select(rowOf(alan));
    QVERIFY(m_view->discardAction()->isEnabled());
    m_answer = false;
    m_view->discardAction()->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QStringLiteral("Keycloak keeps its own version")),
             qPrintable(m_questions.first()));
    QVERIFY(m_questions.first().contains(QStringLiteral("alan")));
    QCOMPARE(lastEventType(alan), QStringLiteral("UserSyncFailed"));
    QCOMPARE(m_view->model()->rows()[rowOf(alan)].entry.state, OutboxSettlement::State::Failed);
}

void TstSyncView::discardRecordsTheDecision()
{
    const QUuid alan = m_ids.value(QStringLiteral("alan"));
    const int row = rowOf(alan);
    QVERIFY(row >= 0);
    const qint64 position = m_view->model()->rows()[row].entry.position;
    select(row);
    m_view->discardAction()->trigger();
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(lastEventType(alan), QStringLiteral("UserSyncDiscarded"));
    const QList<RecordedEvent> events = m_store->readStream(UserAggregate::streamIdFor(alan));
    QCOMPARE(events.last().data.value(QStringLiteral("operation")).toString(), QStringLiteral("create"));
    QCOMPARE(rowOf(alan), -1); // discarded rows leave the list
    SqliteOutbox outbox(m_store->connection());
    QCOMPARE(outbox.entry(position)->state, OutboxSettlement::State::Discarded);
    QCOMPARE(m_view->model()->rowCount(), 2);
}

void TstSyncView::appendsRefreshTheRows()
{
    const int before = m_view->model()->rowCount();
    create(QStringLiteral("barbara"));
    // Through the store's notifier, without asking the view.
    QTRY_COMPARE(m_view->model()->rowCount(), before + 1);
    QVERIFY(rowOf(m_ids.value(QStringLiteral("barbara"))) >= 0);
}

void TstSyncView::statusBarWithoutServer()
{
    fail(m_ids.value(QStringLiteral("ada")), QStringLiteral("Forbidden"));
    QSettings settings(m_dir->filePath(QStringLiteral("nothing.ini")), QSettings::IniFormat);
    CredentialStore credentials;
    SyncController controller(*m_store, &m_notifier, credentials, &settings);
    controller.restart();
    QVERIFY(!controller.profile());
    QVERIFY(!controller.isWorkerRunning());
    SqliteOutbox outbox(m_store->connection());
    const OutboxCounts counts = outbox.counts();
    QCOMPARE(controller.status().counts.pending, counts.pending);
    QCOMPARE(controller.status().counts.failed, qint64(1));

    SyncStatusBar bar(controller);
    bar.show();
    auto text = [&bar](const char* name) {
        auto* label = bar.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<missing>");
    };
    QCOMPARE(text("syncProfileLabel"), QStringLiteral("No server"));
    QCOMPARE(text("syncPendingLabel"), QStringLiteral("%1 pending").arg(counts.pending));
    QCOMPARE(text("syncFailedLabel"), QStringLiteral("1 failed"));
    QVERIFY(bar.findChild<QLabel*>(QStringLiteral("syncFailedLabel"))
                ->styleSheet()
                .contains(QStringLiteral("#c62828")));
    QVERIFY(bar.findChild<QLabel*>(QStringLiteral("syncLastLabel"))->isHidden()); // never synced

    // The counts follow appends made on the UI's connection.
    create(QStringLiteral("ken"));
    QTRY_COMPARE(text("syncPendingLabel"), QStringLiteral("%1 pending").arg(counts.pending + 1));
}

void TstSyncView::agoText()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(SyncStatusBar::ago(now - 5'000, now), QStringLiteral("synced just now"));
    QCOMPARE(SyncStatusBar::ago(now - 2 * 60'000 - 10, now), QStringLiteral("synced 2 min ago"));
    QCOMPARE(SyncStatusBar::ago(now - 3 * 3'600'000, now), QStringLiteral("synced 3 h ago"));
}

void TstSyncView::controllerDeliversToRealKeycloak()
{
    if (qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL"))
        QSKIP("No real Keycloak: KEYLEDGER_KEYCLOAK_URL is not set (scripts/run-tests.sh sets it).");
    // A ledger of its own: the shared one holds refusals that would stay refused.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deliver.db"));
    StoreNotifier notifier;
    SqliteEventStore store(path, SqliteConnection::OpenMode::CreateIfMissing, nullptr, &notifier);
    UserCommandHandler handler(store);
    const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (const QString& name : {QStringLiteral("syncview-a-"), QStringLiteral("syncview-b-")}) {
        CreateUser c;
        c.username = name + suffix;
        c.email = name + suffix + QStringLiteral("@acme.example");
        c.firstName = QStringLiteral("Sync");
        c.lastName = QStringLiteral("View");
        c.enabled = true;
        handler.create(c, m_context);
    }
    QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    const ServerProfile profile = test::RealKeycloak::serviceProfile(QStringLiteral("test"));
    ServerProfileRepository(&settings).save(profile);

    CredentialStore credentials;
    SyncController controller(store, &notifier, credentials, &settings);
    controller.setPollInterval(200);
    // The keychain holds nothing for this profile (or is absent): the prompt gives the secret.
    int asked = 0;
    controller.setSecretPrompt([&asked](const ServerProfile&, const QString&) -> std::optional<QString> {
        ++asked;
        return qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_SECRET");
    });
    SyncStatusBar bar(controller);
    controller.restart();
    QCOMPARE(controller.profile()->name, QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(controller.isWorkerRunning(), 10000);
    QCOMPARE(asked, 1);
    QTRY_COMPARE_WITH_TIMEOUT(controller.status().counts.delivered, qint64(2), 30000);
    QCOMPARE(controller.status().counts.pending, qint64(0));
    QVERIFY(controller.status().lastSuccessAtMs > 0);
    QCOMPARE(controller.status().connection, SyncStatus::Connection::Online);
    QCOMPARE(bar.findChild<QLabel*>(QStringLiteral("syncStateLabel"))->text(), QStringLiteral("Online"));
    QCOMPARE(bar.findChild<QLabel*>(QStringLiteral("syncLastLabel"))->text(),
             QStringLiteral("synced just now"));

    // A profile switch stops the worker; the secret given once is not asked again.
    controller.stop();
    QVERIFY(!controller.isWorkerRunning());
    controller.restart();
    QTRY_VERIFY_WITH_TIMEOUT(controller.isWorkerRunning(), 10000);
    QCOMPARE(asked, 1);
}

void TstSyncView::screenshot()
{
    const QString path =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("syncview.png"));
    QVERIFY(m_view->grab().save(path));
}

QTEST_MAIN(TstSyncView)
#include "tst_syncview.moc"
