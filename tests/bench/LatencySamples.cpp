#include "LatencySamples.h"

#include <algorithm>
#include <cmath>

namespace keyledger::bench {

double LatencySamples::percentileMs(double fraction) const
{
    if (m_ns.empty())
        return 0;
    std::vector<qint64> sorted = m_ns;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<size_t>(std::ceil(fraction * double(sorted.size())));
    return double(sorted.at(std::clamp<size_t>(rank, 1, sorted.size()) - 1)) / 1e6;
}

} // namespace keyledger::bench
