#pragma once

#include <QString>

namespace keyledger {

// How an audit export ended. A failed or cancelled export leaves no file behind.
struct AuditExportResult
{
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    QString path;
    QString error; // plain words, for the person at the keyboard
};

} // namespace keyledger
