#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace keyledger {

class ChainVerificationController;
class EventStore;
class LedgerView;
class ProjectionRunner;
class StoreNotifier;

// The application frame: a sidebar of pages (Users, Analytics, Audit, Ledger, ...), the menus,
// and a status bar that always tells the ledger's size and, when the views lag behind, by how
// much. Pages are built by the composition root and added with addPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(EventStore& store, StoreNotifier& notifier, const QString& databasePath,
               ProjectionRunner* projections = nullptr, QWidget* parent = nullptr);

    // Adds a page to the sidebar; the first page added is shown first. Ctrl+1..9 switch pages.
    void addPage(const QString& id, const QString& title, QWidget* page);
    // The raw ledger as a page (usually the last one).
    void addLedgerPage();
    void showPage(const QString& id);
    QString currentPage() const;
    // Geometry, column layouts and the last page shown; call once the pages are added.
    void restoreLayout();
    // For the composition root's entries (Open Demo Store…, before Quit).
    QMenu* fileMenu() const { return m_fileMenu; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateStatus();

    EventStore& m_store;
    ProjectionRunner* m_projections;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    LedgerView* m_ledger;
    QLabel* m_storeLabel;
    QLabel* m_lagLabel;
    QLabel* m_countLabel;
    ChainVerificationController* m_verification;
    QMenu* m_fileMenu = nullptr;
};

} // namespace keyledger
