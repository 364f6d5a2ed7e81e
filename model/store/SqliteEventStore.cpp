#include "store/SqliteEventStore.h"

#include "store/HashChain.h"
#include "store/SchemaMigrator.h"
#include "store/StoreErrors.h"
#include "store/StoreNotifier.h"
#include "store/UpcasterRegistry.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>

namespace keyledger {

namespace {

const QString eventColumns = QStringLiteral(
    "position, event_id, stream_id, stream_version, event_type, schema_version, data, metadata, "
    "recorded_at, previous_hash, hash");

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isConstraintViolation(const QSqlQuery& query)
{
    return (query.lastError().nativeErrorCode().toInt() & 0xFF) == 19; // SQLITE_CONSTRAINT
}

} // namespace

namespace {

// A new store is built aside and renamed into place, so that the path never holds a
// half-created file, even when the process is killed while creating it.
SqliteConnection::OpenMode createIfMissing(const QString& path, SqliteConnection::OpenMode mode)
{
    if (mode != SqliteConnection::OpenMode::CreateIfMissing || QFileInfo::exists(path))
        return mode;
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        throw StorageError(StorageError::Kind::Io,
                           SqliteEventStore::tr("Cannot create the folder %1.").arg(target.absolutePath()));
    const QString aside = QStringLiteral("%1.new-%2")
                              .arg(target.absoluteFilePath())
                              .arg(QRandomGenerator::global()->generate());
    {
        SqliteConnection connection(aside, SqliteConnection::OpenMode::CreateIfMissing);
        SchemaMigrator::migrate(connection);
    } // closing the last connection checkpoints and removes the WAL
    if (!QFile::rename(aside, target.absoluteFilePath())) {
        // Another process created the store meanwhile; use theirs.
        QFile::remove(aside);
        if (!QFileInfo::exists(path))
            throw StorageError(StorageError::Kind::Io,
                               SqliteEventStore::tr("Cannot create the store %1.").arg(path));
    }
    return SqliteConnection::OpenMode::MustExist;
}

} // namespace

SqliteEventStore::SqliteEventStore(const QString& path, SqliteConnection::OpenMode mode,
                                   const UpcasterRegistry* upcasters, StoreNotifier* notifier)
    : m_connection(std::make_unique<SqliteConnection>(path, createIfMissing(path, mode)))
    , m_upcasters(upcasters)
    , m_notifier(notifier)
{
    if (m_connection->isReadOnly())
        SchemaMigrator::checkReadable(*m_connection);
    else
        SchemaMigrator::migrate(*m_connection);
}

SqliteEventStore::~SqliteEventStore()
{
    // Queries must go before the connection they run on.
    for (auto* slot : {&m_insertEvent, &m_insertOutbox, &m_findEvent, &m_streamVersion, &m_head, &m_sequence,
                       &m_readStream, &m_readAll, &m_claimOwner, &m_insertClaim, &m_releaseClaim})
        slot->reset();
}

QSqlQuery& SqliteEventStore::prepared(std::optional<QSqlQuery>& slot, const QString& sql)
{
    if (!slot) {
        slot.emplace(m_connection->database());
        if (!slot->prepare(sql)) {
            QSqlQuery failed = std::move(*slot);
            slot.reset();
            m_connection->fail(failed, sql);
        }
    }
    return *slot;
}

void SqliteEventStore::execPrepared(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        m_connection->fail(query, what);
}

AppendResult SqliteEventStore::append(const AppendRequest& request)
{
    if (request.streamId.isEmpty())
        throw KeyledgerError(tr("An event stream needs an id."));
    for (const NewEvent& event : request.events) {
        if (event.eventId.isNull() || event.type.isEmpty())
            throw KeyledgerError(tr("Every event needs an id and a type."));
    }
    if (request.events.isEmpty())
        return AppendResult{0, 0, streamVersion(request.streamId), false};

    AppendResult result;
    m_connection->beginWrite();
    try {
        if (const auto earlier = findAlreadyAppended(request)) {
            m_connection->commit();
            return *earlier;
        }

        const qint64 current = streamVersion(request.streamId);
        if (!request.expected.matches(current))
            throw ConcurrencyError(request.streamId, request.expected.toString(), current);

        Head previous = head();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray streamUtf8 = request.streamId.toUtf8();

        QSqlQuery& insert = prepared(
            m_insertEvent,
            QStringLiteral("INSERT INTO events(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)").arg(eventColumns));
        // Metadata is usually the same for every event of a command: serialise it once.
        const EventMetadata* lastMetadata = nullptr;
        QByteArray metadataJson;

        qint64 version = current;
        result.firstPosition = previous.position + 1;
        for (const NewEvent& event : request.events) {
            if (!lastMetadata || !(*lastMetadata == event.metadata)) {
                metadataJson = compactJson(event.metadata.toJson());
                lastMetadata = &event.metadata;
            }
            ChainedRow row;
            row.position = previous.position + 1;
            row.eventId = event.eventId.toByteArray(QUuid::WithoutBraces);
            row.streamId = streamUtf8;
            row.streamVersion = ++version;
            row.type = event.type.toUtf8();
            row.schemaVersion = event.schemaVersion;
            row.data = compactJson(event.data);
            row.metadata = metadataJson;
            row.recordedAtMs = now;
            const QByteArray hash = HashChain::hash(previous.hash, row);

            insert.bindValue(0, row.position);
            insert.bindValue(1, QString::fromLatin1(row.eventId));
            insert.bindValue(2, request.streamId);
            insert.bindValue(3, row.streamVersion);
            insert.bindValue(4, event.type);
            insert.bindValue(5, row.schemaVersion);
            insert.bindValue(6, QString::fromUtf8(row.data));
            insert.bindValue(7, QString::fromUtf8(row.metadata));
            insert.bindValue(8, row.recordedAtMs);
            insert.bindValue(9, previous.hash);
            insert.bindValue(10, hash);
            if (!insert.exec()) {
                if (isConstraintViolation(insert))
                    throw DuplicateEventError(
                        tr("Event %1 is already stored in another stream or twice in this request.")
                            .arg(QString::fromLatin1(row.eventId)));
                m_connection->fail(insert, QStringLiteral("INSERT INTO events"));
            }

            if (event.needsDelivery) {
                QSqlQuery& outbox = prepared(
                    m_insertOutbox, QStringLiteral("INSERT INTO outbox(position, stream_id, event_type, "
                                                   "created_at) VALUES (?,?,?,?)"));
                outbox.bindValue(0, row.position);
                outbox.bindValue(1, request.streamId);
                outbox.bindValue(2, event.type);
                outbox.bindValue(3, now);
                execPrepared(outbox, QStringLiteral("INSERT INTO outbox"));
            }
            previous = Head{row.position, hash};
        }
        result.lastPosition = previous.position;
        result.streamVersion = version;
        applyClaims(request, result.lastPosition);
        m_connection->commit();
    } catch (...) {
        m_connection->rollback();
        throw;
    }
    if (m_notifier)
        Q_EMIT m_notifier->appended(result.lastPosition);
    return result;
}

std::optional<AppendResult> SqliteEventStore::findAlreadyAppended(const AppendRequest& request)
{
    QSqlQuery& find =
        prepared(m_findEvent, QStringLiteral("SELECT stream_id, position FROM events WHERE event_id = ?"));
    AppendResult result;
    result.alreadyAppended = true;
    for (qsizetype i = 0; i < request.events.size(); ++i) {
        find.bindValue(0, request.events.at(i).eventId.toString(QUuid::WithoutBraces));
        execPrepared(find, QStringLiteral("SELECT event by id"));
        const bool found = find.next();
        const QString stream = found ? find.value(0).toString() : QString();
        const qint64 position = found ? find.value(1).toLongLong() : 0;
        find.finish();
        if (!found && i == 0)
            return std::nullopt; // the usual case: a new request
        if (!found || stream != request.streamId)
            throw DuplicateEventError(
                tr("Event %1 is already stored in another stream, or only part of this request was stored.")
                    .arg(request.events.at(i).eventId.toString(QUuid::WithoutBraces)));
        if (i == 0)
            result.firstPosition = position;
        result.lastPosition = position;
    }
    result.streamVersion = streamVersion(request.streamId);
    return result;
}

SqliteEventStore::Head SqliteEventStore::head()
{
    QSqlQuery& last =
        prepared(m_head, QStringLiteral("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1"));
    execPrepared(last, QStringLiteral("SELECT chain head"));
    Head h{0, HashChain::genesis()};
    if (last.next())
        h = Head{last.value(0).toLongLong(), last.value(1).toByteArray()};
    last.finish();

    // A position is never reused, even when rows at the end were removed behind our back:
    // the next one follows the highest ever handed out, and verify reports the gap.
    QSqlQuery& sequence =
        prepared(m_sequence, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'events'"));
    execPrepared(sequence, QStringLiteral("SELECT sequence"));
    if (sequence.next())
        h.position = std::max(h.position, sequence.value(0).toLongLong());
    sequence.finish();
    return h;
}

void SqliteEventStore::applyClaims(const AppendRequest& request, qint64 position)
{
    for (const UniqueClaim& claim : request.claims) {
        if (claim.action == UniqueClaim::Action::Release) {
            QSqlQuery& release = prepared(
                m_releaseClaim,
                QStringLiteral("DELETE FROM unique_claims WHERE scope = ? AND value = ? AND stream_id = ?"));
            release.bindValue(0, claim.scope);
            release.bindValue(1, claim.value);
            release.bindValue(2, request.streamId);
            execPrepared(release, QStringLiteral("DELETE claim"));
            continue;
        }
        const QString owner = claimOwner(claim.scope, claim.value);
        if (owner == request.streamId)
            continue;
        if (!owner.isEmpty())
            throw ClaimConflictError(claim.scope, claim.value, owner);
        QSqlQuery& insert = prepared(
            m_insertClaim,
            QStringLiteral("INSERT INTO unique_claims(scope, value, stream_id, position) VALUES (?,?,?,?)"));
        insert.bindValue(0, claim.scope);
        insert.bindValue(1, claim.value);
        insert.bindValue(2, request.streamId);
        insert.bindValue(3, position);
        execPrepared(insert, QStringLiteral("INSERT claim"));
    }
}

QString SqliteEventStore::claimOwner(const QString& scope, const QString& value)
{
    QSqlQuery& query = prepared(
        m_claimOwner, QStringLiteral("SELECT stream_id FROM unique_claims WHERE scope = ? AND value = ?"));
    query.bindValue(0, scope);
    query.bindValue(1, value);
    execPrepared(query, QStringLiteral("SELECT claim"));
    const QString owner = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return owner;
}

qint64 SqliteEventStore::streamVersion(const QString& streamId)
{
    QSqlQuery& query = prepared(m_streamVersion,
                                QStringLiteral("SELECT MAX(stream_version) FROM events WHERE stream_id = ?"));
    query.bindValue(0, streamId);
    execPrepared(query, QStringLiteral("SELECT stream version"));
    const qint64 version = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return version;
}

qint64 SqliteEventStore::lastPosition()
{
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM events")) || !query.next())
        m_connection->fail(query, QStringLiteral("SELECT last position"));
    return query.value(0).toLongLong();
}

QList<RecordedEvent> SqliteEventStore::readStream(const QString& streamId, qint64 fromVersion)
{
    QSqlQuery& query = prepared(m_readStream, QStringLiteral("SELECT %1 FROM events WHERE stream_id = ? AND "
                                                             "stream_version >= ? ORDER BY stream_version")
                                                  .arg(eventColumns));
    query.bindValue(0, streamId);
    query.bindValue(1, fromVersion);
    execPrepared(query, QStringLiteral("SELECT stream"));
    return readRows(query);
}

QList<RecordedEvent> SqliteEventStore::readAll(qint64 fromPosition, int maxCount)
{
    QSqlQuery& query = prepared(
        m_readAll, QStringLiteral("SELECT %1 FROM events WHERE position >= ? ORDER BY position LIMIT ?")
                       .arg(eventColumns));
    query.bindValue(0, fromPosition);
    query.bindValue(1, maxCount);
    execPrepared(query, QStringLiteral("SELECT all"));
    return readRows(query);
}

QList<RecordedEvent> SqliteEventStore::readRows(QSqlQuery& query)
{
    QList<RecordedEvent> events;
    while (query.next())
        events.append(toRecordedEvent(query));
    query.finish();
    return events;
}

RecordedEvent SqliteEventStore::toRecordedEvent(const QSqlQuery& query) const
{
    RecordedEvent e;
    e.position = query.value(0).toLongLong();
    e.eventId = QUuid::fromString(query.value(1).toString());
    e.streamId = query.value(2).toString();
    e.streamVersion = query.value(3).toLongLong();
    e.type = query.value(4).toString();
    e.storedSchemaVersion = query.value(5).toInt();
    e.schemaVersion = e.storedSchemaVersion;
    e.data = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    e.metadata =
        EventMetadata::fromJson(QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object());
    e.recordedAtMs = query.value(8).toLongLong();
    e.previousHash = query.value(9).toByteArray();
    e.hash = query.value(10).toByteArray();
    if (m_upcasters)
        e.data = m_upcasters->upcast(e.type, e.schemaVersion, e.data);
    return e;
}

ChainReport SqliteEventStore::verifyChain(const Progress& progress)
{
    ChainReport report;
    report.headHash = HashChain::genesis();
    const qint64 total = lastPosition();
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT %1 FROM events WHERE position > ? ORDER BY position LIMIT 20000")
                .arg(eventColumns)))
        m_connection->fail(query, QStringLiteral("SELECT for verify"));

    auto failAt = [&report](qint64 position, const QString& problem) {
        report.ok = false;
        report.firstBadPosition = position;
        report.problem = problem;
        return report;
    };

    qint64 expectedPosition = 1;
    bool more = true;
    while (more) {
        query.bindValue(0, report.headPosition);
        if (!query.exec())
            m_connection->fail(query, QStringLiteral("SELECT for verify"));
        more = false;
        while (query.next()) {
            more = true;
            ChainedRow row;
            row.position = query.value(0).toLongLong();
            row.eventId = query.value(1).toString().toUtf8();
            row.streamId = query.value(2).toString().toUtf8();
            row.streamVersion = query.value(3).toLongLong();
            row.type = query.value(4).toString().toUtf8();
            row.schemaVersion = query.value(5).toInt();
            row.data = query.value(6).toString().toUtf8();
            row.metadata = query.value(7).toString().toUtf8();
            row.recordedAtMs = query.value(8).toLongLong();
            const QByteArray previousHash = query.value(9).toByteArray();
            const QByteArray storedHash = query.value(10).toByteArray();

            if (row.position != expectedPosition)
                return failAt(expectedPosition,
                              tr("event at position %1 is missing (the next stored event is at %2)")
                                  .arg(expectedPosition)
                                  .arg(row.position));
            if (previousHash != report.headHash)
                return failAt(row.position,
                              tr("its previous-hash does not match the hash of the event before it"));
            if (HashChain::hash(previousHash, row) != storedHash)
                return failAt(row.position, tr("its contents do not match its hash (the row was altered)"));

            report.headPosition = row.position;
            report.headHash = storedHash;
            ++report.checkedEvents;
            ++expectedPosition;
        }
        query.finish();
        if (progress && !progress(report.checkedEvents, total)) {
            report.ok = false;
            report.cancelled = true;
            report.problem = tr("verification cancelled");
            return report;
        }
    }

    // Rows removed from the end leave no gap inside the chain; SQLite's sequence remembers them.
    QSqlQuery sequence(m_connection->database());
    if (sequence.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'events'")) &&
        sequence.next()) {
        const qint64 highest = sequence.value(0).toLongLong();
        if (highest > report.headPosition)
            return failAt(report.headPosition + 1, tr("events %1 to %2 are missing from the end of the store")
                                                       .arg(report.headPosition + 1)
                                                       .arg(highest));
    }
    return report;
}

} // namespace keyledger
