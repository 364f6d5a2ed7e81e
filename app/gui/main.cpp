// The desktop application: builds the objects through AppContext and shows the main window.
#include "DemoLauncher.h"
#include "analytics/AnalyticsView.h"
#include "audit/AuditView.h"
#include "common/FirstRunPanel.h"
#include "common/LanguageMenu.h"
#include "common/MainWindow.h"
#include "common/ViewServices.h"
#include "core/AppContext.h"
#include "core/TranslationLoader.h"
#include "core/demo/DemoStore.h"
#include "credentials/CredentialStore.h"
#include "store/StoreErrors.h"
#include "sync/ConnectionsDialog.h"
#include "sync/RealmImportAction.h"
#include "users/EraseUserAction.h"
#include "sync/ServerProfileRepository.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusBar.h"
#include "sync/SyncView.h"
#include "users/RealmRoles.h"
#include "users/UsersView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <memory>

using namespace keyledger;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppContext::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Keyledger"));
    TranslationLoader translations;
    translations.install(LanguageMenu::savedLocale()); // the system's, unless chosen in Tools › Language

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keycloak users with a tamper-evident ledger."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The ledger file (default: %1).")
                                          .arg(AppContext::defaultDatabasePath()),
                                      QStringLiteral("path"), AppContext::defaultDatabasePath());
    parser.addOption(dbOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Open the demo ledger (%1), created on first use: 2,000 made-up users "
                                "and a year of history. Nothing is sent to a server.")
            .arg(demo::DemoStore::defaultPath()));
    parser.addOption(demoOption);
    parser.process(app);

    const bool demoMode = parser.isSet(demoOption);
    if (demoMode && !DemoLauncher::prepare(nullptr))
        return 1;
    const QString databasePath = demoMode ? demo::DemoStore::defaultPath() : parser.value(dbOption);
    std::unique_ptr<AppContext> context;
    try {
        context = std::make_unique<AppContext>(databasePath, SqliteConnection::OpenMode::CreateIfMissing);
    } catch (const StorageError& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the ledger"),
                              e.message());
        return 5;
    }
    ViewServices services{context->store(),       context->users(),      context->notifier(),
                          context->projections(), context->queryCache(), context->databasePath(),
                          context->viewsPath()};

    // Sync runs in its own thread for the active server profile; declared before the window so
    // that the window's widgets never outlive it.
    CredentialStore credentials;
    SyncController sync(context->store(), &context->notifier(), credentials);

    MainWindow window(context->store(), context->notifier(), context->databasePath(),
                      &context->projections());
    QObject::connect(&context->projections(), &ProjectionRunner::failed, &window,
                     [&window](const QString& message) {
                         QMessageBox::warning(
                             &window, QApplication::translate("main", "Views unavailable"),
                             QApplication::translate("main", "The users, analytics and audit views cannot be "
                                                             "updated: %1")
                                 .arg(message));
                     });
    context->projections().start();
    auto* users = new UsersView(services, &window);
    users->setRealmRoles(new RealmRoles(&sync, users)); // the editor's role choices
    QObject::connect(users, &UsersView::statusMessage, &window,
                     [&window](const QString& message, int timeoutMs) {
                         window.statusBar()->showMessage(message, timeoutMs);
                     });
    window.addPage(QStringLiteral("users"), QApplication::translate("main", "Users"), users);
    // A Users menu with the page's actions; New and Find work from any page (they bring the
    // Users page forward), the others only where a selection of users is visible.
    QMenu* usersMenu = new QMenu(QApplication::translate("main", "&Users"), &window);
    window.menuBar()->insertMenu(window.menuBar()->actions().value(1), usersMenu);
    for (QAction* action : users->userActions()) {
        usersMenu->addAction(action);
        if (action->objectName() == QLatin1String("newUserAction") ||
            action->objectName() == QLatin1String("findUserAction")) {
            action->setShortcutContext(Qt::WindowShortcut);
            QObject::connect(action, &QAction::triggered, &window,
                             [&window] { window.showPage(QStringLiteral("users")); });
        }
    }
    // The right to be forgotten, for the current user, behind its own strong confirmation.
    auto* erase = new EraseUserAction(context->databasePath(), context->users(), &window);
    QObject::connect(users, &UsersView::currentUserChanged, erase, &EraseUserAction::setUser);
    QObject::connect(erase, &EraseUserAction::statusMessage, &window,
                     [&window](const QString& message, int timeoutMs) {
                         window.statusBar()->showMessage(message, timeoutMs);
                     });
    usersMenu->addSeparator();
    usersMenu->addAction(erase->action());
    auto* analytics = new AnalyticsView(services, &window);
    window.addPage(QStringLiteral("analytics"), QApplication::translate("main", "Analytics"), analytics);
    auto* audit = new AuditView(services, &window);
    window.addPage(QStringLiteral("audit"), QApplication::translate("main", "Audit"), audit);
    auto showStatus = [&window](const QString& message) { window.statusBar()->showMessage(message, 5000); };
    QObject::connect(analytics, &AnalyticsView::statusMessage, &window, showStatus);
    QObject::connect(audit, &AuditView::statusMessage, &window, showStatus);
    // Double-clicking an audit row shows that user in the Users page.
    QObject::connect(audit, &AuditView::userActivated, &window,
                     [&window](const QUuid&) { window.showPage(QStringLiteral("users")); });
    auto* syncView = new SyncView(context->store(), context->users(), &context->notifier(), &sync, &window);
    window.addPage(QStringLiteral("sync"), QApplication::translate("main", "Sync"), syncView);
    QObject::connect(syncView, &SyncView::statusMessage, &window, showStatus);
    auto* syncBar = new SyncStatusBar(sync, nullptr, nullptr, &window); // the window shows the views' lag
    window.statusBar()->addPermanentWidget(syncBar);
    auto openConnections = [&credentials, &sync, &window, users, demoMode] {
        if (demoMode) {
            // A demo user must never reach a real server, nor a real user the demo ledger.
            QMessageBox::information(&window, QApplication::translate("main", "Demo ledger"),
                                     QApplication::translate("main", "The demo ledger is never synchronised. "
                                                                     "Start Keyledger without --demo to "
                                                                     "connect to a server."));
            return;
        }
        ConnectionsDialog dialog(credentials, &sync, nullptr, &window);
        dialog.exec();
        if (!ServerProfileRepository().profiles().isEmpty())
            users->setEmptyState(nullptr); // a server is configured: no more first-run guidance
    };
    QObject::connect(syncBar, &SyncStatusBar::connectionsRequested, &window, openConnections);
    QObject::connect(syncView, &SyncView::connectionsRequested, &window, openConnections);
    // Server menu, before Tools: Connections… and Sync now (F5, from any page).
    QMenu* serverMenu = new QMenu(QApplication::translate("main", "&Server"), &window);
    window.menuBar()->insertMenu(window.menuBar()->actions().value(2), serverMenu);
    QAction* connections =
        serverMenu->addAction(QApplication::translate("main", "&Connections…"), &window, openConnections);
    connections->setObjectName(QStringLiteral("connectionsAction"));
    syncView->syncNowAction()->setShortcutContext(Qt::WindowShortcut);
    serverMenu->addAction(syncView->syncNowAction());
    auto* importAction = new RealmImportAction(context->databasePath(), sync, &window);
    serverMenu->addAction(importAction->action());
    // File › Open Demo Store…, and the first run's guidance on the Users page.
    auto* demoLauncher = new DemoLauncher(&window);
    QAction* openDemo = new QAction(QApplication::translate("main", "Open &Demo Store…"), &window);
    openDemo->setObjectName(QStringLiteral("openDemoAction"));
    openDemo->setStatusTip(
        QApplication::translate("main", "A separate ledger with made-up users, to try Keyledger"));
    QObject::connect(openDemo, &QAction::triggered, demoLauncher, &DemoLauncher::open);
    window.fileMenu()->insertAction(window.fileMenu()->actions().value(0), openDemo);
    window.fileMenu()->insertSeparator(window.fileMenu()->actions().value(1));
    if (demoMode) {
        openDemo->setEnabled(false);
        importAction->action()->setEnabled(false);
        syncView->syncNowAction()->setEnabled(false);
        window.setWindowTitle(QApplication::translate("main", "Keyledger — Demo"));
        auto* demoLabel =
            new QLabel(QApplication::translate("main", "Demo ledger: nothing is sent to a server"));
        demoLabel->setObjectName(QStringLiteral("demoLabel"));
        window.statusBar()->addPermanentWidget(demoLabel);
    } else if (ServerProfileRepository().profiles().isEmpty()) {
        auto* firstRun = new FirstRunPanel;
        QObject::connect(firstRun, &FirstRunPanel::connectRequested, &window, openConnections);
        QObject::connect(firstRun, &FirstRunPanel::demoRequested, demoLauncher, &DemoLauncher::open);
        users->setEmptyState(firstRun); // shown while the ledger has no user
    }
    window.addLedgerPage();
    window.restoreLayout();
    window.show();
    // After the window is up: the keychain may have to ask for the secret. The demo never syncs.
    if (!demoMode)
        QTimer::singleShot(0, &sync, &SyncController::restart);
    return app.exec();
}
