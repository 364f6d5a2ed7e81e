#pragma once

#include "store/RecordedEvent.h"

#include <QString>
#include <QStringList>

namespace keyledger {

class ProjectionContext;

// One read model: tables in the views database kept up to date from the ledger. The projector
// calls apply() for every event in order, inside a transaction that also stores the model's
// checkpoint, so an event is applied exactly once.
class ReadModel
{
public:
    virtual ~ReadModel() = default;

    virtual QString name() const = 0; // "detail", "list", "analytics", "audit"
    // Bumped when the tables or the rules change: the model is then rebuilt from position 1.
    virtual int version() const = 0;
    // Base names of the tables the model owns (a rebuild builds them aside and swaps them in).
    virtual QStringList tables() const = 0;
    // CREATE TABLE IF NOT EXISTS for context.table(name) of each table, with their primary keys.
    virtual void createTables(ProjectionContext& context) = 0;
    // CREATE INDEX IF NOT EXISTS, index names through context.table() too. Called after
    // createTables on start, and after a rebuild's swap (bulk loads run without them).
    virtual void createIndexes(ProjectionContext& context) = 0;
    // Applies one event. Throws (any std::exception) when the event cannot be applied: the
    // model then stops at that position with the error recorded; the others go on.
    // Events of types the model does not know are ignored (return without effect).
    // A model may keep rows in the context's state (RowCache) rather than write them at once:
    // whoever applies events calls context.flushStates() before committing.
    virtual void apply(const RecordedEvent& event, ProjectionContext& context) = 0;
};

} // namespace keyledger
