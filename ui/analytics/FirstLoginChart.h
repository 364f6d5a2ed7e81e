#pragma once

#include <QChartView>
#include <QList>
#include <QPair>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace keyledger {

// How long users took from creation to their first login, in ranges of days (FirstLoginBuckets).
class FirstLoginChart : public QChartView
{
    Q_OBJECT

public:
    explicit FirstLoginChart(QWidget* parent = nullptr);

    void setDistribution(const QList<QPair<int, int>>& distribution);
    // For tests: the users in each range, in order.
    QList<int> values() const;

private:
    QBarSet* m_users;
    QBarCategoryAxis* m_ranges;
    QValueAxis* m_count;
};

} // namespace keyledger
