#include "sync/SyncView.h"

#include "commands/CommandContext.h"
#include "commands/UserCommandHandler.h"
#include "common/KeyledgerError.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "store/StoreNotifier.h"
#include "sync/OutboxModel.h"
#include "sync/SyncController.h"
#include "users/InlineMessage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace keyledger {

namespace {

constexpr int refreshDelayMs = 250;
constexpr int maxRowsPerState = 1000; // a page, not a report: the counts say how many in all

} // namespace

SyncView::SyncView(SqliteEventStore& store, UserCommandHandler& users, StoreNotifier* notifier,
                   SyncController* controller, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_users(users)
    , m_controller(controller)
    , m_outbox(std::make_unique<SqliteOutbox>(store.connection()))
    , m_model(new OutboxModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_connections(new QPushButton(tr("Connections…"), this))
    , m_message(new InlineMessage(this))
    , m_syncNow(new QAction(tr("&Sync Now"), this))
    , m_retry(new QAction(tr("&Retry"), this))
    , m_discard(new QAction(tr("&Discard…"), this))
    , m_confirm([this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    })
{
    setObjectName(QStringLiteral("syncView"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncNow->setStatusTip(tr("Send the waiting changes to Keycloak now"));
    m_syncNow->setEnabled(m_controller != nullptr);
    m_retry->setObjectName(QStringLiteral("retrySyncAction"));
    m_retry->setStatusTip(tr("Send the refused change again (fix the user's data first)"));
    m_discard->setObjectName(QStringLiteral("discardSyncAction"));
    m_discard->setStatusTip(tr("Give up this change: Keycloak keeps its version"));
    connect(m_syncNow, &QAction::triggered, this, &SyncView::syncNow);
    connect(m_retry, &QAction::triggered, this, &SyncView::retrySelected);
    connect(m_discard, &QAction::triggered, this, &SyncView::discardSelected);
    addAction(m_retry);
    addAction(m_discard);

    auto* title = new QLabel(tr("Outbox"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("syncSummaryLabel"));
    auto makeButton = [this](QAction* action) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return button;
    };
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    header->addWidget(makeButton(m_retry));
    header->addWidget(makeButton(m_discard));
    header->addWidget(makeButton(m_syncNow));

    m_notice->setObjectName(QStringLiteral("syncNoticeLabel"));
    m_notice->setWordWrap(true);
    m_connections->setObjectName(QStringLiteral("syncConnectionsButton"));
    connect(m_connections, &QPushButton::clicked, this, &SyncView::connectionsRequested);
    auto* noticeFrame = new QFrame(this);
    noticeFrame->setObjectName(QStringLiteral("syncNotice"));
    noticeFrame->setFrameShape(QFrame::StyledPanel);
    noticeFrame->setStyleSheet(QStringLiteral("#syncNotice { background: #fff8e1; border: 1px solid #ffd54f; "
                                              "border-radius: 4px; } QLabel { color: #5d4037; }"));
    auto* noticeLayout = new QHBoxLayout(noticeFrame);
    noticeLayout->setContentsMargins(8, 4, 4, 4);
    noticeLayout->addWidget(m_notice, 1);
    noticeLayout->addWidget(m_connections);

    m_table->setObjectName(QStringLiteral("outboxView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_retry);
    m_table->addAction(m_discard);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(OutboxModel::UserColumn, em * 12);
    m_table->setColumnWidth(OutboxModel::ChangeColumn, em * 10);
    m_table->setColumnWidth(OutboxModel::StateColumn, em * 6);
    m_table->setColumnWidth(OutboxModel::AttemptsColumn, em * 7);
    m_table->setColumnWidth(OutboxModel::NextAttemptColumn, em * 10);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncView::updateActions);

    m_empty->setObjectName(QStringLiteral("syncEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Nothing waiting: every change has reached Keycloak."));
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    m_detail->setObjectName(QStringLiteral("syncDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(noticeFrame);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_detail);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SyncView::refresh);
    if (notifier)
        connect(notifier, &StoreNotifier::appended, this, &SyncView::scheduleRefresh);
    if (m_controller) {
        connect(m_controller, &SyncController::statusChanged, this, [this](const SyncStatus& status) {
            if (status.counts.pending != m_seenPending || status.counts.failed != m_seenFailed ||
                status.inFlight != m_seenInFlight)
                scheduleRefresh();
            updateHeader();
        });
        connect(m_controller, &SyncController::profileChanged, this, &SyncView::updateHeader);
        connect(m_controller, &SyncController::problemChanged, this, &SyncView::updateHeader);
    }
    refresh();
}

SyncView::~SyncView() = default;

void SyncView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void SyncView::scheduleRefresh()
{
    m_dirty = true;
    // A hidden page reads nothing: it refreshes when it is shown.
    if (isVisible() && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void SyncView::refresh()
{
    m_refreshTimer.stop();
    m_dirty = false;
    QList<OutboxRow> rows;
    try {
        QList<OutboxEntry> entries =
            m_outbox->entries(QString(), OutboxSettlement::State::Failed, maxRowsPerState);
        entries += m_outbox->entries(QString(), OutboxSettlement::State::Pending, maxRowsPerState);
        std::sort(entries.begin(), entries.end(),
                  [](const OutboxEntry& a, const OutboxEntry& b) { return a.position < b.position; });
        // One read per user, for the username and the refused operations.
        QHash<QString, QString> usernames;
        QHash<qint64, QString> failedOperations;
        for (const OutboxEntry& entry : entries) {
            if (usernames.contains(entry.streamId))
                continue;
            const QList<RecordedEvent> history = m_store.readStream(entry.streamId);
            QString username;
            try {
                username = UserAggregate::fromHistory(history).state().personal.username;
            } catch (const KeyledgerError&) {
                // An unreadable stream still lists its rows, under its stream id.
            }
            usernames.insert(entry.streamId, username);
            for (const RecordedEvent& event : history) {
                if (event.type != QLatin1String("UserSyncFailed"))
                    continue;
                const UserEvent decoded = UserEventCodec::decode(event.type, event.data);
                if (const auto* failed = std::get_if<UserSyncFailed>(&decoded))
                    failedOperations.insert(failed->position, failed->operation);
            }
        }
        for (const OutboxEntry& entry : entries)
            rows.append(
                OutboxRow{entry, usernames.value(entry.streamId), failedOperations.value(entry.position)});
        m_seenPending = m_controller ? m_controller->status().counts.pending : -1;
        m_seenFailed = m_controller ? m_controller->status().counts.failed : -1;
        m_seenInFlight = m_controller ? m_controller->status().inFlight : -1;
    } catch (const KeyledgerError& error) {
        m_message->showError(tr("The outbox cannot be read: %1").arg(error.message()));
        return;
    }
    const OutboxRow* selected = selectedRow();
    const qint64 selectedPosition = selected ? selected->entry.position : -1;
    m_model->setRows(std::move(rows));
    if (const int row = m_model->rowOfPosition(selectedPosition); row >= 0)
        m_table->selectRow(row);
    m_table->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    updateActions();
    updateHeader();
}

const OutboxRow* SyncView::selectedRow() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? nullptr : m_model->rowAt(selected.first().row());
}

void SyncView::updateActions()
{
    const OutboxRow* row = selectedRow();
    const bool failed = row && row->entry.state == OutboxSettlement::State::Failed;
    m_retry->setEnabled(failed);
    m_discard->setEnabled(failed);
    if (!row) {
        m_detail->setText(m_model->rowCount() > 0 ? tr("Select a row to see its last error.") : QString());
        return;
    }
    if (failed)
        m_detail->setText(
            tr("Keycloak refused this change: %1\nFix the user and Retry, or Discard it to keep "
               "Keycloak's version. The user's later changes wait behind it.")
                .arg(row->entry.lastError));
    else if (!row->entry.lastError.isEmpty())
        m_detail->setText(tr("Last attempt failed: %1 (it will be tried again)").arg(row->entry.lastError));
    else
        m_detail->setText(tr("Waiting to be sent to Keycloak."));
}

void SyncView::updateHeader()
{
    qint64 pending = 0;
    qint64 failed = 0;
    for (const OutboxRow& row : m_model->rows()) {
        if (row.entry.state == OutboxSettlement::State::Failed)
            ++failed;
        else
            ++pending;
    }
    if (m_controller) {
        pending = std::max(pending, m_controller->status().counts.pending);
        failed = std::max(failed, m_controller->status().counts.failed);
    }
    m_summary->setText(tr("%n change(s) waiting", nullptr, int(std::min<qint64>(pending, INT_MAX))) +
                       QStringLiteral(" · ") +
                       tr("%n refused", nullptr, int(std::min<qint64>(failed, INT_MAX))));
    QString notice;
    if (!m_controller)
        notice = tr("Sync is not available in this window.");
    else if (!m_controller->profile())
        notice = tr("No server profile: changes stay in the outbox until you connect to Keycloak.");
    else if (!m_controller->problem().isEmpty())
        notice = m_controller->problem();
    m_notice->setText(notice);
    m_notice->parentWidget()->setVisible(!notice.isEmpty());
    m_connections->setVisible(m_controller != nullptr);
}

void SyncView::retrySelected()
{
    const OutboxRow* row = selectedRow();
    if (!row || row->entry.state != OutboxSettlement::State::Failed)
        return;
    const OutboxRow copy = *row;
    try {
        m_users.retrySync(UserAggregate::userIdFromStream(copy.entry.streamId), copy.entry.position,
                          CommandContext::localUser());
    } catch (const KeyledgerError& error) {
        m_message->showError(error.message());
        return;
    }
    Q_EMIT statusMessage(tr("The change to %1 will be sent again.").arg(copy.username), 5000);
    refresh();
    if (m_controller && m_controller->isWorkerRunning())
        m_controller->syncNow();
}

void SyncView::discardSelected()
{
    const OutboxRow* row = selectedRow();
    if (!row || row->entry.state != OutboxSettlement::State::Failed)
        return;
    const OutboxRow copy = *row;
    const QString text =
        tr("Discard the change “%1” of user %2?\n\nIt will never be sent: Keycloak keeps its own version of "
           "this user. The decision is recorded in the ledger, and the user's later changes are sent next.")
            .arg(OutboxModel::changeLabel(copy.entry.eventType), copy.username);
    if (!m_confirm(tr("Discard Change"), text))
        return;
    const QString operation = copy.failedOperation.isEmpty() ? copy.entry.eventType : copy.failedOperation;
    try {
        m_users.discardSync(UserAggregate::userIdFromStream(copy.entry.streamId), copy.entry.position,
                            operation, CommandContext::localUser());
    } catch (const KeyledgerError& error) {
        m_message->showError(error.message());
        return;
    }
    Q_EMIT statusMessage(tr("The change to %1 was discarded.").arg(copy.username), 5000);
    refresh();
    if (m_controller && m_controller->isWorkerRunning())
        m_controller->syncNow();
}

void SyncView::syncNow()
{
    if (!m_controller)
        return;
    m_controller->syncNow();
    Q_EMIT statusMessage(m_controller->profile() ? tr("Syncing with %1…").arg(m_controller->profile()->name)
                                                 : tr("No server profile: nothing can be sent."),
                         5000);
}

} // namespace keyledger
