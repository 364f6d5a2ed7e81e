#pragma once

#include "store/ChainReport.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace keyledger {

class ChainVerificationJob;

// "Verify ledger": runs the check off the UI thread behind a cancellable progress dialog,
// then tells the result in plain words.
class ChainVerificationController : public QObject
{
    Q_OBJECT

public:
    ChainVerificationController(QString databasePath, QWidget* parentWindow);

public Q_SLOTS:
    void verify();

Q_SIGNALS:
    void verified(const keyledger::ChainReport& report);

private:
    void showProgress(qint64 done, qint64 total);
    void showReport(const keyledger::ChainReport& report);
    void showFailure(const QString& message);

    QString m_databasePath;
    QWidget* m_parentWindow;
    ChainVerificationJob* m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace keyledger
