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
    const EventMetadata* lastMetadata =
        nullptr; // serialised once per run of equal metadata, as the store does
    QByteArray metadata;
    for (const NewEvent& event : events) {
        if (!lastMetadata || !(*lastMetadata == event.metadata)) {
            metadata = compactJson(event.metadata.toJson());
            lastMetadata = &event.metadata;
        }
        rows.push_back(RawEventRow{event.eventId.toByteArray(QUuid::WithoutBraces), stream, ++version,
                                   event.type.toUtf8(), event.schemaVersion, compactJson(event.data),
                                   metadata});
    }
    return rows;
}

} // namespace keyledger::bench
