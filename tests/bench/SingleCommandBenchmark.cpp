#include "SingleCommandBenchmark.h"

#include "BenchContext.h"
#include "PersonGenerator.h"
#include "commands/UserCommandHandler.h"
#include "store/SqliteEventStore.h"

#include <QElapsedTimer>

#include <vector>

namespace keyledger::bench {

namespace {

std::vector<CreateUser> createCommands(qint64 count)
{
    std::vector<CreateUser> commands;
    commands.reserve(static_cast<size_t>(count));
    for (qint64 i = 0; i < count; ++i) {
        const Person p = PersonGenerator::person(static_cast<quint64>(i));
        commands.push_back(CreateUser{p.username, p.email, p.firstName, p.lastName, p.organisation, p.roles,
                                      true, i % 5 != 0});
    }
    return commands;
}

} // namespace

SingleCommandRun SingleCommandBenchmark::run(const QString& storePath, qint64 commands)
{
    const std::vector<CreateUser> toCreate = createCommands(commands);
    SqliteEventStore store(storePath, SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler handler(store);
    const CommandContext context = benchContext();

    SingleCommandRun run;
    QElapsedTimer timer;
    timer.start();
    for (const CreateUser& command : toCreate)
        handler.create(command, context);
    run.elapsedNs = timer.nsecsElapsed();
    run.commands = commands;
    return run;
}

} // namespace keyledger::bench
