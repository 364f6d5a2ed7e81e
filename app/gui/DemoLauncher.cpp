#include "DemoLauncher.h"

#include "common/ProgressTask.h"
#include "core/demo/DemoStore.h"

#include <QApplication>
#include <QEventLoop>
#include <QMessageBox>

namespace keyledger {

namespace {

ProgressTask* creationTask(QWidget* parent)
{
    return new ProgressTask(
        QApplication::translate("DemoLauncher",
                                "Creating the demo ledger: 2,000 users and a year of history…"),
        [](const ProgressTask::Report& report) {
            demo::DemoStore::create(demo::DemoStore::defaultPath(), report);
            return QString();
        },
        parent);
}

void showFailure(QWidget* parent, const QString& error)
{
    QMessageBox::warning(
        parent, QApplication::translate("DemoLauncher", "Demo ledger"),
        QApplication::translate("DemoLauncher", "The demo ledger could not be created: %1").arg(error));
}

} // namespace

DemoLauncher::DemoLauncher(QWidget* window)
    : QObject(window)
    , m_window(window)
{}

bool DemoLauncher::prepare(QWidget* parent)
{
    if (demo::DemoStore::exists(demo::DemoStore::defaultPath()))
        return true;
    ProgressTask* task = creationTask(parent);
    bool ok = false;
    QEventLoop loop; // start-up only: no window exists yet that could be re-entered
    QObject::connect(task, &ProgressTask::finished, &loop, [&](bool cancelled, const QString& error) {
        if (!error.isEmpty())
            showFailure(parent, error);
        ok = !cancelled && error.isEmpty();
        loop.quit();
    });
    task->start();
    loop.exec();
    delete task;
    return ok;
}

void DemoLauncher::open()
{
    if (m_busy)
        return;
    if (demo::DemoStore::exists(demo::DemoStore::defaultPath())) {
        Q_EMIT ready();
        return;
    }
    m_busy = true;
    ProgressTask* task = creationTask(m_window);
    connect(task, &ProgressTask::finished, this, [this, task](bool cancelled, const QString& error) {
        task->deleteLater();
        m_busy = false;
        if (!error.isEmpty())
            showFailure(m_window, error);
        else if (!cancelled)
            Q_EMIT ready();
    });
    task->start();
}

} // namespace keyledger
