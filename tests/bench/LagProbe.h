#pragma once

#include "LatencySamples.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace keyledger {
class ProjectionRunner;
}

namespace keyledger::bench {

// Measures append -> projected for each command of the lag phase, without blocking the thread
// that issues them. appended() is called from the store's "appended up to P" notification
// (right after the commit, on the writing thread); a thread of its own then calls
// ProjectionRunner::waitForPosition(P) for each position in turn and records when it returns:
// the moment a reader doing read-your-writes would be released. committed() is called from the
// runner's changes listener (on its worker thread, right after the batch commits), which is a
// little earlier than waitForPosition sees it (the runner publishes after a slice of batches).
class LagProbe
{
public:
    explicit LagProbe(const ProjectionRunner& runner);
    ~LagProbe();
    LagProbe(const LagProbe&) = delete;
    LagProbe& operator=(const LagProbe&) = delete;

    void start();
    void appended(qint64 position);
    void committed(qint64 upToPosition);
    // Waits until every appended position was seen, or the timeout; stops the thread. The
    // number of positions never reached.
    int finish(int timeoutMs);

    LatencySamples visible() const; // append -> waitForPosition returned
    LatencySamples commit() const;  // append -> the views transaction holding it committed

private:
    struct Entry
    {
        qint64 position = 0;
        qint64 appendedNs = 0;
        qint64 committedNs = 0;
        qint64 visibleNs = 0;
    };
    static qint64 nowNs();
    void watch();

    const ProjectionRunner& m_runner;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Entry> m_entries;
    size_t m_nextVisible = 0;
    size_t m_nextCommitted = 0;
    qint64 m_committedUpTo = 0;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace keyledger::bench
