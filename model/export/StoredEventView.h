#pragma once

#include <QByteArrayView>

namespace keyledger {

// One stored row seen through the reader's statement, without copies: valid only inside the
// callback it is passed to. Hashes as lowercase hex, as SQLite's hex() gives them.
struct StoredEventView
{
    qint64 position = 0;
    QByteArrayView eventId;
    QByteArrayView streamId;
    qint64 streamVersion = 0;
    QByteArrayView type;
    int schemaVersion = 1;
    QByteArrayView data;
    QByteArrayView metadata;
    qint64 recordedAtMs = 0;
    QByteArrayView previousHashHex;
    QByteArrayView hashHex;
};

// One row of the audit read model as stored (UTF-8 text, the diff as its stored JSON array), in
// the same way: valid until its reader moves on.
struct AuditRowView
{
    qint64 position = 0;
    QByteArrayView username;
    QByteArrayView organization;
    QByteArrayView actor;
    QByteArrayView source;
    QByteArrayView summary;
    QByteArrayView diffJson; // [{"field":..,"before":..,"after":..}, ...]
};

} // namespace keyledger
