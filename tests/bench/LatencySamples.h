#pragma once

#include <QtGlobal>

#include <vector>

namespace keyledger::bench {

// Durations of repeated operations, in nanoseconds; percentiles by the nearest-rank method.
class LatencySamples
{
public:
    void add(qint64 ns) { m_ns.push_back(ns); }
    void append(const LatencySamples& other)
    {
        m_ns.insert(m_ns.end(), other.m_ns.begin(), other.m_ns.end());
    }
    size_t count() const { return m_ns.size(); }
    double percentileMs(double fraction) const;
    double p50Ms() const { return percentileMs(0.50); }
    double p95Ms() const { return percentileMs(0.95); }
    double maxMs() const { return percentileMs(1.0); }

private:
    std::vector<qint64> m_ns;
};

} // namespace keyledger::bench
