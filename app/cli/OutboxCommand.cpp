#include "OutboxCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "StoreSession.h"
#include "TextTable.h"

#include "domain/UserAggregate.h"
#include "store/OutboxStates.h"
#include "store/SqliteOutbox.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyledger::cli {

namespace {

QString utc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

} // namespace

void OutboxCommand::addOptions(CommandLine& line) const
{
    if (m_action == Action::List) {
        line.addValueOption(QStringLiteral("user"), QStringLiteral("USER"));
        line.addValueOption(QStringLiteral("state"), QStringLiteral("STATE"));
        line.addValueOption(QStringLiteral("limit"), QStringLiteral("N"));
    }
}

ExitCode OutboxCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    if (m_action == Action::List)
        return list(line, options, console);

    const QString who = line.requirePositional({QStringLiteral("USER")}).constFirst();
    StoreSession session(options, StoreSession::Access::Write);
    const QUuid userId = session.resolveUser(who);
    SqliteOutbox outbox(session.store().connection());
    const std::optional<OutboxEntry> head = outbox.head(UserAggregate::streamIdFor(userId));
    if (!head || head->state != OutboxSettlement::State::Failed)
        throw CliError(ExitCode::Validation,
                       tr("Nothing of %1 was refused by Keycloak; there is nothing to %2.")
                           .arg(who, m_action == Action::Retry ? tr("retry") : tr("discard")));
    if (m_action == Action::Retry) {
        session.users().retrySync(userId, head->position, session.commandContext());
        console.result(
            tr("The change at position %1 will be delivered again on the next sync.").arg(head->position));
    } else {
        session.users().discardSync(userId, head->position, head->eventType, session.commandContext());
        console.result(
            tr("The change at position %1 is discarded; Keycloak keeps its version. The next changes of "
               "%2 go out on the next sync.")
                .arg(head->position)
                .arg(who));
    }
    return ExitCode::Ok;
}

ExitCode OutboxCommand::list(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    StoreSession session(options, StoreSession::Access::Read);
    std::optional<OutboxSettlement::State> state;
    if (line.isSet(QStringLiteral("state"))) {
        state = OutboxStates::fromText(line.value(QStringLiteral("state")).toUtf8());
        if (!state)
            throw CliError::usage(tr("--state is one of pending, failed, delivered, discarded."));
    }
    QString streamId;
    if (line.isSet(QStringLiteral("user")))
        streamId = UserAggregate::streamIdFor(session.resolveUser(line.value(QStringLiteral("user"))));
    const int limit = int(line.number(QStringLiteral("limit"), 1).value_or(100));
    SqliteOutbox outbox(session.store().connection());
    const QList<OutboxEntry> entries = outbox.entries(streamId, state, limit);

    QHash<QString, QString> usernames;
    auto usernameOf = [&](const QString& stream) {
        auto it = usernames.find(stream);
        if (it == usernames.end())
            it = usernames.insert(
                stream,
                session.users().load(UserAggregate::userIdFromStream(stream)).state().personal.username);
        return *it;
    };
    if (options.json()) {
        QJsonArray array;
        for (const OutboxEntry& e : entries)
            array.append(
                QJsonObject{{QStringLiteral("position"), e.position},
                            {QStringLiteral("user"), usernameOf(e.streamId)},
                            {QStringLiteral("eventType"), e.eventType},
                            {QStringLiteral("state"), QString::fromLatin1(OutboxStates::toText(e.state))},
                            {QStringLiteral("attempts"), e.attempts},
                            {QStringLiteral("nextAttemptAt"), utc(e.nextAttemptAtMs)},
                            {QStringLiteral("lastError"), e.lastError}});
        console.result(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        return ExitCode::Ok;
    }
    if (entries.isEmpty()) {
        console.result(tr("The outbox has no such rows."));
        return ExitCode::Ok;
    }
    TextTable table(
        {tr("Position"), tr("User"), tr("Event"), tr("State"), tr("Attempts"), tr("Next attempt")});
    for (const OutboxEntry& e : entries) {
        QStringList notes;
        if (!e.lastError.isEmpty())
            notes.append(e.lastError);
        table.addRow({QString::number(e.position), usernameOf(e.streamId), e.eventType,
                      QString::fromLatin1(OutboxStates::toText(e.state)), QString::number(e.attempts),
                      utc(e.nextAttemptAtMs)},
                     notes);
    }
    for (const QString& text : table.lines())
        console.result(text);
    return ExitCode::Ok;
}

} // namespace keyledger::cli
