#include "store/SqliteEventStore.h"

#include "privacy/PersonalDataVault.h"
#include "privacy/PersonalKeyring.h"
#include "store/HashChain.h"
#include "store/OutboxStates.h"
#include "store/SchemaMigrator.h"
#include "store/SqliteStatement.h"
#include "store/StoreErrors.h"
#include "store/StoreNotifier.h"
#include "store/UpcasterRegistry.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <sqlite3.h>

namespace keyledger {

namespace {

#define EVENT_COLUMNS                                                                                        \
    "position, event_id, stream_id, stream_version, event_type, schema_version, data, metadata, "            \
    "recorded_at, "                                                                                          \
    "previous_hash, hash"

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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
    m_keyring = std::make_unique<PersonalKeyring>(*m_connection);
    m_vault = std::make_unique<PersonalDataVault>(*m_keyring);
}

SqliteEventStore::~SqliteEventStore() = default; // statements are members declared after the connection

SqliteStatement& SqliteEventStore::statement(std::unique_ptr<SqliteStatement>& slot, const char* sql)
{
    if (!slot)
        slot = std::make_unique<SqliteStatement>(*m_connection, sql);
    return *slot;
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
        m_keyring->refresh();
        result = appendInTransaction(request);
        m_connection->commit();
    } catch (...) {
        m_connection->rollback();
        m_keyring->discardCache(); // keys created in the rolled-back transaction were never stored
        throw;
    }
    if (m_notifier && !result.alreadyAppended)
        Q_EMIT m_notifier->appended(result.lastPosition);
    return result;
}

AppendResult SqliteEventStore::appendInTransaction(const AppendRequest& request)
{
    AppendResult result;
    {
        if (const auto earlier = findAlreadyAppended(request))
            return *earlier;

        const qint64 current = streamVersion(request.streamId);
        if (!request.expected.matches(current))
            throw ConcurrencyError(request.streamId, request.expected.toString(), current);

        Head previous = head();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray streamUtf8 = request.streamId.toUtf8();
        SqliteStatement& insert =
            statement(m_insertEvent, "INSERT INTO events(" EVENT_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?)");

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
            if (PersonalDataVault::needsSealing(event.data)) {
                QJsonObject sealed = event.data;
                m_vault->seal(sealed, streamUtf8, row.eventId, now);
                row.data = compactJson(sealed);
            } else {
                row.data = compactJson(event.data);
            }
            row.metadata = metadataJson;
            row.recordedAtMs = now;
            QByteArray hash = HashChain::hash(previous.hash, row);

            insert.bind(1, row.position);
            insert.bind(2, row.eventId);
            insert.bind(3, row.streamId);
            insert.bind(4, row.streamVersion);
            insert.bind(5, row.type);
            insert.bind(6, qint64(row.schemaVersion));
            insert.bind(7, row.data);
            insert.bind(8, row.metadata);
            insert.bind(9, row.recordedAtMs);
            insert.bindBlob(10, previous.hash);
            insert.bindBlob(11, hash);
            try {
                insert.step();
            } catch (const SqliteStatement::ConstraintViolation&) {
                throw DuplicateEventError(
                    tr("Event %1 is already stored in another stream or twice in this request.")
                        .arg(QString::fromLatin1(row.eventId)));
            }
            insert.reset();

            if (event.needsDelivery) {
                SqliteStatement& outbox = statement(
                    m_insertOutbox,
                    "INSERT INTO outbox(position, stream_id, event_type, created_at) VALUES (?,?,?,?)");
                outbox.bind(1, row.position);
                outbox.bind(2, row.streamId);
                outbox.bind(3, row.type);
                outbox.bind(4, now);
                outbox.step();
                outbox.reset();
            }
            previous = Head{row.position, std::move(hash)};
        }
        result.lastPosition = previous.position;
        result.streamVersion = version;
        applyClaims(request, result.lastPosition);
        applySettlements(request);
    }
    return result;
}

std::optional<AppendResult> SqliteEventStore::findAlreadyAppended(const AppendRequest& request)
{
    SqliteStatement& find =
        statement(m_findEvent, "SELECT stream_id, position FROM events WHERE event_id = ?");
    const QByteArray streamUtf8 = request.streamId.toUtf8();
    AppendResult result;
    result.alreadyAppended = true;
    for (qsizetype i = 0; i < request.events.size(); ++i) {
        const QByteArray eventId = request.events.at(i).eventId.toByteArray(QUuid::WithoutBraces);
        find.bind(1, eventId);
        const bool found = find.step();
        const bool sameStream = found && find.textView(0) == streamUtf8;
        const qint64 position = found ? find.int64(1) : 0;
        find.reset();
        if (!found && i == 0)
            return std::nullopt; // the usual case: a new request
        if (!sameStream)
            throw DuplicateEventError(
                tr("Event %1 is already stored in another stream, or only part of this request was stored.")
                    .arg(QString::fromLatin1(eventId)));
        if (i == 0)
            result.firstPosition = position;
        result.lastPosition = position;
    }
    result.streamVersion = streamVersion(request.streamId);
    return result;
}

SqliteEventStore::Head SqliteEventStore::head()
{
    SqliteStatement& last =
        statement(m_head, "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1");
    Head h{0, HashChain::genesis()};
    if (last.step())
        h = Head{last.int64(0), last.blob(1)};
    last.reset();

    // A position is never reused, even when rows at the end were removed behind our back:
    // the next one follows the highest ever handed out, and verify reports the gap.
    SqliteStatement& sequence =
        statement(m_sequence, "SELECT seq FROM sqlite_sequence WHERE name = 'events'");
    if (sequence.step())
        h.position = std::max(h.position, sequence.int64(0));
    sequence.reset();
    return h;
}

void SqliteEventStore::applySettlements(const AppendRequest& request)
{
    for (const OutboxSettlement& settlement : request.settlements) {
        SqliteStatement& settle =
            statement(m_settleOutbox, "UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = NULL "
                                      "WHERE position = ? AND stream_id = ?");
        settle.bind(1, OutboxStates::toText(settlement.state));
        settle.bind(2, settlement.error.toUtf8());
        settle.bind(3, settlement.position);
        settle.bind(4, request.streamId.toUtf8());
        settle.step();
        settle.reset();
        if (sqlite3_changes(m_connection->handle()) != 1)
            throw KeyledgerError(tr("No outbox row of %1 at position %2 to settle.")
                                     .arg(request.streamId)
                                     .arg(settlement.position));
    }
}

void SqliteEventStore::applyClaims(const AppendRequest& request, qint64 position)
{
    const QByteArray streamUtf8 = request.streamId.toUtf8();
    for (const UniqueClaim& claim : request.claims) {
        const QByteArray scope = claim.scope.toUtf8();
        const QByteArray value = claim.value.toUtf8();
        if (claim.action == UniqueClaim::Action::Release) {
            SqliteStatement& release = statement(
                m_releaseClaim, "DELETE FROM unique_claims WHERE scope = ? AND value = ? AND stream_id = ?");
            release.bind(1, scope);
            release.bind(2, value);
            release.bind(3, streamUtf8);
            release.step();
            release.reset();
            continue;
        }
        // Insert first; look the owner up only when the value was already held.
        SqliteStatement& insert = statement(
            m_insertClaim, "INSERT INTO unique_claims(scope, value, stream_id, position) VALUES (?,?,?,?) "
                           "ON CONFLICT (scope, value) DO NOTHING RETURNING 1");
        insert.bind(1, scope);
        insert.bind(2, value);
        insert.bind(3, streamUtf8);
        insert.bind(4, position);
        const bool inserted = insert.step();
        insert.reset();
        if (inserted)
            continue;
        const QString owner = claimOwner(claim.scope, claim.value);
        if (owner != request.streamId)
            throw ClaimConflictError(claim.scope, claim.value, owner);
    }
}

QString SqliteEventStore::claimOwner(const QString& scope, const QString& value)
{
    SqliteStatement& query =
        statement(m_claimOwner, "SELECT stream_id FROM unique_claims WHERE scope = ? AND value = ?");
    const QByteArray scopeUtf8 = scope.toUtf8();
    const QByteArray valueUtf8 = value.toUtf8();
    query.bind(1, scopeUtf8);
    query.bind(2, valueUtf8);
    const QString owner = query.step() ? query.string(0) : QString();
    query.reset();
    return owner;
}

qint64 SqliteEventStore::streamVersion(const QString& streamId)
{
    SqliteStatement& query =
        statement(m_streamVersion, "SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE stream_id = ?");
    const QByteArray streamUtf8 = streamId.toUtf8();
    query.bind(1, streamUtf8);
    const qint64 version = query.step() ? query.int64(0) : 0;
    query.reset();
    return version;
}

qint64 SqliteEventStore::lastPosition()
{
    SqliteStatement& query = statement(m_lastPosition, "SELECT COALESCE(MAX(position), 0) FROM events");
    const qint64 last = query.step() ? query.int64(0) : 0;
    query.reset();
    return last;
}

QList<RecordedEvent> SqliteEventStore::readStream(const QString& streamId, qint64 fromVersion)
{
    SqliteStatement& query =
        statement(m_readStream, "SELECT " EVENT_COLUMNS " FROM events WHERE stream_id = ? AND "
                                "stream_version >= ? ORDER BY stream_version");
    const QByteArray streamUtf8 = streamId.toUtf8();
    query.bind(1, streamUtf8);
    query.bind(2, fromVersion);
    return readRows(query);
}

QList<ReplayEvent> SqliteEventStore::replayStream(const QString& streamId, qint64 fromVersion)
{
    SqliteStatement& query = statement(
        m_replayStream, "SELECT stream_version, event_type, schema_version, data, recorded_at, event_id "
                        "FROM events WHERE stream_id = ? AND stream_version >= ? ORDER BY stream_version");
    m_keyring->refresh();
    const QByteArray streamUtf8 = streamId.toUtf8();
    query.bind(1, streamUtf8);
    query.bind(2, fromVersion);
    QList<ReplayEvent> events;
    QList<QByteArray> eventIds;
    // Consecutive events often share a type: reuse the string instead of allocating one per row.
    QByteArray typeUtf8Copy;
    QString type;
    try {
        while (query.step()) {
            ReplayEvent e;
            e.streamVersion = query.int64(0);
            const QByteArrayView typeUtf8 = query.textView(1);
            if (typeUtf8 != QByteArrayView(typeUtf8Copy)) {
                typeUtf8Copy = typeUtf8.toByteArray();
                type = QString::fromUtf8(typeUtf8);
            }
            e.type = type;
            e.schemaVersion = int(query.int64(2));
            const QByteArrayView data = query.textView(3);
            if (data != "{}") // events without payload need no parsing
                e.data = QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size())).object();
            e.recordedAtMs = query.int64(4);
            eventIds.append(PersonalDataVault::isSealed(e.data) ? query.textView(5).toByteArray()
                                                                : QByteArray());
            events.append(std::move(e));
        }
    } catch (...) {
        query.reset();
        throw;
    }
    query.reset();

    // An aggregate needs each personal field's latest value only. Walking back from the newest
    // event, a sealed personal object is opened when it holds a field not yet known (its
    // "$shape" names the fields without decrypting); older ones are dropped unopened. The
    // replayed user ends in the same state, for a fraction of the decryptions.
    QSet<QString> unknown{QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("firstName"),
                          QStringLiteral("lastName")};
    const QString personalKey = QStringLiteral("personal");
    const QString shapeKey = QStringLiteral("$shape");
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (eventIds.at(i).isEmpty())
            continue;
        QJsonObject& data = events[i].data;
        bool needed = false;
        const QJsonObject shape = data.value(personalKey).toObject().value(shapeKey).toObject();
        for (auto it = shape.constBegin(); it != shape.constEnd(); ++it)
            needed = unknown.remove(it.key()) || needed;
        if (needed)
            openPersonal(data, streamUtf8, eventIds.at(i));
        else
            data.remove(personalKey);
    }
    if (m_upcasters) {
        for (ReplayEvent& e : events)
            e.data = m_upcasters->upcast(e.type, e.schemaVersion, e.data);
    }
    if (!events.isEmpty())
        fillFirstAndLastActor(streamUtf8, events);
    return events;
}

void SqliteEventStore::fillFirstAndLastActor(const QByteArray& streamUtf8, QList<ReplayEvent>& events)
{
    // Parsing every event's metadata would cost as much as the rest of the replay together.
    SqliteStatement& query =
        statement(m_replayActors, "SELECT stream_version, json_extract(metadata, '$.actor') FROM events "
                                  "WHERE stream_id = ? AND stream_version IN (?, ?)");
    query.bind(1, streamUtf8);
    query.bind(2, events.first().streamVersion);
    query.bind(3, events.last().streamVersion);
    while (query.step()) {
        ReplayEvent& e = query.int64(0) == events.first().streamVersion ? events.first() : events.last();
        e.actor = query.string(1);
    }
    query.reset();
}

QList<RecordedEvent> SqliteEventStore::readAll(qint64 fromPosition, int maxCount)
{
    SqliteStatement& query = statement(
        m_readAll, "SELECT " EVENT_COLUMNS " FROM events WHERE position >= ? ORDER BY position LIMIT ?");
    query.bind(1, fromPosition);
    query.bind(2, qint64(maxCount));
    return readRows(query, maxCount);
}

void SqliteEventStore::openPersonal(QJsonObject& data, QByteArrayView streamUtf8, QByteArrayView eventId)
{
    // Most events carry no personal object: look before copying anything.
    if (PersonalDataVault::isSealed(data))
        m_vault->open(data, streamUtf8.toByteArray(), eventId.toByteArray());
}

QList<RecordedEvent> SqliteEventStore::readRows(SqliteStatement& query, qsizetype expectedRows)
{
    m_keyring->refresh();
    QList<RecordedEvent> events;
    events.reserve(std::min<qsizetype>(expectedRows, 100'000));
    try {
        while (query.step())
            events.append(toRecordedEvent(query));
    } catch (...) {
        query.reset();
        throw;
    }
    query.reset();
    return events;
}

RecordedEvent SqliteEventStore::toRecordedEvent(const SqliteStatement& row)
{
    // The JSON is parsed straight from SQLite's UTF-8 buffer, without a copy.
    auto json = [&row](int column) {
        const QByteArrayView text = row.textView(column);
        return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size())).object();
    };
    RecordedEvent e;
    e.position = row.int64(0);
    e.eventId = QUuid::fromString(QLatin1String(row.textView(1)));
    e.streamId = row.string(2);
    e.streamVersion = row.int64(3);
    e.type = row.string(4);
    e.storedSchemaVersion = int(row.int64(5));
    e.schemaVersion = e.storedSchemaVersion;
    e.data = json(6);
    const QByteArrayView metadataText = row.textView(7);
    if (metadataText != QByteArrayView(m_lastMetadataText)) {
        m_lastMetadata = EventMetadata::fromJson(json(7));
        m_lastMetadataText = metadataText.toByteArray();
    }
    e.metadata = m_lastMetadata;
    e.recordedAtMs = row.int64(8);
    e.previousHash = row.blob(9);
    e.hash = row.blob(10);
    openPersonal(e.data, row.textView(2), row.textView(1));
    if (m_upcasters)
        e.data = m_upcasters->upcast(e.type, e.schemaVersion, e.data);
    return e;
}

ChainReport SqliteEventStore::verifyChain(const Progress& progress)
{
    ChainReport report;
    report.headHash = HashChain::genesis();
    const qint64 total = lastPosition();
    SqliteStatement query(*m_connection, "SELECT " EVENT_COLUMNS
                                         " FROM events WHERE position > ? ORDER BY position LIMIT 20000");

    auto failAt = [&report](qint64 position, const QString& problem) {
        report.ok = false;
        report.firstBadPosition = position;
        report.problem = problem;
        return report;
    };

    // Chain epochs (schema 3): each finished rewrite must still end at the hash it produced; an
    // unfinished one links its last rewritten row to the old chain through the recorded old hash.
    struct Epoch
    {
        qint64 oldHeadPosition = 0;
        QByteArray newHeadHash;
        qint64 cursor = 0;
        QByteArray cursorOldHash;
        bool finished = false;
    };
    QList<Epoch> epochs;
    {
        SqliteStatement hasTable(
            *m_connection,
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'chain_epochs'");
        const bool present = hasTable.step() && hasTable.int64(0) > 0;
        hasTable.reset();
        if (present) {
            SqliteStatement rows(*m_connection, "SELECT old_head_position, new_head_hash, cursor_position, "
                                                "cursor_old_hash, finished_at IS NOT NULL FROM chain_epochs "
                                                "ORDER BY epoch");
            while (rows.step())
                epochs.append(
                    Epoch{rows.int64(0), rows.blob(1), rows.int64(2), rows.blob(3), rows.int64(4) != 0});
        }
    }
    report.epochs = int(epochs.size());

    qint64 expectedPosition = 1;
    bool more = true;
    while (more) {
        query.bind(1, report.headPosition);
        more = false;
        while (query.step()) {
            more = true;
            ChainedRow row;
            row.position = query.int64(0);
            row.eventId = query.text(1);
            row.streamId = query.text(2);
            row.streamVersion = query.int64(3);
            row.type = query.text(4);
            row.schemaVersion = int(query.int64(5));
            row.data = query.text(6);
            row.metadata = query.text(7);
            row.recordedAtMs = query.int64(8);
            const QByteArray previousHash = query.blob(9);
            QByteArray storedHash = query.blob(10);

            if (row.position != expectedPosition)
                return failAt(expectedPosition,
                              tr("event at position %1 is missing (the next stored event is at %2)")
                                  .arg(expectedPosition)
                                  .arg(row.position));
            QByteArray expectedPrevious = report.headHash;
            for (const Epoch& epoch : std::as_const(epochs)) {
                if (!epoch.finished && epoch.cursor > 0 && row.position == epoch.cursor + 1) {
                    expectedPrevious = epoch.cursorOldHash; // the old chain goes on from here
                    report.rewriteInProgress = true;
                }
                if (!epoch.finished && epoch.cursor == 0)
                    report.rewriteInProgress = true;
            }
            if (previousHash != expectedPrevious)
                return failAt(row.position,
                              tr("its previous-hash does not match the hash of the event before it"));
            if (HashChain::hash(previousHash, row) != storedHash)
                return failAt(row.position, tr("its contents do not match its hash (the row was altered)"));
            for (const Epoch& epoch : std::as_const(epochs)) {
                if (epoch.finished && epoch.oldHeadPosition == row.position &&
                    epoch.newHeadHash != storedHash)
                    return failAt(row.position, tr("its hash differs from the one recorded when the ledger "
                                                   "was re-encrypted (chain epoch)"));
            }

            report.headPosition = row.position;
            report.headHash = std::move(storedHash);
            ++report.checkedEvents;
            ++expectedPosition;
        }
        query.reset();
        if (progress && !progress(report.checkedEvents, total)) {
            report.ok = false;
            report.cancelled = true;
            report.problem = tr("verification cancelled");
            return report;
        }
    }

    // Rows removed from the end leave no gap inside the chain; SQLite's sequence remembers them.
    SqliteStatement sequence(*m_connection, "SELECT seq FROM sqlite_sequence WHERE name = 'events'");
    if (sequence.step()) {
        const qint64 highest = sequence.int64(0);
        if (highest > report.headPosition)
            return failAt(report.headPosition + 1, tr("events %1 to %2 are missing from the end of the store")
                                                       .arg(report.headPosition + 1)
                                                       .arg(highest));
    }
    return report;
}

bool SqliteEventStore::isErased(const QString& streamId)
{
    m_keyring->refresh();
    return m_keyring->find(streamId.toUtf8()).state == PersonalKeyring::Key::State::Erased;
}

SqliteEventStore::ErasureResult SqliteEventStore::erasePersonalData(const QString& streamId,
                                                                    const NewEvent& erasure)
{
    const QByteArray streamUtf8 = streamId.toUtf8();
    ErasureResult result;
    m_connection->beginWrite();
    try {
        m_keyring->refresh();
        if (streamVersion(streamId) == 0)
            throw KeyledgerError(tr("There is no stream %1 to erase.").arg(streamId));
        if (m_keyring->find(streamUtf8).state == PersonalKeyring::Key::State::Erased)
            throw KeyledgerError(tr("The personal data of %1 was erased already.").arg(streamId));
        AppendRequest request{streamId, {erasure}, ExpectedVersion::any(), {}, {}};
        result.append = appendInTransaction(request);
        m_keyring->destroy(streamUtf8, QDateTime::currentMSecsSinceEpoch());
        // The claims hold the username and e-mail in clear: released, the values are free for
        // someone else, and secure_delete zeroes the bytes they occupied.
        SqliteStatement claims(*m_connection, "DELETE FROM unique_claims WHERE stream_id = ?");
        claims.bind(1, streamUtf8);
        claims.step();
        claims.reset();
        // A change still waiting for Keycloak could only deliver "[erased]" now: the ones that
        // carry personal data are discarded (the others, a delete for one, still go). Keycloak's
        // refusals may quote the person's values: every error text of the stream goes.
        SqliteStatement discard(
            *m_connection,
            "UPDATE outbox SET state = 'discarded', next_attempt_at = NULL WHERE stream_id = ? "
            "AND state IN ('pending', 'failed') AND position IN (SELECT position FROM events "
            "WHERE stream_id = ? AND json_type(data, '$.personal.\"$sealed\"') IS NOT NULL)");
        discard.bind(1, streamUtf8);
        discard.bind(2, streamUtf8);
        discard.step();
        result.discardedDeliveries = sqlite3_changes(m_connection->handle());
        discard.reset();
        SqliteStatement errors(
            *m_connection,
            "UPDATE outbox SET last_error = NULL WHERE stream_id = ? AND last_error IS NOT NULL");
        errors.bind(1, streamUtf8);
        errors.step();
        errors.reset();
        m_connection->commit();
    } catch (...) {
        m_connection->rollback();
        m_keyring->discardCache();
        throw;
    }
    if (m_notifier)
        Q_EMIT m_notifier->appended(result.append.lastPosition);
    // Older WAL frames still hold the pages as they were before (the key, the claims).
    result.walTruncated = m_connection->checkpointAndTruncate();
    return result;
}

} // namespace keyledger
