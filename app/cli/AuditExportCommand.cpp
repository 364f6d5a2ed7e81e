#include "AuditExportCommand.h"

#include "AuditFilterOptions.h"

#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ProgressLine.h"
#include "ViewSession.h"

#include "audit/AuditExportSinks.h"
#include "export/AuditExportSink.h"
#include "export/AuditExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstring>

namespace keyledger::cli {

namespace {

const QString formatOption = QStringLiteral("format");
const QString outputOption = QStringLiteral("output");
const QString orgOption = QStringLiteral("org");

} // namespace

AuditExportCommand::AuditExportCommand(QStringList& words)
{
    const QString prefix = QStringLiteral("--format=");
    for (qsizetype i = 0; i < words.size();) {
        if (words.at(i) == QLatin1String("--format") || words.at(i) == QLatin1String("-format")) {
            if (i + 1 >= words.size())
                throw CliError::usage(tr("--format needs a value: csv, jsonl or pdf."));
            m_format = words.at(i + 1);
            words.remove(i, 2);
        } else if (words.at(i).startsWith(prefix)) {
            m_format = words.at(i).mid(prefix.size());
            words.remove(i);
        } else {
            ++i;
        }
    }
}

bool AuditExportCommand::needsGui(int argc, char* argv[])
{
    bool exporting = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        exporting = exporting || std::strcmp(argv[i], "export") == 0;
        pdf = pdf || std::strcmp(argv[i], "--format=pdf") == 0 ||
              (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0);
    }
    return exporting && pdf;
}

void AuditExportCommand::addOptions(CommandLine& line) const
{
    line.addValueOption(outputOption, QStringLiteral("FILE"));
    line.addValueOption(orgOption, QStringLiteral("O"));
    AuditFilterOptions::add(line);
}

ExitCode AuditExportCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    QString formatText = m_format.value_or(QString());
    if (!m_format && options.csv())
        formatText = QStringLiteral("csv"); // `keyledger-cli --format csv audit export ...`
    if (formatText.isEmpty())
        throw CliError::usage(tr("audit export needs --format csv, jsonl or pdf."));
    const std::optional<AuditExportFormat> format = formatNamed(formatText);
    if (!format)
        throw CliError::usage(tr("--format must be csv, jsonl or pdf, not \"%1\".").arg(formatText));
    const QString output = line.required(outputOption);
    if (output.isEmpty())
        throw CliError::usage(tr("--output needs the path of the file to write."));
    const QFileInfo target(output);
    if (target.isDir())
        throw CliError::usage(tr("--output %1 is a folder; give the path of a file.").arg(output));
    if (!target.absoluteDir().exists())
        throw CliError::usage(tr("The folder of %1 does not exist.").arg(output));

    AuditFilter filter = AuditFilterOptions::read(line, options);
    filter.organizationId = line.value(orgOption);
    if (*format == AuditExportFormat::Pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw CliError(ExitCode::Internal,
                       tr("A PDF export needs the graphical part of Qt, which did not start."));

    ViewSession views(options, console);
    const std::optional<QString> user = AuditFilterOptions::user(line);
    if (user)
        filter.userId = views.store().resolveUser(*user);

    AuditExportRequest request;
    request.ledgerPath = views.store().app().databasePath();
    request.viewsPath = views.viewsPath();
    request.filter = filter;
    request.format = *format;
    request.filterUser = user.value_or(QString());
    const std::unique_ptr<AuditExportSink> sink = AuditExportSinks::create(*format);
    ProgressLine progress(console, tr("Exporting the audit trail"));
    const AuditExportResult result =
        AuditExporter::writeFile(request, *sink, output, [&progress](qint64 done, qint64 total) {
            return progress.update(done, total);
        });
    progress.finish();
    if (!result.ok)
        throw CliError(ExitCode::Storage, tr("The export failed; no file was written: %1").arg(result.error));

    console.result(tr("Exported %1 events to %2.").arg(result.rows).arg(QDir::toNativeSeparators(output)));
    if (*format == AuditExportFormat::JsonLines)
        console.result(tr("%1 export; chain head at export time: position %2, hash %3")
                           .arg(result.complete ? tr("Complete") : tr("Filtered"))
                           .arg(result.headPosition)
                           .arg(QString::fromLatin1(result.headHash.toHex())));
    return ExitCode::Ok;
}

} // namespace keyledger::cli
