#include "SyncCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ProfileChoice.h"
#include "ProfileSecrets.h"
#include "StoreSession.h"

#include "store/SqliteOutbox.h"
#include "sync/ServerProfileRepository.h"
#include "sync/SyncWorker.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace keyledger::cli {

namespace {

std::atomic_bool interrupted{false};

void onSignal(int)
{
    interrupted = true;
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

void SyncCommand::addOptions(CommandLine& line) const
{
    if (m_action == Action::Run) {
        line.addValueOption(QStringLiteral("profile"), QStringLiteral("NAME"));
        line.addFlag(QStringLiteral("once"));
    }
}

ExitCode SyncCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    if (m_action == Action::Status) {
        line.requirePositional({});
        return status(options, console);
    }
    return run(line, options, console);
}

ExitCode SyncCommand::run(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    const ServerProfile profile = ProfileChoice::resolve(line.value(QStringLiteral("profile")));
    const QString databasePath = StoreSession(options, StoreSession::Access::Write).app().databasePath();
    const QString secret = ProfileSecrets::read(profile.name, console);

    SyncWorker worker(databasePath, profile, secret);
    int delivered = 0, refused = 0, retries = 0;
    QString lastProblem;
    QObject::connect(&worker, &SyncWorker::delivered, [&](qint64 position, const QString& operation) {
        ++delivered;
        if (!options.json())
            console.message(tr("delivered %1 (position %2)").arg(operation).arg(position));
    });
    QObject::connect(&worker, &SyncWorker::refused, [&](qint64 position, const QString& message) {
        ++refused;
        console.message(tr("refused at position %1: %2").arg(position).arg(message));
    });
    QObject::connect(&worker, &SyncWorker::warning,
                     [&](const QString& message) { console.message(message); });
    QObject::connect(&worker, &SyncWorker::retryScheduled, [&](qint64, qint64, const QString& error) {
        ++retries;
        lastProblem = error;
    });

    QEventLoop loop;
    QObject::connect(&worker, &SyncWorker::drained, &loop, &QEventLoop::quit);
    const bool once = line.isSet(QStringLiteral("once"));
    QTimer interruptPoll;
    if (once) {
        worker.runOnce();
    } else {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
            if (interrupted)
                loop.quit();
        });
        interruptPoll.start(200);
        console.message(
            tr("Syncing with %1 (%2); Ctrl+C stops.").arg(profile.name, profile.baseUrl.toString()));
        worker.start();
    }
    loop.exec();
    worker.stop();

    const SyncStatus status = worker.status();
    if (options.json()) {
        console.result(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("delivered"), delivered},
                                                        {QStringLiteral("refused"), refused},
                                                        {QStringLiteral("retriesScheduled"), retries},
                                                        {QStringLiteral("pending"), status.counts.pending},
                                                        {QStringLiteral("failed"), status.counts.failed},
                                                        {QStringLiteral("lastError"), lastProblem}})
                                  .toJson(QJsonDocument::Compact)));
    } else {
        console.result(tr("Delivered: %1, refused: %2, still pending: %3.")
                           .arg(delivered)
                           .arg(refused)
                           .arg(status.counts.pending));
    }
    if (retries > 0 && status.counts.pending > 0) {
        console.message(
            tr("Keycloak could not be reached or failed for a while: %1. The pending changes stay "
               "queued and go out on the next sync.")
                .arg(lastProblem));
        return ExitCode::Remote;
    }
    return ExitCode::Ok;
}

ExitCode SyncCommand::status(const CliOptions& options, Console& console)
{
    StoreSession session(options, StoreSession::Access::Read);
    SqliteOutbox outbox(session.store().connection());
    const OutboxCounts counts = outbox.counts();
    const std::optional<qint64> nextDue = outbox.nextDueAt();
    const QList<OutboxEntry> pending = outbox.entries({}, OutboxSettlement::State::Pending, 1);
    const QString lastError = pending.isEmpty() ? QString() : pending.first().lastError;
    ServerProfileRepository profiles;
    const std::optional<ServerProfile> profile = profiles.active();
    if (options.json()) {
        console.result(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("profile"), profile ? profile->name : QString()},
                                      {QStringLiteral("pending"), counts.pending},
                                      {QStringLiteral("failed"), counts.failed},
                                      {QStringLiteral("delivered"), counts.delivered},
                                      {QStringLiteral("discarded"), counts.discarded},
                                      {QStringLiteral("nextAttemptAt"),
                                       nextDue && *nextDue > 0 ? utc(*nextDue) : QString()},
                                      {QStringLiteral("lastError"), lastError}})
                .toJson(QJsonDocument::Compact)));
        return ExitCode::Ok;
    }
    console.result(tr("Server profile: %1").arg(profile ? profile->name : tr("none")));
    console.result(tr("Pending: %1  Refused (queue stopped): %2  Delivered: %3  Discarded: %4")
                       .arg(counts.pending)
                       .arg(counts.failed)
                       .arg(counts.delivered)
                       .arg(counts.discarded));
    if (nextDue && *nextDue > QDateTime::currentMSecsSinceEpoch())
        console.result(tr("Next attempt: %1").arg(utc(*nextDue)));
    if (!lastError.isEmpty())
        console.result(tr("Last problem: %1").arg(lastError));
    if (counts.failed > 0)
        console.result(tr("See the refusals with: keyledger-cli outbox list --state failed"));
    return ExitCode::Ok;
}

} // namespace keyledger::cli
