#pragma once

#include "credentials/CredentialStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace keyledger {

class AppContext;
class DemoLauncher;
class MainWindow;
class SyncController;
class TranslationLoader;
class UsersView;

// One open ledger in the desktop application: its AppContext, the sync controller and the main
// window with every page, menu and action, wired as one. The window can be rebuilt in another
// language while the ledger, the projections and sync keep running; another ledger (the demo)
// means another session, made by the GuiApplicationShell.
class GuiSession : public QObject
{
    Q_OBJECT

public:
    // Opens the ledger (throws StorageError when it cannot be opened), starts its projections
    // and builds the window; show() puts it on screen.
    GuiSession(const QString& databasePath, bool demoMode, TranslationLoader& translations,
               QObject* parent = nullptr);
    ~GuiSession() override;
    GuiSession(const GuiSession&) = delete;
    GuiSession& operator=(const GuiSession&) = delete;

    // Restores the saved layout, shows the window and, outside the demo, starts sync.
    void show();
    // Keeps the window's geometry, columns and page for the next window (of any session).
    void saveLayout();

    AppContext& context() { return *m_context; }
    MainWindow* window() const { return m_window.get(); }
    UsersView* usersView() const { return m_users; }
    bool isDemo() const { return m_demo; }
    QString databasePath() const;
    // The background work of the window that is running now and would be cut short with it
    // ("an import from Keycloak"), or empty when none.
    QString runningWork() const;
    // The language the window is shown in (LanguageMenu's code: empty for the system's).
    const QString& shownLanguage() const { return m_shownLanguage; }

Q_SIGNALS:
    // The demo ledger exists (created if needed): the shell opens it instead of this one.
    void demoRequested();
    // File › Open My Ledger in the demo: the shell opens the admin's own ledger.
    void ownLedgerRequested();
    // The window was rebuilt (in another language); window() is the new one.
    void windowRebuilt();

private:
    void buildWindow();
    void openConnections();
    void openDemo();
    void onLanguageChosen(const QString& code);
    void applyPendingLanguage();
    // Layout saved, the window replaced by one built in the language installed now.
    void rebuildWindow();

    bool m_demo;
    TranslationLoader& m_translations;
    std::unique_ptr<AppContext> m_context;
    // Declared before the window so that the window's widgets never outlive them.
    CredentialStore m_credentials;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
    QList<QPointer<MainWindow>> m_retired; // replaced windows awaiting deletion
    UsersView* m_users = nullptr;
    DemoLauncher* m_demoLauncher = nullptr;
    QString m_shownLanguage;
    QString m_pendingLanguage;
    QTimer m_pendingTimer; // retries a language change deferred by running work
};

} // namespace keyledger
