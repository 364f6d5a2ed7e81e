#pragma once

#include "queries/AuditFilter.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace keyledger {

// What every format says about an export before its rows.
struct AuditExportHeader
{
    AuditFilter filter;
    QString filterUser = {}; // the user as given (username or id), for people; the filter holds the id
    QString databaseLabel;
    qint64 exportedAtMs = 0;
    qint64 headPosition = 0;
    QByteArray headHash;
    QString appVersion;
    bool complete = false;
    qint64 total = 0; // rows that will follow (the matching entries when the export starts)
    // Filled only for sinks that ask for it (AuditExportSink::needsSummary), most frequent first.
    QList<QPair<QString, qint64>> countsByType = {};
    QList<QPair<QString, qint64>> countsByActor = {};
    qint64 firstTimeMs = 0; // the period the rows cover (summary only)
    qint64 lastTimeMs = 0;
};

} // namespace keyledger
