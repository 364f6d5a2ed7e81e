#include "VerifyCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "StoreSession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyledger::cli {

void VerifyCommand::addOptions(CommandLine&) const {}

ExitCode VerifyCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    StoreSession session(options, StoreSession::Access::Read);
    const ChainReport report = session.store().verifyChain();
    const QString headHash = QString::fromLatin1(report.headHash.toHex());

    if (options.json()) {
        QJsonObject answer{{QStringLiteral("ok"), report.ok},
                           {QStringLiteral("checkedEvents"), report.checkedEvents},
                           {QStringLiteral("headPosition"), report.headPosition},
                           {QStringLiteral("headHash"), headHash}};
        if (!report.ok) {
            answer.insert(QStringLiteral("firstBadPosition"), report.firstBadPosition);
            answer.insert(QStringLiteral("problem"), report.problem);
        }
        console.result(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    }

    if (!report.ok) {
        console.message(tr("Verification failed at position %1: %2. The store was altered or damaged after "
                           "it was written; the events before position %1 are intact.")
                            .arg(QString::number(report.firstBadPosition), report.problem));
        return ExitCode::VerificationFailed;
    }

    if (!options.json()) {
        console.result(tr("The hash chain is intact. Events checked: %1").arg(report.checkedEvents));
        console.result(tr("Head position: %1").arg(report.headPosition));
        console.result(tr("Head hash: %1").arg(headHash));
    }
    return ExitCode::Ok;
}

} // namespace keyledger::cli
