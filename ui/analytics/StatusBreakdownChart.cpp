#include "analytics/StatusBreakdownChart.h"

#include "queries/UserAnalytics.h"
#include "queries/UserStatus.h"

#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace keyledger {

namespace {

QPieSlice* sliceFor(UserStatus::Value status, QPieSeries* series)
{
    auto* slice = new QPieSlice(UserStatus::label(status), 0, series);
    const QColor colour(UserStatus::colour(status));
    slice->setColor(colour);
    slice->setBorderColor(colour);
    series->append(slice);
    return slice;
}

} // namespace

StatusBreakdownChart::StatusBreakdownChart(QWidget* parent)
    : QChartView(parent)
    , m_series(new QPieSeries)
{
    setObjectName(QStringLiteral("analyticsStatusChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 220);
    m_series->setHoleSize(0.45);
    m_series->setPieSize(0.8);
    m_active = sliceFor(UserStatus::Active, m_series);
    m_unverified = sliceFor(UserStatus::Unverified, m_series);
    m_disabled = sliceFor(UserStatus::Disabled, m_series);

    auto* chart = new QChart;
    chart->setTitle(tr("Users by status"));
    chart->addSeries(m_series);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    setChart(chart); // the view owns the chart from here
}

void StatusBreakdownChart::setFigures(const UserAnalytics& figures)
{
    const qint64 unverified = figures.total - figures.inactive - figures.active;
    const QLocale locale;
    auto show = [&](QPieSlice* slice, UserStatus::Value status, qint64 users) {
        slice->setValue(double(users));
        const QString share = figures.total > 0
                                  ? locale.toString(100.0 * double(users) / double(figures.total), 'f', 0)
                                  : QString();
        slice->setLabel(figures.total > 0
                            ? tr("%1: %2 (%3%)").arg(UserStatus::label(status), locale.toString(users), share)
                            : tr("%1: %2").arg(UserStatus::label(status), locale.toString(users)));
    };
    show(m_active, UserStatus::Active, figures.active);
    show(m_unverified, UserStatus::Unverified, unverified);
    show(m_disabled, UserStatus::Disabled, figures.inactive);
    chart()->setTitle(figures.total > 0 ? tr("Users by status") : tr("Users by status (no users)"));
}

QList<QPieSlice*> StatusBreakdownChart::slices() const
{
    return m_series->slices();
}

} // namespace keyledger
