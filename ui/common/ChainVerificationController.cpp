#include "common/ChainVerificationController.h"

#include "store/ChainVerificationJob.h"

#include <QMessageBox>
#include <QProgressDialog>

namespace keyledger {

ChainVerificationController::ChainVerificationController(QString databasePath, QWidget* parentWindow)
    : QObject(parentWindow)
    , m_databasePath(std::move(databasePath))
    , m_parentWindow(parentWindow)
{}

void ChainVerificationController::verify()
{
    if (m_job && m_job->isRunning())
        return;
    delete m_job;
    m_job = new ChainVerificationJob(m_databasePath, this);
    connect(m_job, &ChainVerificationJob::progressed, this, &ChainVerificationController::showProgress);
    connect(m_job, &ChainVerificationJob::finished, this, &ChainVerificationController::showReport);
    connect(m_job, &ChainVerificationJob::failed, this, &ChainVerificationController::showFailure);

    m_progress = new QProgressDialog(tr("Checking every event of the ledger against its hash…"), tr("Cancel"),
                                     0, 0, m_parentWindow);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setWindowTitle(tr("Verify ledger"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ChainVerificationJob::cancel);
    m_job->start();
}

void ChainVerificationController::showProgress(qint64 done, qint64 total)
{
    if (!m_progress)
        return;
    // QProgressDialog counts in int; scale to per-mille so huge ledgers fit.
    m_progress->setMaximum(1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void ChainVerificationController::showReport(const ChainReport& report)
{
    if (m_progress)
        m_progress->close();
    Q_EMIT verified(report);
    if (report.cancelled)
        return;
    if (report.ok) {
        QMessageBox::information(
            m_parentWindow, tr("Ledger verified"),
            tr("All %n event(s) match their hashes; nothing was altered.\n\nHead: position %1\n%2", nullptr,
               int(report.checkedEvents))
                .arg(report.headPosition)
                .arg(QString::fromLatin1(report.headHash.toHex())));
    } else {
        QMessageBox::critical(m_parentWindow, tr("Ledger altered"),
                              tr("The ledger does not verify at position %1: %2.\n\n"
                                 "The %n event(s) before it are intact.",
                                 nullptr, int(report.checkedEvents))
                                  .arg(report.firstBadPosition)
                                  .arg(report.problem));
    }
}

void ChainVerificationController::showFailure(const QString& message)
{
    if (m_progress)
        m_progress->close();
    QMessageBox::critical(m_parentWindow, tr("Verification failed"), message);
}

} // namespace keyledger
