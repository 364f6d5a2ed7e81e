#pragma once

#include <QByteArray>

namespace keyledger {

// One row of the audit read model as stored (UTF-8 text, the diff as its stored JSON array), for
// the JSON Lines export of the whole ledger, which copies it without parsing.
struct AuditRowText
{
    qint64 position = 0;
    QByteArray username;
    QByteArray organization;
    QByteArray actor;
    QByteArray source;
    QByteArray summary;
    QByteArray diffJson; // [{"field":..,"before":..,"after":..}, ...]
};

} // namespace keyledger
