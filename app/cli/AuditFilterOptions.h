#pragma once

#include "queries/AuditFilter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace keyledger::cli {

class CommandLine;
struct CliOptions;

// The filters the audit commands share: --user, --type, --source, --from, --to, and the global
// --actor (nobody acts in a read, so there it filters).
class AuditFilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::AuditFilterOptions)

public:
    static void add(CommandLine& line);
    // Every filter but the user (who needs the store to be resolved: see user()). Throws a usage
    // CliError for a bad date or a --from after --to.
    static AuditFilter read(const CommandLine& line, const CliOptions& options);
    static std::optional<QString> user(const CommandLine& line);
};

} // namespace keyledger::cli
