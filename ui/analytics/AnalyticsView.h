#pragma once

#include "common/ViewServices.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace keyledger {

class AnalyticsController;
class AnalyticsFilterBar;
class FigureCard;
class FirstLoginChart;
class SignUpsChart;
class StatusBreakdownChart;
struct AnalyticsSnapshot;

// The analytics dashboard: organisation and creation-date selectors, figure cards (total,
// active, inactive, verified, with a login, average days to first login) and three charts
// (status breakdown in the users list's colours, sign-ups per week, days to first login).
// Exports the figures and series as CSV and the dashboard as PNG. Follows the projection on its
// own; the reading is AnalyticsController's.
class AnalyticsView : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save: (caption, suggested file, name filter) -> path, "" when cancelled.
    // QFileDialog::getSaveFileName by default; tests set their own.
    using FileChooser = std::function<QString(const QString&, const QString&, const QString&)>;

    explicit AnalyticsView(const ViewServices& services, QWidget* parent = nullptr);
    ~AnalyticsView() override;

    void setFileChooser(FileChooser chooser);
    // The organisations offered in the selector (more are learnt as the projection reports them).
    void setOrganizations(const QStringList& organizations);

    AnalyticsController* controller() const { return m_controller; }
    AnalyticsFilterBar* filterBar() const { return m_filters; }
    // The part that "Save as PNG" saves: cards and charts, without the buttons.
    QWidget* dashboard() const { return m_dashboard; }

public Q_SLOTS:
    void exportCsv();
    bool exportCsvTo(const QString& path);
    void savePng();
    bool savePngTo(const QString& path);

Q_SIGNALS:
    // A short message for the main window's status bar.
    void statusMessage(const QString& message);

private:
    void display(const AnalyticsSnapshot& snapshot);
    // Shows the last read's error, unless the views may simply not exist yet.
    void updateError();
    QString suggestedPath(const QString& suffix) const;

    AnalyticsController* m_controller;
    AnalyticsFilterBar* m_filters;
    QLabel* m_error;
    QWidget* m_dashboard;
    FigureCard* m_total;
    FigureCard* m_active;
    FigureCard* m_inactive;
    FigureCard* m_verified;
    FigureCard* m_withLogin;
    FigureCard* m_daysToFirstLogin;
    StatusBreakdownChart* m_statusChart;
    SignUpsChart* m_signUpsChart;
    FirstLoginChart* m_firstLoginChart;
    FileChooser m_chooseFile;
    QString m_lastError;       // of the last read; empty when it succeeded
    bool m_viewsReady = false; // the projection runner has reported (or failed) at least once
};

} // namespace keyledger
