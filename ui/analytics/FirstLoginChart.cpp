#include "analytics/FirstLoginChart.h"

#include "analytics/CountAxis.h"
#include "analytics/FirstLoginBuckets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

namespace keyledger {

FirstLoginChart::FirstLoginChart(QWidget* parent)
    : QChartView(parent)
    , m_users(new QBarSet(tr("Users")))
    , m_ranges(new QBarCategoryAxis)
    , m_count(new QValueAxis)
{
    setObjectName(QStringLiteral("analyticsFirstLoginChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    m_users->setColor(QColor(0x00, 0x89, 0x7b));
    m_users->setBorderColor(QColor(0x00, 0x69, 0x5c));
    m_users->setLabelColor(QColor(0x21, 0x21, 0x21)); // above the bars, on the chart's light background
    auto* series = new QBarSeries;
    series->append(m_users);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);

    auto* chart = new QChart;
    chart->setTitle(tr("Days to first login"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->addSeries(series);
    m_ranges->setTitleText(tr("Days from creation to first login"));
    m_count->setTitleText(tr("Users"));
    chart->addAxis(m_ranges, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    series->attachAxis(m_ranges);
    series->attachAxis(m_count);
    setChart(chart);
    setDistribution({});
}

void FirstLoginChart::setDistribution(const QList<QPair<int, int>>& distribution)
{
    const QList<FirstLoginBuckets::Bucket> buckets = FirstLoginBuckets::of(distribution);
    QStringList labels;
    QList<qreal> values;
    int highest = 0;
    int users = 0;
    for (const FirstLoginBuckets::Bucket& bucket : buckets) {
        labels.append(FirstLoginBuckets::label(bucket));
        values.append(bucket.users);
        highest = qMax(highest, bucket.users);
        users += bucket.users;
    }
    if (m_ranges->categories() != labels) {
        m_ranges->clear();
        m_ranges->append(labels);
    }
    m_users->remove(0, m_users->count());
    m_users->append(values);
    CountAxis::fit(m_count, highest);
    chart()->setTitle(users > 0 ? tr("Days to first login") : tr("Days to first login (nobody logged in)"));
}

QList<int> FirstLoginChart::values() const
{
    QList<int> result;
    for (int i = 0; i < m_users->count(); ++i)
        result.append(int(m_users->at(i)));
    return result;
}

} // namespace keyledger
