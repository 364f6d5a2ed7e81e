#pragma once

#include <QString>

#include <optional>

namespace keyledger {

enum class AuditExportFormat
{
    Csv,       // for spreadsheets: the audit read model's columns
    JsonLines, // for tools and `audit verify`: every stored field plus the read model's
    Pdf,       // for people: a report (written by ui/audit/AuditPdfSink; the model stays headless)
};

// "csv", "jsonl", "pdf": the names the CLI takes and files end with.
inline QString formatName(AuditExportFormat format)
{
    switch (format) {
    case AuditExportFormat::Csv:
        return QStringLiteral("csv");
    case AuditExportFormat::JsonLines:
        return QStringLiteral("jsonl");
    case AuditExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

inline std::optional<AuditExportFormat> formatNamed(const QString& name)
{
    for (const AuditExportFormat format :
         {AuditExportFormat::Csv, AuditExportFormat::JsonLines, AuditExportFormat::Pdf}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

} // namespace keyledger
