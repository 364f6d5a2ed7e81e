#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;
class QWidget;

namespace keyledger {

class RealmImportJob;
class SyncController;

// Server > Import from Keycloak…: asks for confirmation, imports the active profile's realm on a
// worker thread with a progress dialog that can cancel, then says what was recorded.
class RealmImportAction : public QObject
{
    Q_OBJECT

public:
    RealmImportAction(QString databasePath, SyncController& sync, QWidget* window);

    QAction* action() const { return m_action; }

private:
    void trigger();
    void run(const QString& secret);
    void showReport();

    QString m_databasePath;
    SyncController& m_sync;
    QWidget* m_window;
    QAction* m_action;
    QPointer<RealmImportJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace keyledger
