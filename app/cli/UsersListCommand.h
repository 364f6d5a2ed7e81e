#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// users list [--org O] [--status S] [--search T] [--sort FIELD[:desc]] [--limit N] [--after CURSOR]
// [--as-of TIME]: one page of the user list read model, with the total and the cursor of the next
// page; with --as-of, of the list as it was then (the read models replayed up to that time).
class UsersListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UsersListCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
    bool supportsCsv() const override { return true; }
};

} // namespace keyledger::cli
