#include "analytics/SignUpsChart.h"

#include "analytics/CountAxis.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace keyledger {

SignUpsChart::SignUpsChart(QWidget* parent)
    : QChartView(parent)
    , m_series(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_count(new QValueAxis)
{
    setObjectName(QStringLiteral("analyticsSignUpsChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    m_series->setName(tr("Sign-ups"));
    QPen pen(QColor(0x15, 0x65, 0xc0));
    pen.setWidth(2);
    m_series->setPen(pen);
    m_series->setPointsVisible(true);

    auto* chart = new QChart;
    chart->setTitle(tr("Sign-ups per week"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->addSeries(m_series);
    m_time->setFormat(QStringLiteral("d MMM yy"));
    m_time->setTitleText(tr("Week starting"));
    m_count->setTitleText(tr("Users"));
    m_count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_count);
    setChart(chart);
    setWeeks({});
}

void SignUpsChart::setWeeks(const QList<QPair<QDate, int>>& weeks)
{
    QList<QPointF> points;
    points.reserve(weeks.size());
    int highest = 0;
    for (const auto& [monday, users] : weeks) {
        points.append(QPointF(double(monday.startOfDay().toMSecsSinceEpoch()), users));
        highest = qMax(highest, users);
    }
    m_series->replace(points);
    QDate first = weeks.isEmpty() ? QDate::currentDate().addDays(-28) : weeks.first().first;
    QDate last = weeks.isEmpty() ? QDate::currentDate() : weeks.last().first;
    if (first.daysTo(last) < 21) { // a few weeks: centre them on a month
        const qint64 pad = (28 - first.daysTo(last)) / 2;
        first = first.addDays(-pad);
        last = last.addDays(pad);
    }
    m_time->setRange(first.startOfDay(), last.startOfDay());
    m_time->setTickCount(qBound(2, int(weeks.size()), 6));
    m_time->setFormat(first.daysTo(last) > 400 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    CountAxis::fit(m_count, highest);
    chart()->setTitle(weeks.isEmpty() ? tr("Sign-ups per week (none)") : tr("Sign-ups per week"));
}

int SignUpsChart::pointCount() const
{
    return m_series->count();
}

} // namespace keyledger
