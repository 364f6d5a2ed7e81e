#pragma once

#include <QtGlobal>

namespace keyledger {

// Stops calling a server that keeps failing. After `threshold` transient failures in a row the
// circuit opens for `openMs` (doubling on each failed probe up to `maxOpenMs`); once that time
// has passed one request may probe the server; its success closes the circuit.
class CircuitBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };

    CircuitBreaker(int threshold = 5, qint64 openMs = 5000, qint64 maxOpenMs = 5 * 60 * 1000);

    // Whether a request may go out now; in HalfOpen only one (the probe) until it reports.
    bool allowRequest(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);

    State state(qint64 nowMs) const;
    qint64 reopensAtMs() const { return m_openUntilMs; }

private:
    int m_threshold;
    qint64 m_baseOpenMs;
    qint64 m_maxOpenMs;
    qint64 m_openMs;
    int m_failuresInARow = 0;
    qint64 m_openUntilMs = 0;
    bool m_open = false;
    bool m_probeOut = false;
};

} // namespace keyledger
