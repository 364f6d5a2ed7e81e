#include "ImportCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ProfileChoice.h"
#include "ProfileSecrets.h"
#include "ProgressLine.h"
#include "StoreSession.h"

#include "sync/ImportSummary.h"
#include "sync/RealmImport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyledger::cli {

void ImportCommand::addOptions(CommandLine& line) const
{
    line.addValueOption(QStringLiteral("profile"), QStringLiteral("NAME"));
}

ExitCode ImportCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    const ServerProfile profile = ProfileChoice::resolve(line.value(QStringLiteral("profile")));
    const QString databasePath = StoreSession(options, StoreSession::Access::Write).app().databasePath();
    const QString secret = ProfileSecrets::read(profile.name, console);

    RealmImport import(databasePath, profile, secret);
    ProgressLine progress(console, tr("Importing users"));
    QObject::connect(&import, &RealmImport::progress,
                     [&](qint64 done, qint64 total) { progress.update(done, total); });
    QEventLoop loop;
    QObject::connect(&import, &RealmImport::finished, &loop, &QEventLoop::quit);
    import.start();
    loop.exec();
    progress.finish();

    const ImportReport& report = import.report();
    if (options.json()) {
        console.result(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("seen"), report.seen},
                                      {QStringLiteral("imported"), report.imported},
                                      {QStringLiteral("changed"), report.changed},
                                      {QStringLiteral("unchanged"), report.unchanged},
                                      {QStringLiteral("deletedInKeycloak"), report.deletedInKeycloak},
                                      {QStringLiteral("skippedPending"), report.skippedPending},
                                      {QStringLiteral("conflicts"), report.conflicts},
                                      {QStringLiteral("logins"), report.logins},
                                      {QStringLiteral("loginEventsStored"), report.loginEventsStored},
                                      {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
                                      {QStringLiteral("error"), report.error}})
                .toJson(QJsonDocument::Compact)));
    } else {
        console.result(ImportSummary::text(report));
        for (const QString& note : report.notes)
            console.message(note);
    }
    if (!report.error.isEmpty())
        throw CliError(ExitCode::Remote, tr("The import stopped: %1 What was recorded before stays recorded; "
                                            "run import again to go on.")
                                             .arg(report.error));
    return ExitCode::Ok;
}

} // namespace keyledger::cli
