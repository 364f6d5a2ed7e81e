#include "audit/AuditView.h"

#include "audit/AuditDiffPane.h"
#include "audit/AuditExportJob.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditLogModel.h"
#include "commands/UserCommandHandler.h"
#include "common/KeyledgerError.h"
#include "projections/ProjectionRunner.h"
#include "queries/AuditFilter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace keyledger {

AuditView::AuditView(const ViewServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_filters(new AuditFilterBar(this))
    , m_model(new AuditLogModel(services.viewsPath, this))
    , m_table(new QTableView(this))
    , m_diff(new AuditDiffPane(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_chooseFile = [this](const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    };

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("auditTableHeader"));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(AuditLogModel::Position, digit * 9);
    header->resizeSection(AuditLogModel::Time,
                          m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) +
                              digit * 3);
    header->resizeSection(AuditLogModel::User, digit * 14);
    header->resizeSection(AuditLogModel::Organization, digit * 12);
    header->resizeSection(AuditLogModel::Type, digit * 22);
    header->resizeSection(AuditLogModel::Actor, digit * 16);
    header->resizeSection(AuditLogModel::Source, digit * 14);

    m_count->setObjectName(QStringLiteral("auditCount"));
    m_error->setObjectName(QStringLiteral("auditError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_export->setObjectName(QStringLiteral("auditExportCsv"));
    m_export->setToolTip(tr(
        "Save the entries the filters match as CSV (spreadsheets), JSON Lines (verifiable with keyledger-cli "
        "audit verify) or a PDF report"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshThrottleMs);
    connect(m_refresh, &QTimer::timeout, m_model, &AuditLogModel::refresh);
    connect(&services.projections, &ProjectionRunner::projected, this, [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    });
    connect(&services.projections, &ProjectionRunner::changed, this, [this](const ProjectedChanges& changes) {
        if (changes.everything) // a rebuild swapped the tables: read them again
            applyFilters();
    });
    connect(m_filters, &AuditFilterBar::changed, this, &AuditView::applyFilters);
    connect(m_model, &AuditLogModel::matchingCountChanged, this, &AuditView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        showSelected();
    });
    connect(m_model, &AuditLogModel::errorChanged, this, &AuditView::updateError);
    // On a brand-new ledger the views database and its tables exist only once the projection
    // runner has opened it: a read failing before the runner's first report is not an error to
    // show (the count says the trail is being prepared; the report's refresh reads again). A
    // runner that cannot open the views (an unreadable file) makes the held-back error visible.
    m_viewsReady = services.projections.hasReported();
    connect(&services.projections, &ProjectionRunner::projected, this, [this] { m_viewsReady = true; });
    connect(&services.projections, &ProjectionRunner::failed, this, [this] {
        m_viewsReady = true;
        updateError();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditView::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const AuditEntry* entry = m_model->entryAt(index.row()); entry && !entry->userId.isNull())
            Q_EMIT userActivated(entry->userId);
    });
    connect(m_export, &QPushButton::clicked, this, &AuditView::exportFile);

    applyFilters();
}

AuditView::~AuditView() = default;

void AuditView::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

bool AuditView::isExporting() const
{
    return m_job && m_job->isRunning();
}

std::optional<AuditFilter> AuditView::currentFilter()
{
    AuditFilter filter;
    const QString user = m_filters->userText();
    if (!user.isEmpty()) {
        std::optional<QUuid> id;
        try {
            id = m_services.users.resolve(user);
        } catch (const KeyledgerError& error) {
            m_filters->setUserProblem(error.message());
            return std::nullopt;
        }
        if (!id) {
            m_filters->setUserProblem(tr("No user has the username or id “%1”.").arg(user));
            return std::nullopt;
        }
        filter.userId = *id;
    }
    m_filters->setUserProblem({});
    filter.actor = m_filters->actor();
    filter.type = m_filters->type();
    filter.source = m_filters->source();
    filter.from = m_filters->from();
    filter.to = m_filters->to();
    return filter;
}

void AuditView::applyFilters()
{
    const std::optional<AuditFilter> filter = currentFilter();
    if (filter)
        m_model->setFilter(*filter);
    else
        m_model->clear();
    m_export->setEnabled(filter.has_value() && !isExporting());
}

void AuditView::showUser(const QUuid& userId)
{
    m_filters->setUserText(userId.toString(QUuid::WithoutBraces));
}

void AuditView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_diff->setEntry(current.isValid() ? m_model->entryAt(current.row()) : nullptr);
}

void AuditView::updateError()
{
    const QString error = m_model->error();
    const bool shown = m_viewsReady && !error.isEmpty();
    m_error->setText(shown ? tr("The audit trail cannot be read yet: %1").arg(error) : QString());
    m_error->setVisible(shown);
    updateCount();
}

void AuditView::updateCount()
{
    if (m_model->isCleared()) {
        m_count->setText(tr("No user matches “%1”.").arg(m_filters->userText()));
        return;
    }
    if (!m_viewsReady && !m_model->error().isEmpty()) {
        m_count->setText(tr("Preparing the audit trail…"));
        return;
    }
    const qint64 matching = m_model->matchingCount();
    const QLocale locale;
    if (matching < 0)
        m_count->clear();
    else if (m_model->rowCount() < matching)
        m_count->setText(tr("%1 of %n entries loaded", nullptr, int(qMin<qint64>(matching, INT_MAX)))
                             .arg(locale.toString(m_model->rowCount())));
    else
        m_count->setText(tr("%n entries", nullptr, int(qMin<qint64>(matching, INT_MAX))));
}

AuditExportFormat AuditView::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("json"))
        return AuditExportFormat::JsonLines;
    if (suffix == QLatin1String("pdf"))
        return AuditExportFormat::Pdf;
    return AuditExportFormat::Csv;
}

void AuditView::exportFile()
{
    if (isExporting())
        return;
    const QString suggested =
        QDir::home().filePath(tr("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        m_chooseFile(tr("Export audit trail"), suggested,
                     tr("CSV files (*.csv);;JSON Lines, verifiable (*.jsonl);;PDF reports (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path, formatForPath(path));
}

void AuditView::exportTo(const QString& path, AuditExportFormat format)
{
    if (isExporting())
        return;
    const std::optional<AuditFilter> filter = currentFilter();
    if (!filter) {
        Q_EMIT exportFinished(false,
                              tr("Nothing to export: no user matches “%1”.").arg(m_filters->userText()));
        return;
    }
    AuditExportRequest request;
    request.ledgerPath = m_services.ledgerPath;
    request.viewsPath = m_services.viewsPath;
    request.filter = *filter;
    request.format = format;
    request.filterUser = m_filters->userText();
    delete m_job;
    m_job = new AuditExportJob(std::move(request), path, this);
    m_progress = new QProgressDialog(tr("Exporting the audit trail…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("auditExportProgress"));
    m_progress->setWindowTitle(tr("Export audit trail"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &AuditExportJob::cancel);
    connect(m_job, &AuditExportJob::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        // QProgressDialog counts in int: scale down the (rare) exports above its range.
        const int scale = total > INT_MAX ? int(total / INT_MAX + 1) : 1;
        m_progress->setMaximum(int(total / scale));
        m_progress->setValue(int(done / scale));
        m_progress->setLabelText(tr("Exporting the audit trail… %1 of %2 entries")
                                     .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_job, &AuditExportJob::finished, this, &AuditView::onExportFinished);
    m_export->setEnabled(false);
    m_job->start();
}

void AuditView::onExportFinished(const AuditExportResult& result)
{
    if (m_progress)
        m_progress->close();
    m_export->setEnabled(!m_model->isCleared());
    QString message;
    if (result.ok)
        message = tr("Exported %n entries to %1.", nullptr, int(qMin<qint64>(result.rows, INT_MAX)))
                      .arg(QDir::toNativeSeparators(result.path));
    else if (result.cancelled)
        message = tr("Export cancelled; no file was written.");
    else
        message = tr("Export failed: %1").arg(result.error);
    Q_EMIT statusMessage(message);
    Q_EMIT exportFinished(result.ok, message);
    m_job->deleteLater();
    m_job = nullptr;
}

} // namespace keyledger
