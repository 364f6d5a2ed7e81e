#include "GuiSession.h"

#include "DemoLauncher.h"
#include "analytics/AnalyticsView.h"
#include "audit/AuditExportJob.h"
#include "audit/AuditView.h"
#include "common/FirstRunPanel.h"
#include "common/LanguageMenu.h"
#include "common/MainWindow.h"
#include "common/ProgressTask.h"
#include "common/ViewServices.h"
#include "core/AppContext.h"
#include "core/TranslationLoader.h"
#include "store/ChainVerificationJob.h"
#include "sync/ConnectionsDialog.h"
#include "sync/RealmImportAction.h"
#include "sync/RealmImportJob.h"
#include "sync/ServerProfileRepository.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusBar.h"
#include "sync/SyncView.h"
#include "users/BulkActionJob.h"
#include "users/EraseUserAction.h"
#include "users/EraseUserJob.h"
#include "users/RealmRoles.h"
#include "users/SavedSearch.h"
#include "users/UsersView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include <algorithm>

namespace keyledger {

namespace {

// The window's texts keep the context ("main") they had when main.cpp built the window, so that
// their translations still apply.
template <typename Job>
bool anyRunning(const QObject* root)
{
    const QList<Job*> jobs = root->findChildren<Job*>();
    return std::any_of(jobs.cbegin(), jobs.cend(), [](const Job* job) { return job->isRunning(); });
}

} // namespace

GuiSession::GuiSession(const QString& databasePath, bool demoMode, TranslationLoader& translations,
                       QObject* parent)
    : QObject(parent)
    , m_demo(demoMode)
    , m_translations(translations)
    , m_context(std::make_unique<AppContext>(databasePath, SqliteConnection::OpenMode::CreateIfMissing))
{
    // Sync runs in its own thread for the active server profile.
    m_sync = std::make_unique<SyncController>(m_context->store(), &m_context->notifier(), m_credentials);
    m_context->projections().start();
    m_pendingTimer.setInterval(300);
    connect(&m_pendingTimer, &QTimer::timeout, this, &GuiSession::applyPendingLanguage);
    buildWindow();
}

GuiSession::~GuiSession()
{
    // Every widget goes before the sync controller and the ledger it shows.
    for (const QPointer<MainWindow>& retired : std::as_const(m_retired))
        delete retired.data();
    m_window.reset();
    m_sync.reset();
}

QString GuiSession::databasePath() const
{
    return m_context->databasePath();
}

void GuiSession::buildWindow()
{
    AppContext& context = *m_context;
    const ViewServices services{context.store(),       context.users(),      context.notifier(),
                                context.projections(), context.queryCache(), context.databasePath(),
                                context.viewsPath()};
    m_shownLanguage = LanguageMenu::savedChoice();
    m_window = std::make_unique<MainWindow>(context.store(), context.notifier(), context.databasePath(),
                                            &context.projections());
    MainWindow* window = m_window.get();
    connect(&context.projections(), &ProjectionRunner::failed, window, [window](const QString& message) {
        QMessageBox::warning(
            window, QApplication::translate("main", "Views unavailable"),
            QApplication::translate("main", "The users, analytics and audit views cannot be updated: %1")
                .arg(message));
    });
    auto* users = new UsersView(services, window);
    m_users = users;
    users->setRealmRoles(new RealmRoles(m_sync.get(), users)); // the editor's role choices
    connect(users, &UsersView::statusMessage, window, [window](const QString& message, int timeoutMs) {
        window->statusBar()->showMessage(message, timeoutMs);
    });
    window->addPage(QStringLiteral("users"), QApplication::translate("main", "Users"), users);
    // A Users menu with the page's actions; New and Find work from any page (they bring the
    // Users page forward), the others only where a selection of users is visible.
    auto* usersMenu = new QMenu(QApplication::translate("main", "&Users"), window);
    usersMenu->setObjectName(QStringLiteral("usersMenu"));
    window->menuBar()->insertMenu(window->menuBar()->actions().value(1), usersMenu);
    for (QAction* action : users->userActions()) {
        usersMenu->addAction(action);
        if (action->objectName() == QLatin1String("newUserAction") ||
            action->objectName() == QLatin1String("findUserAction")) {
            action->setShortcutContext(Qt::WindowShortcut);
            connect(action, &QAction::triggered, window,
                    [window] { window->showPage(QStringLiteral("users")); });
        }
    }
    // The right to be forgotten, for the current user, behind its own strong confirmation.
    auto* erase = new EraseUserAction(context.databasePath(), context.users(), window);
    connect(users, &UsersView::currentUserChanged, erase, &EraseUserAction::setUser);
    connect(erase, &EraseUserAction::statusMessage, window, [window](const QString& message, int timeoutMs) {
        window->statusBar()->showMessage(message, timeoutMs);
    });
    usersMenu->addSeparator();
    usersMenu->addAction(erase->action());
    auto* analytics = new AnalyticsView(services, window);
    window->addPage(QStringLiteral("analytics"), QApplication::translate("main", "Analytics"), analytics);
    auto* audit = new AuditView(services, window);
    window->addPage(QStringLiteral("audit"), QApplication::translate("main", "Audit"), audit);
    auto showStatus = [window](const QString& message) { window->statusBar()->showMessage(message, 5000); };
    connect(analytics, &AnalyticsView::statusMessage, window, showStatus);
    connect(audit, &AuditView::statusMessage, window, showStatus);
    // Double-clicking an audit row shows that user in the Users page.
    connect(audit, &AuditView::userActivated, window,
            [window](const QUuid&) { window->showPage(QStringLiteral("users")); });
    auto* syncView =
        new SyncView(context.store(), context.users(), &context.notifier(), m_sync.get(), window);
    window->addPage(QStringLiteral("sync"), QApplication::translate("main", "Sync"), syncView);
    connect(syncView, &SyncView::statusMessage, window, showStatus);
    auto* syncBar = new SyncStatusBar(*m_sync, nullptr, nullptr, window); // the window shows the views' lag
    window->statusBar()->addPermanentWidget(syncBar);
    connect(syncBar, &SyncStatusBar::connectionsRequested, this, &GuiSession::openConnections);
    connect(syncView, &SyncView::connectionsRequested, this, &GuiSession::openConnections);
    // Server menu, before Tools: Connections… and Sync now (F5, from any page).
    auto* serverMenu = new QMenu(QApplication::translate("main", "&Server"), window);
    serverMenu->setObjectName(QStringLiteral("serverMenu"));
    window->menuBar()->insertMenu(window->menuBar()->actions().value(2), serverMenu);
    QAction* connections = serverMenu->addAction(QApplication::translate("main", "&Connections…"), this,
                                                 &GuiSession::openConnections);
    connections->setObjectName(QStringLiteral("connectionsAction"));
    syncView->syncNowAction()->setShortcutContext(Qt::WindowShortcut);
    serverMenu->addAction(syncView->syncNowAction());
    auto* importAction = new RealmImportAction(context.databasePath(), *m_sync, window);
    serverMenu->addAction(importAction->action());
    // File › Open Demo Store… (or, in the demo, Open My Ledger), and the first run's guidance on
    // the Users page.
    m_demoLauncher = new DemoLauncher(window);
    connect(m_demoLauncher, &DemoLauncher::ready, this, &GuiSession::demoRequested);
    auto* openDemo = new QAction(QApplication::translate("main", "Open &Demo Store…"), window);
    openDemo->setObjectName(QStringLiteral("openDemoAction"));
    openDemo->setStatusTip(
        QApplication::translate("main", "A separate ledger with made-up users, to try Keyledger"));
    connect(openDemo, &QAction::triggered, this, &GuiSession::openDemo);
    QAction* first = window->fileMenu()->actions().value(0);
    window->fileMenu()->insertAction(first, openDemo);
    if (m_demo) {
        auto* openOwn = new QAction(tr("Open &My Ledger"), window);
        openOwn->setObjectName(QStringLiteral("openOwnLedgerAction"));
        openOwn->setStatusTip(tr("Leave the demo and go back to your own ledger"));
        connect(openOwn, &QAction::triggered, this, &GuiSession::ownLedgerRequested);
        window->fileMenu()->insertAction(first, openOwn);
    }
    window->fileMenu()->insertSeparator(first);
    // Tools › Language: the new language shows at once, in a window built again.
    if (auto* language = window->findChild<LanguageMenu*>())
        connect(language, &LanguageMenu::languageChosen, this, &GuiSession::onLanguageChosen,
                Qt::QueuedConnection);
    if (m_demo) {
        openDemo->setEnabled(false);
        importAction->action()->setEnabled(false);
        syncView->syncNowAction()->setEnabled(false);
        window->setWindowTitle(QApplication::translate("main", "Keyledger — Demo"));
        auto* demoLabel =
            new QLabel(QApplication::translate("main", "Demo ledger: nothing is sent to a server"));
        demoLabel->setObjectName(QStringLiteral("demoLabel"));
        window->statusBar()->addPermanentWidget(demoLabel);
    } else if (ServerProfileRepository().profiles().isEmpty()) {
        auto* firstRun = new FirstRunPanel;
        connect(firstRun, &FirstRunPanel::connectRequested, this, &GuiSession::openConnections);
        connect(firstRun, &FirstRunPanel::demoRequested, this, &GuiSession::openDemo);
        users->setEmptyState(firstRun); // shown while the ledger has no user
    }
    window->addLedgerPage();
}

void GuiSession::show()
{
    m_window->restoreLayout();
    m_window->show();
    m_window->activateWindow(); // it may replace the window that had the focus
    // After the window is up: the keychain may have to ask for the secret. The demo never syncs.
    if (!m_demo)
        QTimer::singleShot(0, m_sync.get(), &SyncController::restart);
}

void GuiSession::saveLayout()
{
    // MainWindow keeps its layout when it is closed; the close event alone does that without
    // closing it (nor quitting with the last window).
    QCloseEvent event;
    QCoreApplication::sendEvent(m_window.get(), &event);
}

QString GuiSession::runningWork() const
{
    const MainWindow* window = m_window.get();
    if (anyRunning<RealmImportJob>(window))
        return tr("an import from Keycloak");
    if (anyRunning<AuditExportJob>(window))
        return tr("an audit export");
    if (anyRunning<BulkActionJob>(window))
        return tr("a change to several users");
    if (!window->findChildren<EraseUserJob*>().isEmpty()) // lives while it runs
        return tr("an erasure of personal data");
    if (anyRunning<ChainVerificationJob>(window))
        return tr("the ledger verification");
    if (anyRunning<ProgressTask>(window) || m_demoLauncher->isBusy())
        return tr("the creation of the demo ledger");
    return {};
}

void GuiSession::openConnections()
{
    if (m_demo) {
        // A demo user must never reach a real server, nor a real user the demo ledger.
        const QString message = tr("The demo ledger is never synchronised. Choose File › Open My Ledger to "
                                   "connect to a server.");
        QMessageBox::information(m_window.get(), QApplication::translate("main", "Demo ledger"), message);
        return;
    }
    ConnectionsDialog dialog(m_credentials, m_sync.get(), nullptr, m_window.get());
    dialog.exec();
    if (!ServerProfileRepository().profiles().isEmpty())
        m_users->setEmptyState(nullptr); // a server is configured: no more first-run guidance
}

void GuiSession::openDemo()
{
    const QString work = runningWork();
    if (!work.isEmpty()) {
        const QString message = tr("The demo ledger opens in this window once %1 has finished.").arg(work);
        QMessageBox::information(m_window.get(), QApplication::translate("main", "Demo ledger"), message);
        return;
    }
    m_demoLauncher->open();
}

void GuiSession::onLanguageChosen(const QString& code)
{
    m_pendingLanguage = code;
    if (code == m_shownLanguage) {
        m_pendingTimer.stop(); // back to the language shown: nothing left to do
        return;
    }
    const QString work = runningWork();
    if (work.isEmpty()) {
        applyPendingLanguage();
        return;
    }
    // Rebuilding the window now would cut that work short: wait for it.
    QMessageBox::information(m_window.get(), tr("Language"),
                             tr("The new language shows as soon as %1 has finished.").arg(work));
    m_pendingTimer.start();
}

void GuiSession::applyPendingLanguage()
{
    // Not under a dialog either: its event loop may belong to the window about to go.
    if (!runningWork().isEmpty() || QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        m_pendingTimer.start();
        return;
    }
    m_pendingTimer.stop();
    if (m_pendingLanguage == m_shownLanguage)
        return;
    m_translations.install(LanguageMenu::savedLocale());
    // Cached query results carry texts (status labels) in the language they were read in.
    m_context->queryCache().clear();
    rebuildWindow();
    m_window->statusBar()->showMessage(
        tr("Keyledger is now shown in %1.").arg(TranslationLoader::languageName()), 8000);
}

void GuiSession::rebuildWindow()
{
    saveLayout();
    const SavedSearch search = m_users->currentSearch(); // the admin's filters and sort stay
    MainWindow* old = m_window.release();
    const bool visible = old->isVisible();
    buildWindow();
    if (!(m_users->currentSearch() == search)) // the new page loaded the default view already
        m_users->applySearch(search);
    if (visible) {
        // The new window is up before the old one goes: the application never sees its last
        // window closed.
        m_window->restoreLayout();
        m_window->show();
        m_window->activateWindow();
        old->hide();
    }
    m_retired.append(old);
    old->deleteLater();
    Q_EMIT windowRebuilt();
}

} // namespace keyledger
