#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace keyledger {

// Which audit entries to read. Empty members do not filter; the filters combine with AND.
struct AuditFilter
{
    QUuid userId;
    QString actor;            // exact match
    QString type;             // exact match, e.g. "UserDisabled"
    QString source;           // exact match, e.g. "local", "keycloak-import"
    QDateTime from;           // inclusive
    QDateTime to;             // inclusive (pass QDate::endOfDay() for a whole day)
    int limit = 0;            // at most this many entries; 0 or less: all of them
    qint64 afterPosition = 0; // paging: entries after this position (the last one of the previous page)
    // Exact match on the user's organisation as the event left it. Last, with an initialiser, so
    // that existing positional initialisers keep their meaning.
    QString organizationId = {};
};

} // namespace keyledger
