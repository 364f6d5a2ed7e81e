#include "sync/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace keyledger {

qint64 RetryPolicy::delayAfter(int attempt) const
{
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const qint64 ceiling = std::min(capMs, baseMs << std::min(doublings, 20));
    const qint64 half = ceiling / 2;
    return half + (half > 0 ? qint64(QRandomGenerator::global()->bounded(quint64(half) + 1)) : 0);
}

} // namespace keyledger
