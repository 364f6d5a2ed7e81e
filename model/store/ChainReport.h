#pragma once

#include <QByteArray>
#include <QString>

namespace keyledger {

// The outcome of walking the hash chain from the first event to the last.
struct ChainReport
{
    bool ok = true;
    bool cancelled = false; // stopped on request before the end: ok is false, nothing was found wrong
    qint64 checkedEvents = 0;
    qint64 headPosition = 0;
    QByteArray headHash;         // hash of the last event (genesis when the store is empty)
    qint64 firstBadPosition = 0; // 0 when ok
    QString problem;             // plain words: what did not match at firstBadPosition
    int epochs = 0;              // chain rewrites (chain_epochs) checked at their boundary
    bool rewriteInProgress = false; // an interrupted re-encryption: later rows still on the old chain
};

} // namespace keyledger
