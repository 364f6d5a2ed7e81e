#include "AsOfOption.h"

#include "CliError.h"
#include "CommandLine.h"
#include "timetravel/AsOfTime.h"

namespace keyledger::cli {

namespace {

const QString asOfOption = QStringLiteral("as-of");

} // namespace

void AsOfOption::add(CommandLine& line)
{
    line.addValueOption(asOfOption, QStringLiteral("TIME"));
}

std::optional<QDateTime> AsOfOption::read(const CommandLine& line)
{
    const std::optional<QString> text = line.optionalValue(asOfOption);
    if (!text)
        return std::nullopt;
    const std::optional<QDateTime> asOf = AsOfTime::parse(*text);
    if (!asOf)
        throw CliError::usage(tr("--as-of must be an ISO 8601 time such as 2026-11-26T10:00:00Z, or a date "
                                 "(the end of that UTC day), not \"%1\".")
                                  .arg(*text));
    return asOf;
}

} // namespace keyledger::cli
