#pragma once

#include "queries/FieldDiff.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace keyledger {

// One event of the ledger as the audit view shows it.
struct AuditEntry
{
    qint64 position = 0;
    qint64 timeMs = 0; // when the event was recorded, UTC ms since the epoch
    QString streamId;
    QUuid userId;           // null for events of other streams
    QString username;       // the user's username when the event happened
    QString organizationId; // the user's organisation as the event left it
    QString type;
    QString actor;
    QString source;
    QString summary; // one line, plain English
    QList<FieldDiff> diff;

    bool operator==(const AuditEntry&) const = default;
};

} // namespace keyledger
