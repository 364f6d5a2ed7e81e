#include "AuditExportCommand.h"

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
#include <QTimeZone>

#include <cstring>

namespace keyledger::cli {

namespace {

const QString formatOption = QStringLiteral("format");
const QString outputOption = QStringLiteral("output");
const QString userOption = QStringLiteral("user");
const QString orgOption = QStringLiteral("org");
const QString typeOption = QStringLiteral("type");
const QString sourceOption = QStringLiteral("source");
const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");

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
    // --actor is a global option (CommandLine); here it filters.
    line.addValueOption(outputOption, QStringLiteral("FILE"));
    line.addValueOption(userOption, QStringLiteral("USER"));
    line.addValueOption(orgOption, QStringLiteral("O"));
    line.addValueOption(typeOption, QStringLiteral("T"));
    line.addValueOption(sourceOption, QStringLiteral("S"));
    line.addValueOption(fromOption, QStringLiteral("DATE"));
    line.addValueOption(toOption, QStringLiteral("DATE"));
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

    AuditFilter filter;
    filter.actor = options.actor; // the global --actor: nobody acts in a read, so it filters
    filter.organizationId = line.value(orgOption);
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
    if (*format == AuditExportFormat::Pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw CliError(ExitCode::Internal,
                       tr("A PDF export needs the graphical part of Qt, which did not start."));

    ViewSession views(options, console);
    const std::optional<QString> user = line.optionalValue(userOption);
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
