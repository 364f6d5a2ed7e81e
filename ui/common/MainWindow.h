#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;

namespace keyledger {

class ChainVerificationController;
class EventLogModel;
class EventStore;
class StoreNotifier;

// The application frame. For now it shows the ledger itself and verifies it; the users,
// analytics, audit and sync views plug in here as they arrive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(EventStore& store, StoreNotifier& notifier, const QString& databasePath,
               QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateStatus();
    void restoreLayout();

    EventStore& m_store;
    QString m_databasePath;
    EventLogModel* m_eventLog;
    QTableView* m_eventView;
    QLabel* m_storeLabel;
    QLabel* m_countLabel;
    ChainVerificationController* m_verification;
};

} // namespace keyledger
