#include "sync/RealmImportAction.h"

#include "credentials/CredentialJob.h"
#include "credentials/CredentialStore.h"
#include "sync/ImportSummary.h"
#include "sync/RealmImportJob.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>

namespace keyledger {

RealmImportAction::RealmImportAction(QString databasePath, SyncController& sync, QWidget* window)
    : QObject(window)
    , m_databasePath(std::move(databasePath))
    , m_sync(sync)
    , m_window(window)
    , m_action(new QAction(tr("&Import from Keycloak…"), this))
{
    m_action->setObjectName(QStringLiteral("importAction"));
    m_action->setToolTip(tr("Record the realm's users, the changes made in Keycloak and the login history"));
    connect(m_action, &QAction::triggered, this, &RealmImportAction::trigger);
}

void RealmImportAction::trigger()
{
    if (m_job)
        return;
    const std::optional<ServerProfile>& profile = m_sync.profile();
    if (!profile) {
        QMessageBox::information(m_window, tr("Import from Keycloak"),
                                 tr("No server is connected. Add one in Server > Connections… first."));
        return;
    }
    if (QMessageBox::question(
            m_window, tr("Import from Keycloak"),
            tr("Import the users of realm %1 from %2?\n\nNew users, changes made in Keycloak, "
               "users deleted there and logins are recorded in the ledger. Users with changes "
               "still waiting to be sent are left as they are.")
                .arg(profile->realm, profile->baseUrl.toString())) != QMessageBox::Yes)
        return;
    if (const std::optional<QString> remembered = m_sync.rememberedSecret(profile->name))
        return run(*remembered);
    const QString name = profile->name;
    CredentialJob* job = m_sync.credentials().readSecret(CredentialStore::profileSecretKey(name));
    connect(job, &CredentialJob::finished, this, [this, name](CredentialJob* finished) {
        if (finished->error() == CredentialJob::Error::NoError && !finished->value().isEmpty())
            return run(finished->value());
        bool ok = false;
        const QString secret = QInputDialog::getText(
            m_window, tr("Import from Keycloak"),
            tr("Secret for profile %1 (kept in memory only):").arg(name), QLineEdit::Password, {}, &ok);
        if (ok && !secret.isEmpty())
            run(secret);
    });
}

void RealmImportAction::run(const QString& secret)
{
    const std::optional<ServerProfile>& profile = m_sync.profile();
    if (!profile)
        return;
    m_job = new RealmImportJob(m_databasePath, *profile, secret, this);
    m_progress =
        new QProgressDialog(tr("Importing users from %1…").arg(profile->name), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Import from Keycloak"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &RealmImportJob::cancel);
    connect(m_job, &RealmImportJob::progress, m_progress, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        m_progress->setLabelText(tr("Importing users: %1 of %2").arg(done).arg(total));
    });
    connect(m_job, &RealmImportJob::finished, this, &RealmImportAction::showReport);
    m_action->setEnabled(false);
    m_job->start();
}

void RealmImportAction::showReport()
{
    const ImportReport report = m_job->report();
    m_job->deleteLater();
    if (m_progress)
        m_progress->deleteLater();
    m_action->setEnabled(true);
    QString text = ImportSummary::text(report);
    if (!report.notes.isEmpty())
        text += QStringLiteral("\n\n") + report.notes.join(QLatin1Char('\n'));
    if (report.cancelled)
        QMessageBox::information(
            m_window, tr("Import cancelled"),
            tr("The import was cancelled; what was recorded before stays recorded.\n\n") + text);
    else if (!report.error.isEmpty())
        QMessageBox::warning(
            m_window, tr("Import stopped"),
            tr("The import stopped: %1\nWhat was recorded before stays recorded; import again to go "
               "on.\n\n")
                    .arg(report.error) +
                text);
    else
        QMessageBox::information(m_window, tr("Import finished"), text);
}

} // namespace keyledger
