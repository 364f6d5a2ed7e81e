#include "export/AuditExportVerifier.h"

#include "common/UtcTimestamp.h"
#include "export/AuditJsonLinesSink.h"
#include "export/Sha256Stream.h"
#include "store/HashChain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace keyledger {

namespace {

const QString kindKey = QStringLiteral("kind");

// 64 lowercase hex digits -> 32 bytes.
std::optional<QByteArray> hashFromHex(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() != 2 * HashChain::HashSize)
        return std::nullopt;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}

std::optional<qint64> wholeNumber(const QJsonValue& value, qint64 minimum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::floor(number) || number < double(minimum) || number > 9007199254740992.0)
        return std::nullopt;
    return qint64(number);
}

// Reads one event line's hashed fields; the problem in words when one is missing or malformed.
struct EventLine
{
    StoredEvent event;
    QString recordedAt;
    QString problem;
};

EventLine readEventLine(const QJsonObject& object)
{
    EventLine line;
    ChainedRow& row = line.event.row;
    const auto number = [&](const char* key, qint64 minimum, qint64& out) {
        const std::optional<qint64> value = wholeNumber(object.value(QLatin1String(key)), minimum);
        if (!value && line.problem.isEmpty())
            line.problem = AuditExportVerifier::tr("its field \"%1\" is missing or not a whole number")
                               .arg(QLatin1String(key));
        out = value.value_or(0);
    };
    const auto text = [&](const char* key, QByteArray& out) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString() && line.problem.isEmpty())
            line.problem =
                AuditExportVerifier::tr("its field \"%1\" is missing or not text").arg(QLatin1String(key));
        out = value.toString().toUtf8();
    };
    const auto hash = [&](const char* key, QByteArray& out) {
        const std::optional<QByteArray> value = hashFromHex(object.value(QLatin1String(key)));
        if (!value && line.problem.isEmpty())
            line.problem = AuditExportVerifier::tr("its field \"%1\" is not 64 lowercase hexadecimal digits")
                               .arg(QLatin1String(key));
        out = value.value_or(QByteArray());
    };
    qint64 schemaVersion = 0;
    number("position", 1, row.position);
    text("eventId", row.eventId);
    text("streamId", row.streamId);
    number("version", 0, row.streamVersion);
    text("type", row.type);
    number("schemaVersion", 0, schemaVersion);
    row.schemaVersion = int(schemaVersion);
    number("recordedAtMs", 0, row.recordedAtMs);
    text("data", row.data);
    text("metadata", row.metadata);
    hash("previousHash", line.event.previousHash);
    hash("hash", line.event.hash);
    line.recordedAt = object.value(QLatin1String("recordedAt")).toString();
    return line;
}

} // namespace

AuditVerifyReport AuditExportVerifier::verifyFile(const QString& path, const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AuditVerifyReport report;
        report.problem = tr("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    return verify(file, progress);
}

AuditVerifyReport AuditExportVerifier::verify(QIODevice& in, const Progress& progress)
{
    AuditVerifyReport report;
    const qint64 size = in.size();
    auto fail = [&report](qint64 line, qint64 position, const QString& problem) {
        report.outcome = AuditVerifyReport::Outcome::Tampered;
        report.line = line;
        report.position = position;
        report.problem = problem;
        return report;
    };

    QByteArray line = in.readLine();
    QJsonParseError error{};
    const QJsonObject header = QJsonDocument::fromJson(line, &error).object();
    if (line.isEmpty() || error.error != QJsonParseError::NoError ||
        header.value(kindKey).toString() != QLatin1String(AuditJsonLinesSink::Kind)) {
        report.problem = line.isEmpty() ? tr("the file is empty")
                                        : tr("its first line is not the header of a Keyledger audit export");
        return report;
    }
    const qint64 format = header.value(QLatin1String("format")).toInteger();
    if (format != AuditJsonLinesSink::FormatVersion) {
        report.problem = tr("it is an export of format %1; this version reads format %2")
                             .arg(format)
                             .arg(AuditJsonLinesSink::FormatVersion);
        return report;
    }
    const QJsonObject head = header.value(QLatin1String("chainHead")).toObject();
    const std::optional<qint64> headPosition = wholeNumber(head.value(QLatin1String("position")), 0);
    const std::optional<QByteArray> headHash = hashFromHex(head.value(QLatin1String("hash")));
    if (!headPosition || !headHash || !header.value(QLatin1String("complete")).isBool())
        return fail(1, 0, tr("the header's chainHead or complete field is malformed"));
    report.complete = header.value(QLatin1String("complete")).toBool();
    report.headPosition = *headPosition;
    report.headHash = *headHash;

    Sha256Stream digest;
    digest.add(line);
    qint64 lineNumber = 1;
    qint64 previousPosition = 0;
    QByteArray previousHash = HashChain::genesis();
    for (;;) {
        line = in.readLine();
        ++lineNumber;
        if (line.isEmpty())
            return fail(lineNumber, 0, tr("the trailer is missing: the file was cut short"));
        if (progress && lineNumber % 4096 == 0)
            progress(in.pos(), size);
        if (!line.endsWith('\n'))
            return fail(lineNumber, 0, tr("the line does not end with a line break: the file was cut short"));
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError)
            return fail(lineNumber, 0, tr("it is not valid JSON (%1)").arg(error.errorString()));

        if (object.value(kindKey).toString() == QLatin1String("trailer")) {
            if (report.complete &&
                (previousPosition != report.headPosition || previousHash != report.headHash))
                return fail(lineNumber, previousPosition,
                            tr("the last event (position %1) is not the chain head the header states "
                               "(position %2): events are missing at the end")
                                .arg(previousPosition)
                                .arg(report.headPosition));
            const std::optional<qint64> count = wholeNumber(object.value(QLatin1String("count")), 0);
            if (count != report.events)
                return fail(
                    lineNumber, 0,
                    tr("the trailer counts %1 events but the file holds %2: lines were added or removed")
                        .arg(count ? QString::number(*count) : tr("no"))
                        .arg(report.events));
            const std::optional<QByteArray> sha = hashFromHex(object.value(QLatin1String("sha256")));
            if (!sha || *sha != digest.result())
                return fail(
                    lineNumber, 0,
                    tr("the SHA-256 of the lines above does not match the trailer: a line was altered "
                       "outside the hashed event fields (e.g. the audit part or the header)"));
            const QByteArray rest = in.read(1);
            if (!rest.isEmpty())
                return fail(lineNumber + 1, 0, tr("text follows the trailer"));
            report.outcome = AuditVerifyReport::Outcome::Intact;
            if (progress)
                progress(size, size);
            return report;
        }

        const EventLine event = readEventLine(object);
        const qint64 position = event.event.row.position;
        if (!event.problem.isEmpty())
            return fail(lineNumber, position, event.problem);
        if (HashChain::hash(event.event.previousHash, event.event.row) != event.event.hash)
            return fail(lineNumber, position, tr("its fields do not match its hash: the event was altered"));
        if (event.recordedAt != UtcTimestamp::format(event.event.row.recordedAtMs))
            return fail(lineNumber, position, tr("its recordedAt and recordedAtMs disagree"));
        if (report.complete) {
            if (position != previousPosition + 1)
                return fail(lineNumber, position,
                            tr("position %1 was expected: an event is missing or out of order")
                                .arg(previousPosition + 1));
            if (event.event.previousHash != previousHash)
                return fail(lineNumber, position,
                            position == 1
                                ? tr("the first event's previousHash is not the genesis value")
                                : tr("its previousHash is not the hash of the event on the line before"));
        } else if (position <= previousPosition) {
            return fail(lineNumber, position,
                        tr("positions must increase (the line before has %1)").arg(previousPosition));
        }
        if (position > report.headPosition)
            return fail(lineNumber, position,
                        tr("it is beyond the chain head the header states (%1)").arg(report.headPosition));
        digest.add(line);
        ++report.events;
        previousPosition = position;
        previousHash = event.event.hash;
    }
}

} // namespace keyledger
