#pragma once

#include "Command.h"

#include "store/RecordedEvent.h"

#include <QCoreApplication>

namespace keyledger::cli {

class Console;

// events [--stream USER] [--from POSITION] [--limit N]: the ledger, oldest first, read in
// batches so that a store of millions of events is never held in memory at once.
class EventsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::EventsCommand)

public:
    static constexpr int BatchSize = 1000;

    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;

private:
    void print(const RecordedEvent& event, const CliOptions& options, Console& console) const;
};

} // namespace keyledger::cli
