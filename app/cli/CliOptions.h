#pragma once

#include <QString>

namespace keyledger::cli {

enum class OutputFormat
{
    Table,
    Json,
    Csv, // only for the commands that say so (Command::supportsCsv)
};

// The options every command accepts, before or after the command's name.
struct CliOptions
{
    QString databasePath; // empty: AppContext::defaultDatabasePath()
    OutputFormat format = OutputFormat::Table;
    QString actor; // empty: the person at this desktop ("<os user>@<host>")
    bool help = false;
    bool version = false;

    QString effectiveDatabasePath() const;
    bool json() const { return format == OutputFormat::Json; }
    bool csv() const { return format == OutputFormat::Csv; }
};

} // namespace keyledger::cli
