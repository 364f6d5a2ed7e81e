#include "ProjectionsCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ProgressLine.h"
#include "ViewSession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyledger::cli {

void ProjectionsCommand::addOptions(CommandLine&) const {}

ExitCode ProjectionsCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    switch (m_action) {
    case Action::Status:
        line.requirePositional({});
        return status(options, console);
    case Action::Update: {
        line.requirePositional({});
        ViewSession views(options, console);
        console.message(tr("The read models are at position %1.").arg(views.projector().projectedPosition()));
        return ExitCode::Ok;
    }
    case Action::Rebuild: {
        const QStringList names = line.positional();
        if (names.size() > 1)
            throw CliError::usage(tr("projections rebuild takes at most one read model name."));
        ViewSession views(options, console, ViewSession::Freshness::AsIs);
        for (const QString& name : names) {
            if (!views.projector().modelNames().contains(name))
                throw CliError::usage(tr("There is no read model named %1 (known: %2).")
                                          .arg(name, views.projector().modelNames().join(QStringLiteral(", "))));
        }
        ProgressLine progress(console, tr("Rebuilding %1").arg(names.isEmpty() ? tr("all read models") : names.first()));
        views.projector().rebuild(names, [&progress](qint64 done, qint64 total) { return progress.update(done, total); });
        progress.finish();
        views.projector().catchUp();
        console.message(tr("Rebuilt up to position %1.").arg(views.projector().projectedPosition()));
        return ExitCode::Ok;
    }
    }
    return ExitCode::Ok;
}

ExitCode ProjectionsCommand::status(const CliOptions& options, Console& console)
{
    ViewSession views(options, console, ViewSession::Freshness::AsIs);
    const QList<ProjectionStatus> list = views.projector().status();
    if (options.json()) {
        for (const ProjectionStatus& s : list) {
            QJsonObject row{{QStringLiteral("name"), s.name},
                            {QStringLiteral("checkpoint"), s.checkpoint},
                            {QStringLiteral("head"), s.head},
                            {QStringLiteral("lag"), s.lag()},
                            {QStringLiteral("healthy"), s.healthy()}};
            if (!s.healthy()) {
                row.insert(QStringLiteral("failedPosition"), s.failedPosition);
                row.insert(QStringLiteral("error"), s.error);
            }
            console.result(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
        }
    } else {
        console.result(QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(tr("NAME"), -10)
                           .arg(tr("CHECKPOINT"), 10)
                           .arg(tr("HEAD"), 10)
                           .arg(tr("LAG"), 8)
                           .arg(tr("STATE")));
        for (const ProjectionStatus& s : list) {
            const QString state = s.healthy() ? tr("running")
                                              : tr("stopped at %1: %2").arg(s.failedPosition).arg(s.error);
            console.result(QStringLiteral("%1  %2  %3  %4  %5")
                               .arg(s.name, -10)
                               .arg(s.checkpoint, 10)
                               .arg(s.head, 10)
                               .arg(s.lag(), 8)
                               .arg(state));
        }
    }
    for (const ProjectionStatus& s : list) {
        if (!s.healthy())
            return ExitCode::Storage;
    }
    return ExitCode::Ok;
}

} // namespace keyledger::cli
