#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace keyledger {

// Creates the demo ledger (<AppData>/demo.db) on a worker thread with a progress dialog, then
// opens it: at start-up (keyledger --demo) before the window is built, or from the menu by
// starting `keyledger --demo` and closing this window (the window's objects are wired to one
// ledger for their whole life).
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoLauncher(QWidget* window);

    // Start-up: makes sure the demo ledger exists; false (after saying why) when it could not
    // be created or the creation was cancelled.
    static bool prepare(QWidget* parent);

public Q_SLOTS:
    // File › Open Demo Store…
    void open();

private:
    void relaunch();

    QWidget* m_window;
    bool m_busy = false;
};

} // namespace keyledger
