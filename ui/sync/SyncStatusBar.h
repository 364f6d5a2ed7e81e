#pragma once

#include "sync/SyncStatus.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace keyledger {

class EventStore;
class ProjectionRunner;
class SyncController;

// The sync half of the main window's status bar: active server profile (or "No server"),
// online / offline / syncing with an icon, pending and failed outbox rows (failed in red), the
// last successful sync ("synced 2 min ago") and, when a runner is given, the views' lag.
class SyncStatusBar : public QWidget
{
    Q_OBJECT

public:
    // projections and store may be null: no lag shown (the main window may show it already).
    explicit SyncStatusBar(SyncController& controller, ProjectionRunner* projections = nullptr,
                           EventStore* store = nullptr, QWidget* parent = nullptr);

    // "just now", "2 min ago", "3 h ago", or a date: how long ago lastMs was, seen at nowMs.
    static QString ago(qint64 lastMs, qint64 nowMs);

Q_SIGNALS:
    // The admin clicked the profile or state: show the connections or the Sync page.
    void connectionsRequested();

public Q_SLOTS:
    void update();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateLag();

    SyncController& m_controller;
    ProjectionRunner* m_projections;
    EventStore* m_store;
    QLabel* m_profile;
    QLabel* m_stateIcon;
    QLabel* m_state;
    QLabel* m_pending;
    QLabel* m_failed;
    QLabel* m_lastSync;
    QLabel* m_lag;
    QTimer m_clock; // "2 min ago" ages without any sync event
};

} // namespace keyledger
