#pragma once

class QValueAxis;

namespace keyledger {

// A value axis for whole counts: from 0 to a little above the highest value, ticks on round whole
// numbers (1, 2, 5, 10, 20, 50, ...), never a fraction of a user.
class CountAxis
{
public:
    static void fit(QValueAxis* axis, int highest);
    static int step(int highest);
};

} // namespace keyledger
