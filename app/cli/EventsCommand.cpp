#include "EventsCommand.h"

#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "EventFormatter.h"
#include "StoreSession.h"

#include <limits>

namespace keyledger::cli {

void EventsCommand::addOptions(CommandLine& line) const
{
    line.addValueOption(QStringLiteral("stream"), QStringLiteral("USER"));
    line.addValueOption(QStringLiteral("from"), QStringLiteral("POSITION"));
    line.addValueOption(QStringLiteral("limit"), QStringLiteral("N"));
}

ExitCode EventsCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    const qint64 from = line.number(QStringLiteral("from"), 0).value_or(1);
    const qint64 limit = line.number(QStringLiteral("limit"), 1).value_or(std::numeric_limits<qint64>::max());
    const std::optional<QString> stream = line.optionalValue(QStringLiteral("stream"));

    StoreSession session(options, StoreSession::Access::Read);
    EventStore& store = session.store();
    if (!options.json())
        console.result(EventFormatter::tableHeader());

    qint64 printed = 0;
    if (stream) {
        // A user id or username, or a raw stream id such as "user-<uuid>".
        QString streamId;
        if (const std::optional<QUuid> userId = session.users().resolve(*stream))
            streamId = UserAggregate::streamIdFor(*userId);
        else if (store.streamVersion(*stream) > 0)
            streamId = *stream;
        else
            throw CliError(ExitCode::Validation, tr("No user or stream \"%1\" in this store.").arg(*stream));

        // One stream is one user's history: small enough to read in one go.
        for (const RecordedEvent& event : store.readStream(streamId)) {
            if (printed >= limit)
                break;
            if (event.position < from)
                continue;
            print(event, options, console);
            ++printed;
        }
        return ExitCode::Ok;
    }

    qint64 next = from;
    while (printed < limit) {
        const int batch = static_cast<int>(std::min<qint64>(BatchSize, limit - printed));
        const QList<RecordedEvent> events = store.readAll(next, batch);
        for (const RecordedEvent& event : events)
            print(event, options, console);
        printed += events.size();
        if (events.size() < batch)
            break;
        next = events.constLast().position + 1;
        console.flush();
    }
    return ExitCode::Ok;
}

void EventsCommand::print(const RecordedEvent& event, const CliOptions& options, Console& console) const
{
    console.result(options.json() ? EventFormatter::jsonLine(event) : EventFormatter::tableRow(event));
}

} // namespace keyledger::cli
