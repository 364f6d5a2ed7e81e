#include "common/ProgressTask.h"

#include <QProgressDialog>
#include <QThread>

#include <exception>

namespace keyledger {

ProgressTask::ProgressTask(const QString& label, Work work, QWidget* parent)
    : QObject(parent)
    , m_work(std::move(work))
    , m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 0, parent))
{
    m_dialog->setObjectName(QStringLiteral("progressTaskDialog"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->reset(); // not shown before start()
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        m_dialog->setLabelText(tr("Stopping…"));
    });
}

ProgressTask::~ProgressTask()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void ProgressTask::start()
{
    if (m_thread)
        return;
    m_cancelled = false;
    m_dialog->setRange(0, 0);
    m_dialog->show();
    // The thread reports through queued calls to this object; the work's own objects (a store
    // connection, say) are made and destroyed on the worker thread.
    m_thread = QThread::create([this] {
        const Report report = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
            return !m_cancelled.load();
        };
        try {
            m_error = m_work(report);
        } catch (const std::exception& error) {
            m_error = QString::fromUtf8(error.what());
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_dialog->reset();
        m_dialog->hide();
        Q_EMIT finished(m_cancelled.load() && m_error.isEmpty(), m_error);
    });
    m_thread->start();
}

void ProgressTask::onProgress(qint64 done, qint64 total)
{
    if (!m_thread || total <= 0)
        return;
    // Scaled to int: QProgressDialog counts in ints.
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
}

} // namespace keyledger
