#include "sync/SyncStatusBar.h"

#include "projections/ProjectionRunner.h"
#include "store/EventStore.h"
#include "sync/SyncController.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace keyledger {

namespace {

QPixmap dot(const QColor& colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, INT_MAX));
}

} // namespace

SyncStatusBar::SyncStatusBar(SyncController& controller, ProjectionRunner* projections, EventStore* store,
                             QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_projections(projections)
    , m_store(store)
    , m_profile(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_failed(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_lag(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatusBar"));
    m_profile->setObjectName(QStringLiteral("syncProfileLabel"));
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_pending->setObjectName(QStringLiteral("syncPendingLabel"));
    m_failed->setObjectName(QStringLiteral("syncFailedLabel"));
    m_lastSync->setObjectName(QStringLiteral("syncLastLabel"));
    m_lag->setObjectName(QStringLiteral("syncLagLabel"));
    m_profile->setCursor(Qt::PointingHandCursor);
    m_profile->setToolTip(tr("Server profiles (click to manage)"));
    m_profile->installEventFilter(this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_profile);
    auto* state = new QHBoxLayout;
    state->setSpacing(4);
    state->addWidget(m_stateIcon);
    state->addWidget(m_state);
    layout->addLayout(state);
    layout->addWidget(m_pending);
    layout->addWidget(m_failed);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_lag);

    connect(&m_controller, &SyncController::statusChanged, this, &SyncStatusBar::update);
    connect(&m_controller, &SyncController::profileChanged, this, &SyncStatusBar::update);
    connect(&m_controller, &SyncController::problemChanged, this, &SyncStatusBar::update);
    if (m_projections && m_store)
        connect(m_projections, &ProjectionRunner::projected, this, &SyncStatusBar::updateLag);
    m_clock.setInterval(30'000);
    connect(&m_clock, &QTimer::timeout, this, &SyncStatusBar::update);
    m_clock.start();
    update();
}

QString SyncStatusBar::ago(qint64 lastMs, qint64 nowMs)
{
    const qint64 seconds = std::max<qint64>(0, (nowMs - lastMs) / 1000);
    if (seconds < 60)
        return tr("synced just now");
    if (seconds < 3600)
        return tr("synced %n min ago", nullptr, clampToInt(seconds / 60));
    if (seconds < 86'400)
        return tr("synced %n h ago", nullptr, clampToInt(seconds / 3600));
    return tr("synced on %1")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(lastMs).date(), QLocale::ShortFormat));
}

void SyncStatusBar::update()
{
    const SyncStatus& status = m_controller.status();
    const std::optional<ServerProfile>& profile = m_controller.profile();
    const int iconSize = fontMetrics().height() * 2 / 3;

    m_profile->setText(profile ? profile->name : tr("No server"));
    QColor colour(0x9e, 0x9e, 0x9e);
    QString text;
    QString tip;
    if (!profile) {
        text = tr("Local only");
        tip = tr("No server profile: changes wait in the outbox. Server > Connections… adds one.");
    } else if (!m_controller.problem().isEmpty()) {
        colour = QColor(0xc6, 0x28, 0x28);
        text = tr("Paused");
        tip = m_controller.problem();
    } else {
        switch (status.connection) {
        case SyncStatus::Connection::Online:
            colour = QColor(0x2e, 0x7d, 0x32);
            text = tr("Online");
            break;
        case SyncStatus::Connection::Offline:
            colour = QColor(0xef, 0x6c, 0x00);
            text = status.circuitOpen ? tr("Offline (waiting)") : tr("Offline");
            tip = status.lastError;
            break;
        case SyncStatus::Connection::Syncing:
            colour = QColor(0x15, 0x65, 0xc0);
            text = tr("Syncing");
            break;
        case SyncStatus::Connection::Unknown:
            // The worker learns the server's state from its first delivery: none yet.
            text = m_controller.isWorkerRunning() ? tr("Idle") : tr("Starting");
            tip = tr("Nothing sent yet: the connection is checked with the next change.");
            break;
        }
        if (status.circuitOpen && status.circuitReopensAtMs > 0)
            tip =
                tr("%1\nNext attempt at %2")
                    .arg(status.lastError,
                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(status.circuitReopensAtMs).time(),
                                            QLocale::ShortFormat));
    }
    m_stateIcon->setPixmap(dot(colour, iconSize));
    m_state->setText(text);
    m_state->setToolTip(tip);
    m_stateIcon->setToolTip(tip);

    m_pending->setText(tr("%n pending", nullptr, clampToInt(status.counts.pending)));
    m_pending->setToolTip(tr("Changes waiting to reach Keycloak"));
    m_failed->setText(tr("%n failed", nullptr, clampToInt(status.counts.failed)));
    m_failed->setToolTip(tr("Changes Keycloak refused: see the Sync page to retry or discard them"));
    m_failed->setStyleSheet(status.counts.failed > 0 ? QStringLiteral("color: #c62828; font-weight: bold;")
                                                     : QString());
    m_lastSync->setVisible(status.lastSuccessAtMs > 0);
    if (status.lastSuccessAtMs > 0) {
        m_lastSync->setText(ago(status.lastSuccessAtMs, QDateTime::currentMSecsSinceEpoch()));
        m_lastSync->setToolTip(
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(status.lastSuccessAtMs), QLocale::LongFormat));
    }
    updateLag();
}

void SyncStatusBar::updateLag()
{
    const qint64 lag =
        m_projections && m_store ? m_store->lastPosition() - m_projections->projectedPosition() : 0;
    m_lag->setVisible(lag > 0);
    m_lag->setText(tr("views %n event(s) behind", nullptr, clampToInt(lag)));
}

bool SyncStatusBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_profile && event->type() == QEvent::MouseButtonRelease)
        Q_EMIT connectionsRequested();
    return QWidget::eventFilter(watched, event);
}

} // namespace keyledger
