#include "users/UserDetailPanel.h"

#include "audit/AuditDiffPane.h"
#include "common/KeyledgerError.h"
#include "projections/ProjectionRunner.h"
#include "queries/AuditQueries.h"
#include "queries/CachedQueries.h"
#include "users/InlineMessage.h"
#include "users/UserHistoryModel.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace keyledger {

namespace {

constexpr int messageTimeoutMs = 5000;

QString timeText(const QDateTime& time)
{
    if (!time.isValid())
        return UserDetailPanel::tr("never");
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString byText(const QDateTime& time, const QString& actor)
{
    if (!time.isValid())
        return UserDetailPanel::tr("never");
    return actor.isEmpty() ? timeText(time) : UserDetailPanel::tr("%1 by %2").arg(timeText(time), actor);
}

QString syncStateLabel(const QString& state)
{
    if (state == QLatin1String("synced"))
        return UserDetailPanel::tr("Synced with Keycloak");
    if (state == QLatin1String("pending"))
        return UserDetailPanel::tr("Waiting to be sent to Keycloak");
    if (state == QLatin1String("failed"))
        return UserDetailPanel::tr("Refused by Keycloak");
    if (state == QLatin1String("local-only"))
        return UserDetailPanel::tr("Only in this ledger");
    return state;
}

} // namespace

UserDetailPanel::UserDetailPanel(const ViewServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_syncActions(services.store, services.users)
{
    setObjectName(QStringLiteral("userDetailPanel"));
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    };
    build();
    setAsOfLoader({});
    setUser({});
}

UserDetailPanel::~UserDetailPanel() = default;

void UserDetailPanel::build()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_asOfEdit = new QDateTimeEdit(this);
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setTimeSpec(Qt::UTC);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_asOfEdit->setDateTime(QDateTime::currentDateTimeUtc());
    m_nowButton = new QPushButton(tr("&Now"), this);
    m_nowButton->setObjectName(QStringLiteral("asOfNowButton"));
    m_nowButton->setToolTip(tr("Show the user as it is now"));
    m_asOfNote = new QLabel(this);
    m_asOfNote->setObjectName(QStringLiteral("asOfNote"));
    m_asOfNote->setWordWrap(true);
    m_asOfNote->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_asOfNote->hide();
    connect(m_asOfEdit, &QDateTimeEdit::editingFinished, this,
            [this] { setAsOf(m_asOfEdit->dateTime().toUTC()); });
    connect(m_nowButton, &QPushButton::clicked, this, [this] { setAsOf({}); });

    auto* asOfRow = new QHBoxLayout;
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOfEdit);
    asOfRow->addWidget(asOfLabel);
    asOfRow->addWidget(m_asOfEdit, 1);
    asOfRow->addWidget(m_nowButton);

    m_message = new InlineMessage(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(buildDetailsTab(), tr("&Details"));
    m_tabs->addTab(buildHistoryTab(), tr("&History"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(asOfRow);
    layout->addWidget(m_asOfNote);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
}

QWidget* UserDetailPanel::buildDetailsTab()
{
    auto* page = new QWidget;
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const std::pair<const char*, QString> rows[] = {
        {"username", tr("Username:")},
        {"name", tr("Name:")},
        {"email", tr("E-mail:")},
        {"status", tr("Status:")},
        {"organization", tr("Organisation:")},
        {"roles", tr("Roles:")},
        {"created", tr("Created:")},
        {"updated", tr("Updated:")},
        {"firstLogin", tr("First login:")},
        {"lastLogin", tr("Last login:")},
        {"keycloakId", tr("Keycloak id:")},
        {"version", tr("Version:")},
        {"sync", tr("Sync:")},
    };
    for (const auto& [key, label] : rows) {
        auto* value = new QLabel(page);
        value->setObjectName(QStringLiteral("value_") + QLatin1String(key));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, value);
        m_values.insert(QLatin1String(key), value);
    }

    m_syncBox = new QWidget(page);
    m_syncBox->setObjectName(QStringLiteral("syncBox"));
    m_syncText = new QLabel(m_syncBox);
    m_syncText->setObjectName(QStringLiteral("syncErrorLabel"));
    m_syncText->setWordWrap(true);
    m_syncText->setTextFormat(Qt::PlainText);
    m_syncText->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_retry = new QPushButton(tr("&Retry"), m_syncBox);
    m_retry->setObjectName(QStringLiteral("retrySyncButton"));
    m_retry->setToolTip(tr("Send the refused change again (fix the user's data first)"));
    m_discard = new QPushButton(tr("D&iscard…"), m_syncBox);
    m_discard->setObjectName(QStringLiteral("discardSyncButton"));
    m_discard->setToolTip(tr("Give up this change: Keycloak keeps its version"));
    connect(m_retry, &QPushButton::clicked, this, &UserDetailPanel::retrySync);
    connect(m_discard, &QPushButton::clicked, this, &UserDetailPanel::discardSync);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    auto* syncLayout = new QVBoxLayout(m_syncBox);
    syncLayout->setContentsMargins(0, 0, 0, 0);
    syncLayout->addWidget(m_syncText);
    syncLayout->addLayout(buttons);
    m_syncBox->hide();

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(m_form);
    layout->addWidget(m_syncBox);
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget* UserDetailPanel::buildHistoryTab()
{
    auto* splitter = new QSplitter(Qt::Vertical);
    m_history = new UserHistoryModel(this);
    m_historyTable = new QTableView(splitter);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setModel(m_history);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setWordWrap(false);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_diff = new AuditDiffPane(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_diff->setEntry(m_history->entryAt(current.row())); });
    return splitter;
}

void UserDetailPanel::setAsOfLoader(UserAsOfJob::Loader loader)
{
    m_asOfLoader = std::move(loader);
    const bool available = bool(m_asOfLoader);
    m_asOfEdit->setEnabled(available);
    m_nowButton->setEnabled(available);
    const QString why = available ? tr("Show the user as it was at this moment (UTC)")
                                  : tr("Time travel is not available in this build.");
    m_asOfEdit->setToolTip(why);
}

void UserDetailPanel::setAsOf(const QDateTime& at)
{
    if (!m_asOfLoader)
        return;
    m_asOf = at.isValid() ? at.toUTC() : QDateTime();
    if (!m_asOf.isValid()) {
        const QSignalBlocker blocker(m_asOfEdit);
        m_asOfEdit->setDateTime(QDateTime::currentDateTimeUtc());
    }
    startAsOf();
}

bool UserDetailPanel::ensureQueries()
{
    if (m_queries && m_audit)
        return true;
    try {
        if (!m_queries)
            m_queries = std::make_unique<CachedQueries>(m_services.viewsPath, m_services.cache, [this] {
                return m_services.projections.projectedPosition();
            });
        if (!m_audit)
            m_audit = std::make_unique<AuditQueries>(m_services.viewsPath);
        return true;
    } catch (const KeyledgerError&) {
        return false; // the views database is not there yet
    }
}

void UserDetailPanel::setUser(const QUuid& userId)
{
    m_userId = userId;
    refresh();
}

void UserDetailPanel::refresh()
{
    m_message->dismiss();
    m_current.reset();
    m_refused.reset();
    if (!m_userId.isNull() && ensureQueries()) {
        try {
            m_current = m_queries->detail(m_userId);
            // From the outbox itself, not the read model: Retry must act on the row as it is now.
            if (m_current)
                m_refused = m_syncActions.refusedHead(m_userId);
        } catch (const KeyledgerError& error) {
            m_message->showError(error.message());
        }
    }
    showHistory();
    if (m_asOf.isValid() && m_asOfLoader)
        startAsOf();
    else
        showUser(m_current);
}

void UserDetailPanel::showHistory()
{
    const qint64 selected = [this] {
        const AuditEntry* entry = m_history->entryAt(m_historyTable->currentIndex().row());
        return entry ? entry->position : qint64(0);
    }();
    QList<AuditEntry> entries;
    if (m_current && m_audit) {
        try {
            AuditFilter filter;
            filter.userId = m_userId;
            entries = m_audit->entries(filter);
        } catch (const KeyledgerError& error) {
            m_message->showError(tr("The history cannot be read: %1").arg(error.message()));
        }
    }
    m_history->setEntries(std::move(entries));
    // Keep the entry the admin was reading; otherwise the newest one.
    int row = m_history->rowOfPosition(selected);
    if (row < 0)
        row = m_history->rowCount() - 1;
    if (row >= 0) {
        m_historyTable->selectRow(row);
        m_historyTable->scrollTo(m_history->index(row, 0));
    } else {
        m_diff->setEntry(nullptr);
    }
}

void UserDetailPanel::setValue(const char* key, const QString& text)
{
    if (QLabel* label = m_values.value(QLatin1String(key)))
        label->setText(text);
}

void UserDetailPanel::showUser(const std::optional<UserDetail>& user)
{
    m_shown = user;
    const bool past = m_asOf.isValid();
    m_asOfNote->setVisible(past);
    if (past)
        m_asOfNote->setText(user ? tr("As it was on %1 UTC. Actions apply to the user as it is now.")
                                       .arg(m_asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 : tr("This user did not exist on %1 UTC.")
                                       .arg(m_asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_tabs->setEnabled(bool(user) || !m_userId.isNull());
    if (!user) {
        m_title->setText(m_userId.isNull() ? tr("No user selected") : tr("User not found"));
        for (QLabel* label : std::as_const(m_values))
            label->clear();
        m_syncBox->hide();
        return;
    }
    m_title->setText(user->deleted ? tr("%1 (deleted)").arg(user->username) : user->username);
    setValue("username", user->username);
    const QString name = QStringList{user->firstName, user->lastName}.join(QLatin1Char(' ')).trimmed();
    setValue("name", name.isEmpty() ? tr("(none)") : name);
    setValue("email", user->email.isEmpty() ? tr("(none)")
                      : user->emailVerified ? tr("%1 (verified)").arg(user->email)
                                            : tr("%1 (not verified)").arg(user->email));
    QLabel* status = m_values.value(QStringLiteral("status"));
    status->setText(UserStatus::label(user->status));
    status->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(UserStatus::colour(user->status)));
    setValue("organization", user->organizationId.isEmpty() ? tr("(none)") : user->organizationId);
    setValue("roles", user->roles.isEmpty() ? tr("(none)") : user->roles.join(QStringLiteral(", ")));
    setValue("created", byText(user->createdAt, user->createdBy));
    setValue("updated", user->updatedAt.isValid() ? byText(user->updatedAt, user->updatedBy)
                                                  : tr("not changed since creation"));
    setValue("firstLogin", timeText(user->firstLoginAt));
    setValue("lastLogin", timeText(user->lastLoginAt));
    setValue("keycloakId", user->keycloakId.isEmpty() ? tr("not yet in Keycloak") : user->keycloakId);
    setValue("version", QString::number(user->version));
    showSyncState(user.value());
}

void UserDetailPanel::showSyncState(const UserDetail& user)
{
    // The sync state and its buttons are about now, whatever moment the fields show.
    const UserDetail& now = m_current ? *m_current : user;
    setValue("sync", syncStateLabel(now.syncState));
    const bool refused = m_refused.has_value() && !m_asOf.isValid();
    m_syncBox->setVisible(refused);
    m_retry->setVisible(refused);
    m_discard->setVisible(refused);
    if (refused)
        m_syncText->setText(QCoreApplication::translate(
                                "keyledger::SyncView",
                                "Keycloak refused this change: %1\nFix the user and Retry, or Discard it "
                                "to keep Keycloak's version. The user's later changes wait behind it.")
                                .arg(m_refused->error.isEmpty() ? now.syncError : m_refused->error));
}

void UserDetailPanel::retrySync()
{
    if (!m_refused || !m_current)
        return;
    try {
        const qint64 position = m_syncActions.retry(m_userId, *m_refused);
        Q_EMIT statusMessage(
            QCoreApplication::translate("keyledger::SyncView", "The change to %1 will be sent again.")
                .arg(m_current->username),
            messageTimeoutMs);
        Q_EMIT commandAccepted(position);
    } catch (const KeyledgerError& error) {
        m_message->showError(error.message());
        return;
    }
    m_refused.reset();
    showSyncState(*m_current);
}

void UserDetailPanel::discardSync()
{
    if (!m_refused || !m_current)
        return;
    const UserSyncActions::Refused refused = *m_refused;
    const QString username = m_current->username;
    if (!m_confirm(UserSyncActions::discardTitle(), UserSyncActions::discardQuestion(refused, username)))
        return;
    try {
        const qint64 position = m_syncActions.discard(m_userId, refused);
        Q_EMIT statusMessage(
            QCoreApplication::translate("keyledger::SyncView", "The change to %1 was discarded.")
                .arg(username),
            messageTimeoutMs);
        Q_EMIT commandAccepted(position);
    } catch (const KeyledgerError& error) {
        m_message->showError(error.message());
        return;
    }
    m_refused.reset();
    if (m_current)
        showSyncState(*m_current);
}

void UserDetailPanel::startAsOf()
{
    if (!m_asOf.isValid() || m_userId.isNull()) {
        showUser(m_current);
        return;
    }
    if (m_asOfJob) {
        m_asOfAgain = true; // one job at a time; the newest question runs next
        return;
    }
    m_asOfAgain = false;
    m_asOfJob = new UserAsOfJob(m_asOfLoader, m_services.ledgerPath, m_userId, m_asOf, this);
    connect(m_asOfJob, &UserAsOfJob::finished, this,
            [this](const std::optional<UserDetail>& user, const QString& error) {
                UserAsOfJob* job = m_asOfJob;
                const bool stale = job->userId() != m_userId || job->at() != m_asOf;
                job->deleteLater();
                m_asOfJob = nullptr;
                if (stale || m_asOfAgain) {
                    startAsOf();
                    return;
                }
                onAsOf(user, error);
            });
    m_title->setText(tr("Reading the ledger…"));
    m_asOfJob->start();
}

void UserDetailPanel::onAsOf(const std::optional<UserDetail>& user, const QString& error)
{
    if (!error.isEmpty()) {
        m_message->showError(tr("The user as of that moment cannot be read: %1").arg(error));
        showUser(m_current);
        return;
    }
    showUser(user);
}

} // namespace keyledger
