#pragma once

#include "queries/AuditEntry.h"

#include <QStringList>

namespace keyledger {

// The columns of the audit CSV export, for the widgets that show or copy rows the way the export
// writes them. The one implementation is model/export/AuditCsvColumns.
class AuditCsvRows
{
public:
    static QStringList header();
    static QStringList fields(const AuditEntry& entry);
    static QString changes(const QList<FieldDiff>& diff);
    static QString isoTime(qint64 utcMs);
};

} // namespace keyledger
