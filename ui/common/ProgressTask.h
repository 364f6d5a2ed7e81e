#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QThread;
class QWidget;

namespace keyledger {

// Runs a long piece of work on a thread of its own while a window-modal progress dialog shows
// how far it is; Cancel asks the work to stop at its next report. The work must not touch
// widgets: it gets a report function (done, total) that answers false once cancelled, and
// returns an error message (empty when it succeeded). finished() comes back on the UI thread.
class ProgressTask : public QObject
{
    Q_OBJECT

public:
    using Report = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<QString(const Report& report)>;

    ProgressTask(const QString& label, Work work, QWidget* parent);
    ~ProgressTask() override;

    void start();
    bool isRunning() const { return m_thread != nullptr; }
    QProgressDialog* dialog() const { return m_dialog; }

Q_SIGNALS:
    void finished(bool cancelled, const QString& error);

private:
    void onProgress(qint64 done, qint64 total);

    Work m_work;
    QProgressDialog* m_dialog;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelled{false};
    QString m_error;
};

} // namespace keyledger
