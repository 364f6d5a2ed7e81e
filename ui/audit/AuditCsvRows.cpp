#include "audit/AuditCsvRows.h"

#include "common/UtcTimestamp.h"
#include "export/AuditCsvColumns.h"

namespace keyledger {

QStringList AuditCsvRows::header()
{
    return AuditCsvColumns::header();
}

QStringList AuditCsvRows::fields(const AuditEntry& entry)
{
    return AuditCsvColumns::fields(entry);
}

QString AuditCsvRows::changes(const QList<FieldDiff>& diff)
{
    return AuditCsvColumns::changes(diff);
}

QString AuditCsvRows::isoTime(qint64 utcMs)
{
    return UtcTimestamp::format(utcMs);
}

} // namespace keyledger
