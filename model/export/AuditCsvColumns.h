#pragma once

#include "queries/AuditEntry.h"

#include <QStringList>

namespace keyledger {

// The columns of the audit CSV export: position, time (ISO 8601 UTC with milliseconds, "Z"),
// user id, username, organisation, type, actor, source, summary, and the changes as
// "field: before → after" joined by "; ". The header names are stable keys for the tools that
// read the file, not translated.
class AuditCsvColumns
{
public:
    static QStringList header();
    static QStringList fields(const AuditEntry& entry);
    static QString changes(const QList<FieldDiff>& diff);
};

} // namespace keyledger
