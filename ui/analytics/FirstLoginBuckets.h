#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace keyledger {

// Groups the days-to-first-login distribution into a few ranges a bar chart can show whatever
// the history's length: 0, 1, 2–3, 4–7, 8–14, 15–30, 31–90 and more than 90 days.
class FirstLoginBuckets
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::FirstLoginBuckets)

public:
    struct Bucket
    {
        int fromDay = 0;
        int toDay = -1; // inclusive; -1: no upper bound
        int users = 0;
    };

    // Every range, in order, empty ones included.
    static QList<Bucket> of(const QList<QPair<int, int>>& distribution);
    static QString label(const Bucket& bucket);
};

} // namespace keyledger
