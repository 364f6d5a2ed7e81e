#include "UserForgetCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ProgressLine.h"
#include "StoreSession.h"

#include "privacy/PersonalDataEraser.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyledger::cli {

namespace {

const QString yesFlag = QStringLiteral("yes");

} // namespace

void UserForgetCommand::addOptions(CommandLine& line) const
{
    line.addFlag(yesFlag);
}

ExitCode UserForgetCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    const QString user = line.requirePositional({QStringLiteral("USER")}).constFirst();
    if (!line.isSet(yesFlag))
        throw CliError::usage(
            tr("This would permanently erase the username, e-mail and names of %1 from every event, view and "
               "export of this ledger: the user's key is destroyed and nobody can recover them; the history "
               "stays, under a pseudonym, and the hash chain stays valid. Run it again with --yes to do it.")
                .arg(user));

    StoreSession session(options, StoreSession::Access::Write);
    const QUuid userId = session.resolveUser(user);
    ViewDatabase views(ViewDatabase::pathFor(session.app().databasePath()));
    Projector projector(session.store(), views, ReadModelCatalog::create());
    {
        ProgressLine progress(console, tr("Rebuilding the read models"));
        projector.initialize([&progress](qint64 done, qint64 total) { return progress.update(done, total); });
        progress.finish();
    }

    PersonalDataEraser eraser(session.store(), &views, &projector);
    const PersonalDataEraser::Outcome outcome = eraser.erase(userId, session.commandContext());
    const QString id = userId.toString(QUuid::WithoutBraces);

    if (options.json()) {
        console.result(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("pseudonym"), outcome.pseudonym},
                                      {QStringLiteral("position"), outcome.append.lastPosition},
                                      {QStringLiteral("walTruncated"),
                                       outcome.ledgerWalTruncated && outcome.viewsWalTruncated}})
                .toJson(QJsonDocument::Compact)));
    } else {
        console.result(tr("The personal data of user %1 is erased; the user is now shown as %2.")
                           .arg(id, outcome.pseudonym));
    }
    if (outcome.discardedDeliveries > 0)
        console.message(tr("%n change(s) of this user that had not reached Keycloak yet were discarded: they "
                           "carried the erased data.",
                           nullptr, outcome.discardedDeliveries));
    if (!outcome.ledgerWalTruncated || !outcome.viewsWalTruncated)
        console.message(
            tr("Warning: another program (the Keyledger window?) is reading the store, so old pages "
               "could not be removed from its write-ahead log yet; they go at its next checkpoint."));
    return ExitCode::Ok;
}

} // namespace keyledger::cli
