#include "GuiApplicationShell.h"
#include "GuiSession.h"
#include "commands/CommandContext.h"
#include "common/FirstRunPanel.h"
#include "common/LanguageMenu.h"
#include "common/MainWindow.h"
#include "common/ProgressTask.h"
#include "core/AppContext.h"
#include "core/TranslationLoader.h"
#include "core/demo/DemoStore.h"
#include "domain/UserCommands.h"
#include "store/EventMetadata.h"
#include "users/UserListModel.h"
#include "users/SavedSearch.h"
#include "users/UsersView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace keyledger;

// The desktop application's shell and session as main.cpp starts them: the demo ledger opens in
// the same process and window (and the admin's own ledger after it), and a language chosen in
// Tools › Language shows at once in a rebuilt window, unless work is running that would be lost.
class TstGuiSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void switchesToTheDemoAndBackInPlace();
    void firstRunButtonOpensTheDemo();
    void languageAppliesAtOnce();
    void languageWaitsForRunningWork();

private:
    MainWindow* window() const { return m_shell->session()->window(); }
    QString usersMenuTitle() const;
    void trigger(const QString& actionName);
    // Answers the next message box, and remembers its text.
    void closeNextMessageBox();

    TranslationLoader m_translations;
    QString m_ownLedger;
    std::unique_ptr<GuiApplicationShell> m_shell;
    QString m_lastMessage;
};

void TstGuiSession::initTestCase()
{
    // main() pointed XDG_DATA_HOME and XDG_CONFIG_HOME at a temporary folder: the ledgers, the
    // demo ledger and the settings are this run's own.
    AppContext::setApplicationIdentity();
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                .startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
    QVERIFY(QSettings().fileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
    QVERIFY(!demo::DemoStore::exists(demo::DemoStore::defaultPath()));
    QVERIFY(m_translations.install(QLocale(QLocale::English, QLocale::UnitedStates)));
    m_ownLedger = AppContext::defaultDatabasePath();
    m_shell = std::make_unique<GuiApplicationShell>(m_ownLedger, m_translations);
    QVERIFY(m_shell->open(m_ownLedger, false));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
}

void TstGuiSession::cleanupTestCase()
{
    m_shell.reset();
}

QString TstGuiSession::usersMenuTitle() const
{
    auto* menu = window()->findChild<QMenu*>(QStringLiteral("usersMenu"));
    return menu ? menu->title() : QString();
}

void TstGuiSession::trigger(const QString& actionName)
{
    auto* action = window()->findChild<QAction*>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY2(action->isEnabled(), qPrintable(actionName));
    action->trigger();
}

void TstGuiSession::closeNextMessageBox()
{
    m_lastMessage.clear();
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                m_lastMessage = box->text();
                box->accept();
                timer->deleteLater();
                return;
            }
        }
    });
    timer->start(20);
}

void TstGuiSession::switchesToTheDemoAndBackInPlace()
{
    GuiSession* own = m_shell->session();
    QVERIFY(!own->isDemo());
    QVERIFY(!window()->windowTitle().contains(QStringLiteral("Demo")));
    QVERIFY(!window()->findChild<QAction*>(QStringLiteral("openOwnLedgerAction")));
    window()->resize(1500, 820); // wider than the window needs in English or French
    window()->showPage(QStringLiteral("audit"));
    QPointer<MainWindow> ownWindow = window();

    QSignalSpy changed(m_shell.get(), &GuiApplicationShell::sessionChanged);
    QElapsedTimer timer;
    timer.start();
    trigger(QStringLiteral("openDemoAction"));
    // The demo ledger is created first (2,000 users and a year of history), behind a progress.
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 180000);
    qInfo("demo ledger created and opened: %lld ms", timer.elapsed());
    QVERIFY(demo::DemoStore::exists(demo::DemoStore::defaultPath()));
    GuiSession* demoSession = m_shell->session();
    QVERIFY(demoSession->isDemo());
    QCOMPARE(demoSession->databasePath(), demo::DemoStore::defaultPath());
    QVERIFY(ownWindow.isNull()); // the old window went with its session
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QVERIFY(window()->windowTitle().contains(QStringLiteral("Demo")));
    QVERIFY(window()->findChild<QLabel*>(QStringLiteral("demoLabel")));
    QVERIFY(!window()->findChild<QAction*>(QStringLiteral("openDemoAction"))->isEnabled());
    // The layout went over to the new window.
    QCOMPARE(window()->currentPage(), QStringLiteral("audit"));
    QCOMPARE(window()->size(), QSize(1500, 820));
    int windows = 0;
    for (QWidget* w : QApplication::topLevelWidgets())
        windows += qobject_cast<MainWindow*>(w) && w->isVisible() ? 1 : 0;
    QCOMPARE(windows, 1);
    // The demo's users, once its views caught up.
    QTRY_VERIFY_WITH_TIMEOUT(demoSession->usersView()->model()->rowCount() > 100, 180000);

    // The demo never reaches a server: Connections… says so.
    closeNextMessageBox();
    trigger(QStringLiteral("connectionsAction"));
    QTRY_VERIFY(m_lastMessage.contains(QStringLiteral("Open My Ledger")));

    trigger(QStringLiteral("openOwnLedgerAction"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 30000);
    QVERIFY(!m_shell->session()->isDemo());
    QCOMPARE(m_shell->session()->databasePath(), m_ownLedger);
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QVERIFY(!window()->windowTitle().contains(QStringLiteral("Demo")));
    QVERIFY(!window()->findChild<QLabel*>(QStringLiteral("demoLabel")));
    QVERIFY(window()->findChild<QAction*>(QStringLiteral("openDemoAction"))->isEnabled());
    QCOMPARE(window()->currentPage(), QStringLiteral("audit"));
}

void TstGuiSession::firstRunButtonOpensTheDemo()
{
    QVERIFY(!m_shell->session()->isDemo());
    window()->showPage(QStringLiteral("users"));
    auto* panel = window()->findChild<FirstRunPanel*>();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000); // the own ledger is empty
    QSignalSpy changed(m_shell.get(), &GuiApplicationShell::sessionChanged);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(panel->demoButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 30000); // the demo ledger exists: no creation
    qInfo("switch to the existing demo ledger: %lld ms to the new window", timer.elapsed());
    QVERIFY(m_shell->session()->isDemo());
    QVERIFY(window()->windowTitle().contains(QStringLiteral("Demo")));
    trigger(QStringLiteral("openOwnLedgerAction"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 30000);
    QVERIFY(!m_shell->session()->isDemo());
}

void TstGuiSession::languageAppliesAtOnce()
{
    GuiSession* session = m_shell->session();
    // A user whose status label the list shows (and the query cache keeps).
    CreateUser ada;
    ada.username = QStringLiteral("ada");
    ada.email = QStringLiteral("ada@example.org");
    session->context().users().create(
        ada, CommandContext{QStringLiteral("test"), EventMetadata::sourceLocal(), {}});
    const auto statusShown = [this] {
        QAbstractItemModel* model = m_shell->session()->usersView()->model();
        return model->rowCount() == 1 ? model->index(0, UserListModel::Status).data().toString() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("Unverified"), 10000);
    // The admin's filters and sort survive the rebuilt window.
    SavedSearch filters;
    filters.search = QStringLiteral("ad");
    filters.status = UserStatus::Value::Unverified;
    filters.sortBy = QStringLiteral("username");
    filters.ascending = true;
    session->usersView()->applySearch(filters);
    window()->showPage(QStringLiteral("analytics"));
    const QSize size = window()->size();
    QCOMPARE(usersMenuTitle(), QStringLiteral("&Users"));
    QPointer<MainWindow> before = window();
    QSignalSpy rebuilt(session, &GuiSession::windowRebuilt);

    QElapsedTimer timer;
    timer.start();
    trigger(QStringLiteral("languageAction_fr"));
    QTRY_COMPARE_WITH_TIMEOUT(rebuilt.size(), 1, 10000);
    qInfo("window rebuilt in French: %lld ms", timer.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("Non vérifié"), 10000);
    QCOMPARE(m_shell->session(), session); // the same ledger, views and sync
    QCOMPARE(LanguageMenu::savedChoice(), QStringLiteral("fr"));
    QCOMPARE(TranslationLoader::languageName(), QStringLiteral("Français"));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QCOMPARE(usersMenuTitle(), QStringLiteral("&Utilisateurs"));
    QCOMPARE(window()->fileMenu()->title(), QStringLiteral("&Fichier"));
    QCOMPARE(window()->currentPage(), QStringLiteral("analytics"));
    QCOMPARE(window()->size(), size);
    QVERIFY(window()->findChild<QAction*>(QStringLiteral("languageAction_fr"))->isChecked());
    const SavedSearch kept = session->usersView()->currentSearch();
    QCOMPARE(kept.search, QStringLiteral("ad"));
    QCOMPARE(kept.status, std::optional(UserStatus::Value::Unverified));
    QCOMPARE(kept.sortBy, QStringLiteral("username"));
    QVERIFY(kept.ascending);
    QTRY_VERIFY(before.isNull());

    trigger(QStringLiteral("languageAction_en"));
    QTRY_COMPARE_WITH_TIMEOUT(rebuilt.size(), 2, 10000);
    QCOMPARE(usersMenuTitle(), QStringLiteral("&Users"));
    QCOMPARE(window()->fileMenu()->title(), QStringLiteral("&File"));
    QCOMPARE(window()->currentPage(), QStringLiteral("analytics"));
    QCOMPARE(LanguageMenu::savedChoice(), QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("Unverified"), 10000);
}

void TstGuiSession::languageWaitsForRunningWork()
{
    GuiSession* session = m_shell->session();
    QVERIFY(session->runningWork().isEmpty());
    // Work of the window's own, on a thread, that a rebuilt window would cut short.
    std::atomic_bool release{false};
    const auto releaseOnFailure = qScopeGuard([&release] { release = true; });
    auto* task = new ProgressTask(
        QStringLiteral("Working…"),
        [&release](const ProgressTask::Report&) {
            while (!release.load())
                QThread::msleep(10);
            return QString();
        },
        window());
    task->start();
    QVERIFY(!session->runningWork().isEmpty());
    QSignalSpy rebuilt(session, &GuiSession::windowRebuilt);

    closeNextMessageBox();
    trigger(QStringLiteral("languageAction_fr"));
    QTRY_VERIFY(m_lastMessage.contains(QStringLiteral("as soon as")));
    QTest::qWait(800);
    QCOMPARE(rebuilt.size(), 0);
    QCOMPARE(usersMenuTitle(), QStringLiteral("&Users"));

    release = true;
    QTRY_COMPARE_WITH_TIMEOUT(rebuilt.size(), 1, 10000);
    QCOMPARE(usersMenuTitle(), QStringLiteral("&Utilisateurs"));

    // Chosen again while nothing runs: at once.
    trigger(QStringLiteral("languageAction_en"));
    QTRY_COMPARE_WITH_TIMEOUT(rebuilt.size(), 2, 10000);
    QCOMPARE(usersMenuTitle(), QStringLiteral("&Users"));
}

int main(int argc, char* argv[])
{
    // Before the application exists, so that QStandardPaths and QSettings read them.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    QApplication app(argc, argv);
    TstGuiSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guisession.moc"
