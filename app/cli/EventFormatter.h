#pragma once

#include "store/RecordedEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace keyledger::cli {

// How `events` shows one stored event: an aligned table row, or one compact JSON object with
// every stored field (hashes in hex).
class EventFormatter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::EventFormatter)

public:
    // ISO 8601, UTC, milliseconds: 2024-05-01T09:30:00.123Z
    static QString isoTime(qint64 msSinceEpoch);

    static QString tableHeader();
    static QString tableRow(const RecordedEvent& event);

    static QJsonObject toJson(const RecordedEvent& event);
    static QString jsonLine(const RecordedEvent& event);
};

} // namespace keyledger::cli
