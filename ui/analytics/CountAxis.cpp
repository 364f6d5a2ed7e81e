#include "analytics/CountAxis.h"

#include <QValueAxis>

namespace keyledger {

int CountAxis::step(int highest)
{
    const int rough = qMax(1, highest / 5);
    int magnitude = 1;
    while (magnitude * 10 <= rough)
        magnitude *= 10;
    for (int factor : {1, 2, 5}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

void CountAxis::fit(QValueAxis* axis, int highest)
{
    const int tick = step(highest);
    // Headroom above the highest value, for the labels drawn over the bars.
    const int wanted = highest + qMax(1, highest / 8);
    const int top = qMax(tick, (wanted + tick - 1) / tick * tick);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(tick);
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace keyledger
