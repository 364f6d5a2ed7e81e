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
                           {QStringLiteral("headHash"), headHash},
                           {QStringLiteral("chainEpochs"), report.epochs},
                           {QStringLiteral("rewriteInProgress"), report.rewriteInProgress}};
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
        // Older events re-encrypted by schema 3: the old head is kept in chain_epochs.
        if (report.epochs > 0)
            console.result(tr("Chain epochs: %1 (events re-encrypted on upgrade; checked at their boundary)")
                               .arg(report.epochs));
        if (report.rewriteInProgress)
            console.result(tr("A re-encryption is in progress: it resumes when the store is next opened for "
                              "writing."));
    }
    return ExitCode::Ok;
}

} // namespace keyledger::cli
