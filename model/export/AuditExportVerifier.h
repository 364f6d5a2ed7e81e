#pragma once

#include "export/AuditVerifyReport.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace keyledger {

// Checks a JSON Lines export (AuditJsonLinesSink) on its own, without any database:
// - the header line is an export's header (format 1);
// - every event line recomputes to its own "hash" (docs/hash-chain.md) from the fields it holds,
//   and its recordedAt says the same instant as recordedAtMs;
// - positions increase; for a complete export, they run 1, 2, 3... with each previousHash equal
//   to the hash of the line before (the genesis value first), and the last line is the chain
//   head the header states;
// - the trailer's count and SHA-256 match the lines above it, and nothing follows it.
// Reports the first line that does not match.
class AuditExportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AuditExportVerifier)

public:
    using Progress = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;

    static AuditVerifyReport verify(QIODevice& in, const Progress& progress = {});
    static AuditVerifyReport verifyFile(const QString& path, const Progress& progress = {});
};

} // namespace keyledger
