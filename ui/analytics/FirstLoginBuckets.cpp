#include "analytics/FirstLoginBuckets.h"

namespace keyledger {

QList<FirstLoginBuckets::Bucket> FirstLoginBuckets::of(const QList<QPair<int, int>>& distribution)
{
    QList<Bucket> buckets{{0, 0, 0},  {1, 1, 0},   {2, 3, 0},   {4, 7, 0},
                          {8, 14, 0}, {15, 30, 0}, {31, 90, 0}, {91, -1, 0}};
    for (const auto& [days, users] : distribution) {
        for (Bucket& bucket : buckets) {
            if (days >= bucket.fromDay && (bucket.toDay < 0 || days <= bucket.toDay)) {
                bucket.users += users;
                break;
            }
        }
    }
    return buckets;
}

QString FirstLoginBuckets::label(const Bucket& bucket)
{
    if (bucket.toDay < 0)
        return tr("%1+").arg(bucket.fromDay);
    if (bucket.fromDay == bucket.toDay)
        return QString::number(bucket.fromDay);
    return tr("%1–%2").arg(bucket.fromDay).arg(bucket.toDay);
}

} // namespace keyledger
