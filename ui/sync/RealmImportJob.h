#pragma once

#include "keycloak/ServerProfile.h"
#include "sync/ImportReport.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace keyledger {

class RealmImport;

// Runs a RealmImport on its own thread (its own store connection and network manager), so the
// UI never waits on Keycloak; forwards progress and the final report to the UI thread.
class RealmImportJob : public QObject
{
    Q_OBJECT

public:
    RealmImportJob(QString databasePath, ServerProfile profile, QString secret, QObject* parent = nullptr);
    ~RealmImportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const ImportReport& report() const { return m_report; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    QString m_databasePath;
    ServerProfile m_profile;
    QString m_secret;
    QThread* m_thread = nullptr;
    QPointer<RealmImport> m_import;
    ImportReport m_report;
};

} // namespace keyledger
