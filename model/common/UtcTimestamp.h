#pragma once

#include <QString>

namespace keyledger {

// ISO 8601 UTC text for a millisecond timestamp ("2024-06-10T06:13:20.001Z"), the same as
// QDateTime::toString(Qt::ISODateWithMs) gives for UTC, without building a QDateTime: projecting
// a million events formats several hundred thousand of them.
class UtcTimestamp
{
public:
    static QString format(qint64 msSinceEpoch);
};

} // namespace keyledger
