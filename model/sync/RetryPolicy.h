#pragma once

#include <QtGlobal>

namespace keyledger {

// When to try a transiently failed delivery again: exponential backoff from `baseMs`, capped
// at `capMs`, with "equal jitter" (half fixed, half random) so that many queues that failed
// together do not come back together.
struct RetryPolicy
{
    qint64 baseMs = 1000;
    qint64 capMs = 5 * 60 * 1000;

    // The pause after the attempt-th failure (1 for the first).
    qint64 delayAfter(int attempt) const;
};

} // namespace keyledger
