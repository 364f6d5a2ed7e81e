#include "sync/CircuitBreaker.h"

#include <algorithm>

namespace keyledger {

CircuitBreaker::CircuitBreaker(int threshold, qint64 openMs, qint64 maxOpenMs)
    : m_threshold(threshold)
    , m_baseOpenMs(openMs)
    , m_maxOpenMs(maxOpenMs)
    , m_openMs(openMs)
{}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (!m_open)
        return State::Closed;
    return nowMs < m_openUntilMs ? State::Open : State::HalfOpen;
}

bool CircuitBreaker::allowRequest(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeOut)
            return false;
        m_probeOut = true;
        return true;
    }
    return true;
}

void CircuitBreaker::recordSuccess()
{
    m_failuresInARow = 0;
    m_open = false;
    m_probeOut = false;
    m_openMs = m_baseOpenMs;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failuresInARow;
    if (m_open) {
        if (!m_probeOut)
            return; // a request sent before the circuit opened
        m_probeOut = false;
        m_openMs = std::min(m_maxOpenMs, m_openMs * 2);
        m_openUntilMs = nowMs + m_openMs;
        return;
    }
    if (m_failuresInARow >= m_threshold) {
        m_open = true;
        m_openUntilMs = nowMs + m_openMs;
    }
}

} // namespace keyledger
