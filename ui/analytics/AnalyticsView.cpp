#include "analytics/AnalyticsView.h"

#include "analytics/AnalyticsController.h"
#include "analytics/AnalyticsCsvWriter.h"
#include "analytics/AnalyticsFilterBar.h"
#include "analytics/DashboardImageWriter.h"
#include "analytics/FigureCard.h"
#include "analytics/FirstLoginChart.h"
#include "analytics/SignUpsChart.h"
#include "analytics/StatusBreakdownChart.h"
#include "projections/ProjectionRunner.h"
#include "queries/UserStatus.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace keyledger {

namespace {

FigureCard* card(const QString& name, const QString& caption, const QColor& accent, QWidget* parent)
{
    auto* figure = new FigureCard(caption, accent, parent);
    figure->setObjectName(name);
    return figure;
}

QString shareOf(qint64 part, qint64 total)
{
    if (total <= 0)
        return {};
    return AnalyticsView::tr("%1% of users")
        .arg(QLocale().toString(100.0 * double(part) / double(total), 'f', 0));
}

} // namespace

AnalyticsView::AnalyticsView(const ViewServices& services, QWidget* parent)
    : QWidget(parent)
    , m_controller(new AnalyticsController(services, this))
    , m_filters(new AnalyticsFilterBar(this))
    , m_error(new QLabel(this))
    , m_dashboard(new QWidget(this))
    , m_total(card(QStringLiteral("figureTotal"), tr("Users"), QColor(0x37, 0x47, 0x4f), m_dashboard))
    , m_active(card(QStringLiteral("figureActive"), tr("Active"),
                    QColor(UserStatus::colour(UserStatus::Active)), m_dashboard))
    , m_inactive(card(QStringLiteral("figureInactive"), tr("Inactive (disabled)"),
                      QColor(UserStatus::colour(UserStatus::Disabled)), m_dashboard))
    , m_verified(card(QStringLiteral("figureVerified"), tr("E-mail verified"), QColor(0x15, 0x65, 0xc0),
                      m_dashboard))
    , m_withLogin(card(QStringLiteral("figureWithLogin"), tr("Logged in at least once"),
                       QColor(0x00, 0x89, 0x7b), m_dashboard))
    , m_daysToFirstLogin(card(QStringLiteral("figureDaysToFirstLogin"), tr("Average days to first login"),
                              QColor(0x6a, 0x1b, 0x9a), m_dashboard))
    , m_statusChart(new StatusBreakdownChart(m_dashboard))
    , m_signUpsChart(new SignUpsChart(m_dashboard))
    , m_firstLoginChart(new FirstLoginChart(m_dashboard))
{
    setObjectName(QStringLiteral("analyticsView"));
    m_dashboard->setObjectName(QStringLiteral("analyticsDashboard"));
    m_dashboard->setAutoFillBackground(true);
    m_chooseFile = [this](const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    };

    m_error->setObjectName(QStringLiteral("analyticsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->hide();

    auto* exportCsvButton = new QPushButton(tr("Export CSV…"), this);
    exportCsvButton->setObjectName(QStringLiteral("analyticsExportCsv"));
    exportCsvButton->setToolTip(tr("Save the figures and the series as a CSV file"));
    auto* savePngButton = new QPushButton(tr("Save as PNG…"), this);
    savePngButton->setObjectName(QStringLiteral("analyticsSavePng"));
    savePngButton->setToolTip(tr("Save the dashboard as an image"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addWidget(exportCsvButton);
    top->addWidget(savePngButton);

    auto* cards = new QHBoxLayout;
    for (FigureCard* figure : {m_total, m_active, m_inactive, m_verified, m_withLogin, m_daysToFirstLogin})
        cards->addWidget(figure, 1);
    auto* charts = new QGridLayout;
    // The donut beside the days to first login; the weekly sign-ups, which may span years, below
    // at full width.
    charts->addWidget(m_statusChart, 0, 0);
    charts->addWidget(m_firstLoginChart, 0, 1);
    charts->addWidget(m_signUpsChart, 1, 0, 1, 2);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1); // an even split leaves the status legend room for its labels
    auto* dashboardLayout = new QVBoxLayout(m_dashboard);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    dashboardLayout->addLayout(cards);
    dashboardLayout->addLayout(charts, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_dashboard, 1);

    connect(exportCsvButton, &QPushButton::clicked, this, &AnalyticsView::exportCsv);
    connect(savePngButton, &QPushButton::clicked, this, &AnalyticsView::savePng);
    connect(m_filters, &AnalyticsFilterBar::changed, this,
            [this] { m_controller->setQuery(m_filters->query()); });
    connect(m_controller, &AnalyticsController::updated, this, &AnalyticsView::display);
    connect(m_controller, &AnalyticsController::failed, this, [this](const QString& message) {
        m_lastError = message;
        updateError();
    });
    // On a brand-new ledger the views database and its tables exist only once the projection
    // runner has opened it: a read failing before the runner's first report is not an error to
    // show (the cards keep their placeholders and the report's refresh reads again). A runner
    // that cannot open the views (an unreadable file) makes the held-back error visible.
    m_viewsReady = services.projections.hasReported();
    connect(&services.projections, &ProjectionRunner::projected, this, [this] { m_viewsReady = true; });
    connect(&services.projections, &ProjectionRunner::failed, this, [this] {
        m_viewsReady = true;
        updateError();
    });
    connect(m_controller, &AnalyticsController::organizationsChanged, m_filters,
            &AnalyticsFilterBar::setOrganizations);

    m_controller->setQuery(m_filters->query());
}

AnalyticsView::~AnalyticsView() = default;

void AnalyticsView::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

void AnalyticsView::setOrganizations(const QStringList& organizations)
{
    m_controller->setOrganizations(organizations);
}

void AnalyticsView::updateError()
{
    m_error->setText(m_lastError.isEmpty() ? QString()
                                           : tr("The analytics cannot be read yet: %1").arg(m_lastError));
    m_error->setVisible(m_viewsReady && !m_lastError.isEmpty());
}

void AnalyticsView::display(const AnalyticsSnapshot& snapshot)
{
    m_lastError.clear();
    m_error->hide();
    const UserAnalytics& figures = snapshot.figures;
    const QLocale locale;
    m_total->setValue(locale.toString(figures.total),
                      snapshot.unverified() > 0 ? tr("%n unverified", nullptr, int(snapshot.unverified()))
                                                : QString());
    m_active->setValue(locale.toString(figures.active), shareOf(figures.active, figures.total));
    m_inactive->setValue(locale.toString(figures.inactive), shareOf(figures.inactive, figures.total));
    m_verified->setValue(locale.toString(figures.verified), shareOf(figures.verified, figures.total));
    m_withLogin->setValue(locale.toString(figures.withLogin), shareOf(figures.withLogin, figures.total));
    if (figures.averageDaysToFirstLogin)
        m_daysToFirstLogin->setValue(locale.toString(*figures.averageDaysToFirstLogin, 'f', 1),
                                     tr("over %n users", nullptr, int(figures.withLogin)));
    else
        m_daysToFirstLogin->setValue(QStringLiteral("—"), tr("nobody logged in yet"));
    m_statusChart->setFigures(figures);
    m_signUpsChart->setWeeks(snapshot.signUpsPerWeek);
    m_firstLoginChart->setDistribution(snapshot.daysToFirstLogin);
}

QString AnalyticsView::suggestedPath(const QString& suffix) const
{
    const std::optional<QString>& organization = m_controller->query().organizationId;
    QString name = organization && !organization->isEmpty() ? *organization : tr("all");
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
    return QDir::home().filePath(tr("analytics-%1-%2").arg(name, QDate::currentDate().toString(Qt::ISODate)) +
                                 suffix);
}

void AnalyticsView::exportCsv()
{
    const QString path =
        m_chooseFile(tr("Export analytics"), suggestedPath(QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

bool AnalyticsView::exportCsvTo(const QString& path)
{
    QString error;
    const bool ok = AnalyticsCsvWriter::write(path, m_controller->snapshot(), &error);
    Q_EMIT statusMessage(ok ? tr("Analytics exported to %1.").arg(QDir::toNativeSeparators(path)) : error);
    return ok;
}

void AnalyticsView::savePng()
{
    const QString path = m_chooseFile(tr("Save dashboard as image"), suggestedPath(QStringLiteral(".png")),
                                      tr("PNG images (*.png)"));
    if (!path.isEmpty())
        savePngTo(path);
}

bool AnalyticsView::savePngTo(const QString& path)
{
    QString error;
    const bool ok = DashboardImageWriter::write(m_dashboard, path, &error);
    Q_EMIT statusMessage(ok ? tr("Dashboard saved to %1.").arg(QDir::toNativeSeparators(path)) : error);
    return ok;
}

} // namespace keyledger
