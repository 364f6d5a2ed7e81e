#pragma once

#include <QUuid>

namespace keyledger {

// Time-ordered UUIDs (RFC 9562 version 7). Qt 6.4 has no generator; random v4 keys scatter
// every insert across the unique index, while v7 keys append at its end.
class Uuid7
{
public:
    // Strictly increasing within a process, even within one millisecond.
    static QUuid create();
    static bool isVersion7(const QUuid& id);
};

} // namespace keyledger
