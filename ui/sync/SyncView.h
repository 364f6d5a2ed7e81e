#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace keyledger {

class InlineMessage;
class OutboxModel;
class SqliteEventStore;
class SqliteOutbox;
class StoreNotifier;
class SyncController;
class UserCommandHandler;
struct OutboxRow;

// The Sync page: the outbox rows still to deliver and those Keycloak refused, per user, with
// their state, attempts, next attempt and last error. A refused row (the head of its user's
// queue) can be retried (after fixing the data) or discarded (Keycloak keeps its version);
// both are events in the ledger. "Sync now" (F5) asks the controller to deliver at once.
// Reads the outbox on the UI's own store connection; refreshes on appends and sync reports.
class SyncView : public QWidget
{
    Q_OBJECT

public:
    // Asks a yes/no question; the default is a QMessageBox.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;

    // controller may be null (no sync: the page lists the outbox only).
    SyncView(SqliteEventStore& store, UserCommandHandler& users, StoreNotifier* notifier,
             SyncController* controller, QWidget* parent = nullptr);
    ~SyncView() override;

    OutboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* retryAction() const { return m_retry; }
    QAction* discardAction() const { return m_discard; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

public Q_SLOTS:
    void refresh();
    void retrySelected();
    void discardSelected();
    void syncNow();

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);
    void connectionsRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void updateActions();
    void updateHeader();
    const OutboxRow* selectedRow() const;

    SqliteEventStore& m_store;
    UserCommandHandler& m_users;
    SyncController* m_controller;
    std::unique_ptr<SqliteOutbox> m_outbox;
    OutboxModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_empty;
    QLabel* m_detail;
    QLabel* m_notice;
    QPushButton* m_connections;
    InlineMessage* m_message;
    QAction* m_syncNow;
    QAction* m_retry;
    QAction* m_discard;
    Confirm m_confirm;
    QTimer m_refreshTimer;
    bool m_dirty = true;
    qint64 m_seenPending = -1; // the counts the rows were read at: a status report that
    qint64 m_seenFailed = -1;  // changes nothing needs no re-read
    int m_seenInFlight = -1;
};

} // namespace keyledger
