#pragma once

#include <QWidget>

class QPushButton;

namespace keyledger {

// What the Users page shows on a first run (no server configured, nothing in the ledger): how
// to connect to a Keycloak server and how to try Keyledger on the demo ledger, as two buttons.
class FirstRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPanel(QWidget* parent = nullptr);

    QPushButton* connectButton() const { return m_connect; }
    QPushButton* demoButton() const { return m_demo; }

Q_SIGNALS:
    void connectRequested();
    void demoRequested();

private:
    QPushButton* m_connect;
    QPushButton* m_demo;
};

} // namespace keyledger
