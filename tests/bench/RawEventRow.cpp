#include "RawEventRow.h"

#include <QJsonDocument>

namespace keyledger::bench {

namespace {

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

std::vector<RawEventRow> rawRows(const QString& streamId, const QList<NewEvent>& events)
{
    std::vector<RawEventRow> rows;
    rows.reserve(static_cast<size_t>(events.size()));
    const QByteArray stream = streamId.toUtf8();
    qint64 version = 0;
    for (const NewEvent& event : events) {
        rows.push_back(RawEventRow{event.eventId.toByteArray(QUuid::WithoutBraces), stream, ++version,
                                   event.type.toUtf8(), event.schemaVersion, compactJson(event.data),
                                   compactJson(event.metadata.toJson())});
    }
    return rows;
}

} // namespace keyledger::bench
