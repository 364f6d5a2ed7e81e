#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// audit [--user USER] [--actor A] [--type T] [--source S] [--from DATE] [--to DATE] [--limit N]:
// the realm's audit entries, oldest first, filtered; dates are whole UTC days, both inclusive.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::AuditCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
    bool supportsCsv() const override { return true; }
};

} // namespace keyledger::cli
