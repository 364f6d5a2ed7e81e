#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace keyledger {

// Creates the demo ledger (<AppData>/demo.db) on a worker thread with a progress dialog: at
// start-up (keyledger --demo) before the window is built, or from the menu, after which ready()
// lets the application shell open it in place of the current ledger.
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoLauncher(QWidget* window);

    // Start-up: makes sure the demo ledger exists; false (after saying why) when it could not
    // be created or the creation was cancelled.
    static bool prepare(QWidget* parent);

    // Whether the demo ledger is being created now.
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // File › Open Demo Store…: creates the demo ledger if needed, then emits ready().
    void open();

Q_SIGNALS:
    // The demo ledger exists and can be opened.
    void ready();

private:
    QWidget* m_window;
    bool m_busy = false;
};

} // namespace keyledger
