#pragma once

#include <QString>

namespace keyledger {

// One read model's state, as `projections status` and the GUI's status bar show it.
struct ProjectionStatus
{
    QString name;
    qint64 checkpoint = 0;     // last position applied
    qint64 head = 0;           // last position in the ledger
    qint64 failedPosition = 0; // 0: healthy
    QString error;
    bool rebuilding = false;

    qint64 lag() const { return head - checkpoint; }
    bool healthy() const { return failedPosition == 0; }
};

} // namespace keyledger
