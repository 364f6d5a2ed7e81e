#include "AuditFilterOptions.h"

#include "CliError.h"
#include "CliOptions.h"
#include "CommandLine.h"

#include <QTimeZone>

namespace keyledger::cli {

namespace {

const QString userOption = QStringLiteral("user");
const QString typeOption = QStringLiteral("type");
const QString sourceOption = QStringLiteral("source");
const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");

} // namespace

void AuditFilterOptions::add(CommandLine& line)
{
    line.addValueOption(userOption, QStringLiteral("USER"));
    line.addValueOption(typeOption, QStringLiteral("T"));
    line.addValueOption(sourceOption, QStringLiteral("S"));
    line.addValueOption(fromOption, QStringLiteral("DATE"));
    line.addValueOption(toOption, QStringLiteral("DATE"));
}

AuditFilter AuditFilterOptions::read(const CommandLine& line, const CliOptions& options)
{
    AuditFilter filter;
    filter.actor = options.actor;
    filter.type = line.value(typeOption);
    filter.source = line.value(sourceOption);
    const std::optional<QDate> from = line.date(fromOption);
    const std::optional<QDate> to = line.date(toOption);
    if (from && to && *from > *to)
        throw CliError::usage(tr("--from must not be after --to."));
    const QTimeZone utc = QTimeZone::utc();
    if (from)
        filter.from = from->startOfDay(utc);
    if (to)
        filter.to = to->endOfDay(utc);
    return filter;
}

std::optional<QString> AuditFilterOptions::user(const CommandLine& line)
{
    return line.optionalValue(userOption);
}

} // namespace keyledger::cli
