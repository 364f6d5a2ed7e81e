#pragma once

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace keyledger::cli {

class CommandLine;

// --as-of TIME, which `user show` and `users list` share: the moment their read models are
// replayed up to.
class AsOfOption
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::AsOfOption)

public:
    static void add(CommandLine& line);
    // Empty when not given; throws a usage CliError for a time that cannot be read.
    static std::optional<QDateTime> read(const CommandLine& line);
};

} // namespace keyledger::cli
