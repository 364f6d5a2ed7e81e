#pragma once

#include <QJsonObject>
#include <QString>

namespace keyledger {

// What rebuilding an aggregate needs from one stored event, and nothing more: replay skips
// the hashes, ids and metadata, which would triple its cost. The actor is filled on the first
// and the last event of a replay only (who created, who last changed); it is empty elsewhere.
struct ReplayEvent
{
    qint64 streamVersion = 0;
    QString type;
    int schemaVersion = 1; // after upcasting
    QJsonObject data;
    qint64 recordedAtMs = 0;
    QString actor;
};

} // namespace keyledger
