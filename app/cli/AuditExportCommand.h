#pragma once

#include "Command.h"

#include "export/AuditExportFormat.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace keyledger::cli {

// audit export --format csv|jsonl|pdf --output FILE [--user USER] [--org O] [--actor A] [--type T]
// [--source S] [--from DATE] [--to DATE]: the matching audit trail written to FILE through
// AuditExporter (FILE.part, renamed when complete); a progress line on stderr on a terminal.
class AuditExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::AuditExportCommand)

public:
    // Takes "--format X" out of the words: the global --format knows only table, json and csv.
    explicit AuditExportCommand(QStringList& words);

    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
    bool supportsCsv() const override { return true; }

    // Whether these arguments ask for a PDF export, which paints and so needs a QGuiApplication
    // (main() then creates one on the offscreen platform).
    static bool needsGui(int argc, char* argv[]);

private:
    std::optional<QString> m_format;
};

} // namespace keyledger::cli
