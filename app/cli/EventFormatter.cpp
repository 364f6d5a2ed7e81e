#include "EventFormatter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QStringList>

namespace keyledger::cli {

namespace {

// Column widths: positions up to 10 digits, a full ISO time, "user-" + a UUID.
constexpr int positionWidth = 10;
constexpr int timeWidth = 24;
constexpr int streamWidth = 41;
constexpr int versionWidth = 7;
constexpr int typeWidth = 27;

QString row(const QString& position, const QString& time, const QString& stream, const QString& version,
            const QString& type, const QString& actor)
{
    // Padded and joined, never QString::arg-chained: a value containing "%1" must stay as is.
    QString line = QStringList{position.rightJustified(positionWidth), time.leftJustified(timeWidth),
                               stream.leftJustified(streamWidth),      version.rightJustified(versionWidth),
                               type.leftJustified(typeWidth),          actor}
                       .join(QStringLiteral("  "));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

} // namespace

QString EventFormatter::isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString EventFormatter::tableHeader()
{
    return row(tr("POSITION"), tr("TIME (UTC)"), tr("STREAM"), tr("VERSION"), tr("TYPE"), tr("ACTOR"));
}

QString EventFormatter::tableRow(const RecordedEvent& event)
{
    return row(QString::number(event.position), isoTime(event.recordedAtMs), event.streamId,
               QString::number(event.streamVersion), event.type, event.metadata.actor);
}

QJsonObject EventFormatter::toJson(const RecordedEvent& event)
{
    return QJsonObject{
        {QStringLiteral("position"), event.position},
        {QStringLiteral("eventId"), event.eventId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("streamId"), event.streamId},
        {QStringLiteral("streamVersion"), event.streamVersion},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("schemaVersion"), event.schemaVersion},
        {QStringLiteral("storedSchemaVersion"), event.storedSchemaVersion},
        {QStringLiteral("data"), event.data},
        {QStringLiteral("metadata"), event.metadata.toJson()},
        {QStringLiteral("recordedAt"), isoTime(event.recordedAtMs)},
        {QStringLiteral("recordedAtMs"), event.recordedAtMs},
        {QStringLiteral("previousHash"), QString::fromLatin1(event.previousHash.toHex())},
        {QStringLiteral("hash"), QString::fromLatin1(event.hash.toHex())},
    };
}

QString EventFormatter::jsonLine(const RecordedEvent& event)
{
    return QString::fromUtf8(QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact));
}

} // namespace keyledger::cli
