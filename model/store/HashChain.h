#pragma once

#include <QByteArray>
#include <QString>

namespace keyledger {

// The stored form of one event row, exactly as it sits in the database (data and metadata are
// the stored UTF-8 JSON bytes, never re-serialised).
struct ChainedRow
{
    qint64 position = 0;
    QByteArray eventId; // textual UUID, UTF-8
    QByteArray streamId;
    qint64 streamVersion = 0;
    QByteArray type;
    int schemaVersion = 1;
    QByteArray data;
    QByteArray metadata;
    qint64 recordedAtMs = 0;
};

// hash(n) = SHA-256(hash(n-1) || canonical(row n)); see docs/hash-chain.md for the byte layout,
// which an export verifier must reproduce without the database.
class HashChain
{
public:
    static constexpr int HashSize = 32;
    static QByteArray genesis() { return QByteArray(HashSize, '\0'); }
    static QByteArray hash(const QByteArray& previousHash, const ChainedRow& row);
    static QByteArray sha256(const QByteArray& bytes);
};

} // namespace keyledger
