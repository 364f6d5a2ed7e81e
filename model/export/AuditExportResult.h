#pragma once

#include <QByteArray>
#include <QString>

namespace keyledger {

// How an audit export ended. A failed or cancelled export leaves no file behind.
struct AuditExportResult
{
    enum class Status
    {
        Ok,
        Cancelled,
        Failed,
    };

    Status status = Status::Failed;
    bool ok = false;        // status == Ok
    bool cancelled = false; // status == Cancelled
    qint64 rows = 0;        // events written
    QString path;
    QString error;            // plain words, for the person at the keyboard
    bool complete = false;    // unfiltered: every event from position 1 to the head
    qint64 headPosition = 0;  // the chain head when the export started
    QByteArray headHash = {}; // 32 bytes
    qint64 bytes = 0;         // size of what was written

    void setStatus(Status value)
    {
        status = value;
        ok = value == Status::Ok;
        cancelled = value == Status::Cancelled;
    }
};

} // namespace keyledger
