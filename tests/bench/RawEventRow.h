#pragma once

#include "store/NewEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace keyledger::bench {

// One events row as the raw writer binds it: the same UTF-8 bytes the store writes (event id
// in its textual form, compact JSON from QJsonDocument), ready before the timed section.
struct RawEventRow
{
    QByteArray eventId;
    QByteArray streamId;
    qint64 streamVersion = 0;
    QByteArray type;
    int schemaVersion = 1;
    QByteArray data;
    QByteArray metadata;
};

// Serialises a batch for the raw writer; stream versions start at 1 (a new stream).
std::vector<RawEventRow> rawRows(const QString& streamId, const QList<NewEvent>& events);

} // namespace keyledger::bench
