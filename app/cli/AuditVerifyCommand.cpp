#include "AuditVerifyCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"

#include "export/AuditExportVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyledger::cli {

void AuditVerifyCommand::addOptions(CommandLine&) const {}

ExitCode AuditVerifyCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    const QString path = line.requirePositional({QStringLiteral("FILE")}).constFirst();
    const AuditVerifyReport report = AuditExportVerifier::verifyFile(path);
    if (report.outcome == AuditVerifyReport::Outcome::NotAnExport)
        throw CliError::usage(tr("%1 cannot be checked: %2.").arg(path, report.problem));

    const QString headHash = QString::fromLatin1(report.headHash.toHex());
    if (options.json()) {
        QJsonObject answer{{QStringLiteral("ok"), report.intact()},
                           {QStringLiteral("complete"), report.complete},
                           {QStringLiteral("checkedEvents"), report.events},
                           {QStringLiteral("headPosition"), report.headPosition},
                           {QStringLiteral("headHash"), headHash}};
        if (!report.intact()) {
            answer.insert(QStringLiteral("line"), report.line);
            if (report.position > 0)
                answer.insert(QStringLiteral("position"), report.position);
            answer.insert(QStringLiteral("problem"), report.problem);
        }
        console.result(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    }
    if (!report.intact()) {
        const QString where = report.position > 0
                                  ? tr("line %1 (position %2)").arg(report.line).arg(report.position)
                                  : tr("line %1").arg(report.line);
        console.message(tr("Verification failed at %1: %2. The export was altered or damaged after it was "
                           "written; the lines before it match.")
                            .arg(where, report.problem));
        return ExitCode::VerificationFailed;
    }
    if (!options.json()) {
        console.result(
            report.complete
                ? tr("The export is intact and complete: %1 events, hash chain unbroken from the "
                     "genesis to the head.")
                      .arg(report.events)
                : tr("The export is intact: %1 events, each matching its own hash (a filtered export: "
                     "compare the hashes with the ledger to tie them to the chain).")
                      .arg(report.events));
        console.result(
            tr("Chain head at export time: position %1, hash %2").arg(report.headPosition).arg(headHash));
    }
    return ExitCode::Ok;
}

} // namespace keyledger::cli
