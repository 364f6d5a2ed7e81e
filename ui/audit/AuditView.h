#pragma once

#include "common/ViewServices.h"
#include "export/AuditExportFormat.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace keyledger {

class AuditDiffPane;
class AuditExportJob;
class AuditFilterBar;
class AuditLogModel;
struct AuditExportResult;
struct AuditFilter;

// The realm-wide audit trail: filters (user, actor, event, source, dates), the matching entries
// fetched page by page as the table scrolls, the field diff of the selected entry, and an
// export (CSV, JSON Lines or PDF, chosen in the save dialog by the file's type) that runs on a
// worker thread behind a cancellable progress dialog. Follows the
// projection on its own (throttled).
class AuditView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshThrottleMs = 500;
    // The format a chosen file name asks for: .jsonl/.json -> JSON Lines, .pdf -> PDF, else CSV.
    static AuditExportFormat formatForPath(const QString& path);
    // Asks where to save: (caption, suggested file, name filter) -> path, "" when cancelled.
    // QFileDialog::getSaveFileName by default; tests set their own.
    using FileChooser = std::function<QString(const QString&, const QString&, const QString&)>;

    explicit AuditView(const ViewServices& services, QWidget* parent = nullptr);
    ~AuditView() override;

    void setFileChooser(FileChooser chooser);

    AuditLogModel* model() const { return m_model; }
    AuditFilterBar* filterBar() const { return m_filters; }
    AuditDiffPane* diffPane() const { return m_diff; }
    QTableView* table() const { return m_table; }
    bool isExporting() const;

public Q_SLOTS:
    // Reads the filter inputs again and reloads the table.
    void applyFilters();
    // Shows the history of one user (e.g. from the users list).
    void showUser(const QUuid& userId);
    // Asks for a file; its extension (.csv, .jsonl, .pdf) chooses the format; then exportTo().
    void exportFile();
    // Starts exporting what the filters match; exportFinished() tells the outcome.
    void exportTo(const QString& path, keyledger::AuditExportFormat format);
    void exportCsvTo(const QString& path) { exportTo(path, AuditExportFormat::Csv); }

Q_SIGNALS:
    // A row was double-clicked: the main window may open that user.
    void userActivated(const QUuid& userId);
    // A short message for the main window's status bar.
    void statusMessage(const QString& message);
    void exportFinished(bool ok, const QString& message);

private:
    // The filter the inputs describe; std::nullopt when it cannot match (unknown user).
    std::optional<AuditFilter> currentFilter();
    void showSelected();
    // Shows the model's read error, unless the views may simply not exist yet.
    void updateError();
    void updateCount();
    void onExportFinished(const AuditExportResult& result);

    ViewServices m_services;
    AuditFilterBar* m_filters;
    AuditLogModel* m_model;
    QTableView* m_table;
    AuditDiffPane* m_diff;
    QLabel* m_count;
    QLabel* m_error;
    QPushButton* m_export;
    QTimer* m_refresh;
    FileChooser m_chooseFile;
    AuditExportJob* m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_viewsReady = false; // the projection runner has reported (or failed) at least once
};

} // namespace keyledger
