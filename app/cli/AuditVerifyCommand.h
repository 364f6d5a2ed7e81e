#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// audit verify FILE: checks a JSON Lines audit export on its own, without opening any
// database (AuditExportVerifier). Exit 0 intact, 6 altered (first line that does not match on
// stderr), 2 when FILE is unreadable or not an export.
class AuditVerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::AuditVerifyCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
