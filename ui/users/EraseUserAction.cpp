#include "users/EraseUserAction.h"

#include "commands/UserCommandHandler.h"
#include "common/KeyledgerError.h"
#include "domain/PersonalData.h"
#include "users/EraseUserJob.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace keyledger {

EraseUserAction::EraseUserAction(QString ledgerPath, UserCommandHandler& users, QWidget* window)
    : QObject(window)
    , m_ledgerPath(std::move(ledgerPath))
    , m_users(users)
    , m_window(window)
    , m_action(new QAction(tr("Erase Personal Data…"), this))
{
    m_action->setObjectName(QStringLiteral("eraseUserAction"));
    m_action->setToolTip(tr("Right to be forgotten: erase the user's username, e-mail and names for good"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &EraseUserAction::trigger);
}

bool EraseUserAction::confirms(const QString& typed, const QString& username)
{
    return !username.isEmpty() && typed.trimmed() == username;
}

void EraseUserAction::setUser(const QUuid& userId)
{
    m_userId = userId;
    m_action->setEnabled(!userId.isNull() && !m_job);
}

void EraseUserAction::trigger()
{
    if (m_userId.isNull() || m_job)
        return;
    QString username;
    try {
        username = m_users.load(m_userId).state().personal.username;
    } catch (const KeyledgerError& error) {
        QMessageBox::warning(m_window, tr("Erase Personal Data"), error.message());
        return;
    }
    if (username.isEmpty() || username == PersonalData::pseudonymFor(m_userId)) {
        QMessageBox::information(m_window, tr("Erase Personal Data"),
                                 tr("This user's personal data is already erased."));
        return;
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(
        m_window, tr("Erase Personal Data"),
        tr("This permanently erases the username, e-mail and names of %1 from every event, view and export "
           "of "
           "this ledger. The user's key is destroyed: nobody can recover them. The history stays, under the "
           "pseudonym %2, and the ledger still verifies. Changes of this user not yet sent to Keycloak are "
           "not "
           "sent.\n\nType the username %1 to confirm:")
            .arg(username, PersonalData::pseudonymFor(m_userId)),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (!confirms(typed, username)) {
        QMessageBox::information(m_window, tr("Erase Personal Data"),
                                 tr("The username did not match; nothing was erased."));
        return;
    }
    const QUuid userId = m_userId;
    m_job = new EraseUserJob(m_ledgerPath, userId, CommandContext::localUser(), this);
    m_action->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Q_EMIT statusMessage(tr("Erasing the personal data of %1…").arg(username), 0);
    connect(m_job, &EraseUserJob::finished, this, [this, userId] {
        QApplication::restoreOverrideCursor();
        const QString error = m_job->error();
        const QString pseudonym = m_job->pseudonym();
        m_job->deleteLater();
        m_action->setEnabled(!m_userId.isNull());
        if (!error.isEmpty()) {
            Q_EMIT statusMessage({}, 0);
            QMessageBox::warning(m_window, tr("Erase Personal Data"),
                                 tr("Nothing was erased: %1").arg(error));
            return;
        }
        Q_EMIT statusMessage(tr("Personal data erased; the user is now shown as %1.").arg(pseudonym), 8000);
        Q_EMIT erased(userId);
    });
    m_job->start();
}

} // namespace keyledger
