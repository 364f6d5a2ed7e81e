#pragma once

#include "analytics/AnalyticsSnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace keyledger {

// The analytics dashboard as CSV (RFC 4180, UTF-8, CRLF; formula-looking cells neutralised):
// three columns, section,key,value, so one file holds the selection, the figures and both
// series:
//   filter,organization,<id, "" for users without one, "*" for all>   filter,from / filter,to
//   figure,total|active|unverified|inactive|verified|withLogin|averageDaysToFirstLogin,<number>
//   signUpsPerWeek,<Monday, ISO date>,<users>
//   daysToFirstLogin,<whole days>,<users>
// Keys are stable names for the tools that read the file, not translated.
class AnalyticsCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AnalyticsCsvWriter)

public:
    static QString toCsv(const AnalyticsSnapshot& snapshot);
    // Writes the file whole or not at all; false with the reason in *error.
    static bool write(const QString& path, const AnalyticsSnapshot& snapshot, QString* error = nullptr);
};

} // namespace keyledger
