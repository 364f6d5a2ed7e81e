#include "UserEventFactory.h"

#include "PersonGenerator.h"
#include "common/Uuid7.h"

#include <QJsonArray>
#include <QSysInfo>

namespace keyledger::bench {

namespace {

std::vector<QUuid> uuid7s(qint64 count)
{
    std::vector<QUuid> ids;
    ids.reserve(static_cast<size_t>(count));
    for (qint64 i = 0; i < count; ++i)
        ids.push_back(Uuid7::create());
    return ids;
}

// The personal part, kept apart so it can be encrypted per user (as in UserCreated).
QJsonObject personal(const Person& person)
{
    return QJsonObject{{QStringLiteral("username"), person.username},
                       {QStringLiteral("email"), person.email},
                       {QStringLiteral("firstName"), person.firstName},
                       {QStringLiteral("lastName"), person.lastName}};
}

} // namespace

UserEventFactory::UserEventFactory(qint64 totalEvents, qint64 batchSize)
    : m_totalEvents(totalEvents)
    , m_batchSize(batchSize)
    , m_host(QSysInfo::machineHostName())
{
    const qint64 batches = (totalEvents + batchSize - 1) / batchSize;
    m_streamIds = uuid7s(batches);
    m_commandIds = uuid7s(batches);
    m_eventIds = uuid7s(totalEvents);
}

QString UserEventFactory::streamId(qint64 batch) const
{
    return QStringLiteral("user-") +
           m_streamIds.at(static_cast<size_t>(batch)).toString(QUuid::WithoutBraces);
}

QList<NewEvent> UserEventFactory::batch(qint64 batch) const
{
    const qint64 first = batch * m_batchSize;
    const qint64 size = std::min(m_batchSize, m_totalEvents - first);
    const EventMetadata meta = metadata(batch);
    QList<NewEvent> events;
    events.reserve(size);
    for (qint64 i = 0; i < size; ++i)
        events.append(event(batch, first + i, i + 1, meta));
    return events;
}

EventMetadata UserEventFactory::metadata(qint64 batch) const
{
    EventMetadata m;
    m.actor = QStringLiteral("admin@keycloak.northwind.example");
    m.correlationId = m_commandIds.at(static_cast<size_t>(batch)).toString(QUuid::WithoutBraces);
    m.causationId = m.correlationId;
    m.source = EventMetadata::sourceKeycloakImport();
    m.appVersion = QStringLiteral(KEYLEDGER_VERSION);
    m.host = m_host;
    return m;
}

NewEvent UserEventFactory::event(qint64 batch, qint64 index, qint64 version,
                                 const EventMetadata& metadata) const
{
    const Person person = PersonGenerator::person(static_cast<quint64>(index));
    NewEvent e;
    e.eventId = m_eventIds.at(static_cast<size_t>(index));
    e.type = version == 1 ? QStringLiteral("UserCreated") : QStringLiteral("UserUpdated");
    // The fields of a UserCreated event (see UserEventCodec): about 275 bytes of compact JSON.
    e.data = QJsonObject{
        {QStringLiteral("userId"), m_streamIds.at(static_cast<size_t>(batch)).toString(QUuid::WithoutBraces)},
        {QStringLiteral("organizationId"), person.organisation},
        {QStringLiteral("roles"), QJsonArray::fromStringList(person.roles)},
        {QStringLiteral("enabled"), index % 17 != 0},
        {QStringLiteral("emailVerified"), index % 5 != 0},
        {QStringLiteral("personal"), personal(person)},
    };
    e.metadata = metadata;
    return e;
}

} // namespace keyledger::bench
