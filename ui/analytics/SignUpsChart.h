#pragma once

#include <QChartView>
#include <QDate>
#include <QList>
#include <QPair>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace keyledger {

// Sign-ups per ISO week as a line over a date axis: readable for a few weeks and for years.
class SignUpsChart : public QChartView
{
    Q_OBJECT

public:
    explicit SignUpsChart(QWidget* parent = nullptr);

    void setWeeks(const QList<QPair<QDate, int>>& weeks);
    int pointCount() const;

private:
    QLineSeries* m_series;
    QDateTimeAxis* m_time;
    QValueAxis* m_count;
};

} // namespace keyledger
