#pragma once

#include <QtGlobal>

namespace keyledger {

// What a read model keeps in memory between events of a projection context (rows it read or
// changed). The projector writes it back with flush() inside the transaction that stores the
// model's checkpoint, and drops it with discard() when that transaction is rolled back.
class ProjectionState
{
public:
    virtual ~ProjectionState() = default;

    // Writes what changed to the tables, then forgets everything held.
    virtual void flush() = 0;
    // Forgets everything held, written or not.
    virtual void discard() = 0;
    // Rows held, for the projector's memory bound.
    virtual qsizetype size() const = 0;
};

} // namespace keyledger
