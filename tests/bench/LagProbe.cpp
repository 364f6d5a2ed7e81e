#include "LagProbe.h"

#include "projections/ProjectionRunner.h"

#include <chrono>

namespace keyledger::bench {

LagProbe::LagProbe(const ProjectionRunner& runner)
    : m_runner(runner)
{
    m_entries.reserve(100'000);
}

LagProbe::~LagProbe()
{
    finish(0);
}

qint64 LagProbe::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void LagProbe::start()
{
    m_thread = std::thread([this] { watch(); });
}

void LagProbe::appended(qint64 position)
{
    const qint64 now = nowNs();
    {
        std::lock_guard lock(m_mutex);
        Entry entry;
        entry.position = position;
        entry.appendedNs = now;
        // The runner's poll can project a commit before the notification reaches us.
        if (position <= m_committedUpTo) {
            entry.committedNs = now;
            ++m_nextCommitted;
        }
        m_entries.push_back(entry);
    }
    m_wake.notify_one();
}

void LagProbe::committed(qint64 upToPosition)
{
    const qint64 now = nowNs();
    std::lock_guard lock(m_mutex);
    m_committedUpTo = std::max(m_committedUpTo, upToPosition);
    while (m_nextCommitted < m_entries.size() && m_entries[m_nextCommitted].position <= upToPosition)
        m_entries[m_nextCommitted++].committedNs = now;
}

void LagProbe::watch()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_nextVisible < m_entries.size(); });
        if (m_nextVisible >= m_entries.size())
            return; // stopped, nothing pending
        const qint64 position = m_entries[m_nextVisible].position;
        lock.unlock();
        const bool reached = m_runner.waitForPosition(position, 200);
        const qint64 now = nowNs();
        lock.lock();
        if (reached)
            m_entries[m_nextVisible++].visibleNs = now;
        else if (m_stop)
            return;
    }
}

int LagProbe::finish(int timeoutMs)
{
    if (!m_thread.joinable())
        return 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    {
        std::unique_lock lock(m_mutex);
        while (m_nextVisible < m_entries.size() && std::chrono::steady_clock::now() < deadline) {
            lock.unlock();
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            lock.lock();
        }
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    std::lock_guard lock(m_mutex);
    return int(m_entries.size() - m_nextVisible);
}

LatencySamples LagProbe::visible() const
{
    std::lock_guard lock(m_mutex);
    LatencySamples samples;
    for (const Entry& e : m_entries) {
        if (e.visibleNs != 0)
            samples.add(e.visibleNs - e.appendedNs);
    }
    return samples;
}

LatencySamples LagProbe::commit() const
{
    std::lock_guard lock(m_mutex);
    LatencySamples samples;
    for (const Entry& e : m_entries) {
        if (e.committedNs != 0)
            samples.add(e.committedNs - e.appendedNs);
    }
    return samples;
}

} // namespace keyledger::bench
