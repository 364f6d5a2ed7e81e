#pragma once

#include <QChartView>

class QPieSeries;
class QPieSlice;

namespace keyledger {

struct UserAnalytics;

// The users of the selection by status, as a donut in the users list's colours: active (green),
// unverified (orange), disabled (red).
class StatusBreakdownChart : public QChartView
{
    Q_OBJECT

public:
    explicit StatusBreakdownChart(QWidget* parent = nullptr);

    void setFigures(const UserAnalytics& figures);
    // For tests: the slices' labels and values, in order.
    QList<QPieSlice*> slices() const;

private:
    QPieSeries* m_series;
    QPieSlice* m_active;
    QPieSlice* m_unverified;
    QPieSlice* m_disabled;
};

} // namespace keyledger
