#include "UserHistoryWriter.h"

#include "BenchContext.h"
#include "PersonGenerator.h"
#include "commands/UserCommandHandler.h"

#include <stdexcept>
#include <string>

namespace keyledger::bench {

namespace {

void expectOneEvent(const CommandResult& result, qint64 version)
{
    if (result.appendedEvents != 1 || result.version != version)
        throw std::runtime_error("history writer: command at version " + std::to_string(version) +
                                 " did not append exactly one event");
}

} // namespace

UserHistoryWriter::UserHistoryWriter(UserCommandHandler& handler, quint64 personIndex)
    : m_handler(handler)
    , m_personIndex(personIndex)
{}

QUuid UserHistoryWriter::write(qint64 events)
{
    const Person p = PersonGenerator::person(m_personIndex);
    const CommandResult created = m_handler.create(CreateUser{p.username,
                                                              p.email,
                                                              p.firstName,
                                                              p.lastName,
                                                              p.organisation,
                                                              {QStringLiteral("user")},
                                                              true,
                                                              false},
                                                   benchContext());
    expectOneEvent(created, 1);
    for (qint64 version = 2; version <= events; ++version)
        step(created.userId, version);
    return created.userId;
}

void UserHistoryWriter::step(const QUuid& userId, qint64 version)
{
    const CommandContext context = benchContext();
    const qint64 cycle = version / 4;
    switch (version % 4) {
    case 2: {
        const Person next = PersonGenerator::person(m_personIndex + 1 + static_cast<quint64>(version));
        expectOneEvent(m_handler.updateProfile(
                           userId,
                           UpdateUserProfile{next.email, next.firstName, next.lastName, next.organisation},
                           context),
                       version);
        break;
    }
    case 3:
        expectOneEvent(m_handler.disable(userId, context), version);
        break;
    case 0: {
        ChangeUserRoles change;
        (cycle % 2 == 0 ? change.remove : change.add).append(QStringLiteral("auditor"));
        expectOneEvent(m_handler.changeRoles(userId, change, context), version);
        break;
    }
    default:
        expectOneEvent(m_handler.enable(userId, context), version);
        break;
    }
}

} // namespace keyledger::bench
