#pragma once

#include "common/ViewServices.h"
#include "queries/UserDetail.h"
#include "users/UserAsOfJob.h"
#include "users/UserSyncActions.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace keyledger {

class AuditDiffPane;
class AuditQueries;
class CachedQueries;
class InlineMessage;
class UserHistoryModel;

// The right side of the Users page: every field of the current user, its sync state (with
// Retry / Discard while Keycloak refuses a change, as on the Sync page), and a History tab with
// the user's audit entries and the selected entry's before -> after diff. An "as of" picker
// (UTC) shows the user as it was at a past moment, read on a worker thread.
class UserDetailPanel : public QWidget
{
    Q_OBJECT

public:
    // Answers a yes/no question (title, text); the default is a message box.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;

    explicit UserDetailPanel(const ViewServices& services, QWidget* parent = nullptr);
    ~UserDetailPanel() override;

    const QUuid& userId() const { return m_userId; }
    const std::optional<UserDetail>& shownUser() const { return m_shown; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Time travel: without a loader the picker stays disabled and says why.
    void setAsOfLoader(UserAsOfJob::Loader loader);
    bool isAsOfAvailable() const { return bool(m_asOfLoader); }
    // Null: "now". Otherwise the moment (UTC) the panel shows the user at.
    void setAsOf(const QDateTime& at);
    QDateTime asOf() const { return m_asOf; }
    UserHistoryModel* historyModel() const { return m_history; }
    AuditDiffPane* diffPane() const { return m_diff; }

public Q_SLOTS:
    void setUser(const QUuid& userId);
    // Reads the user and its history again (after a command or a sync result).
    void refresh();
    void retrySync();
    void discardSync();

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);
    // A command ran from the panel: the list waits for position then refreshes.
    void commandAccepted(qint64 position);

private:
    void build();
    QWidget* buildDetailsTab();
    QWidget* buildHistoryTab();
    bool ensureQueries();
    void showUser(const std::optional<UserDetail>& user);
    void showHistory();
    void showSyncState(const UserDetail& user);
    void startAsOf();
    void onAsOf(const std::optional<UserDetail>& user, const QString& error);
    void setValue(const char* key, const QString& text);

    ViewServices m_services;
    std::unique_ptr<CachedQueries> m_queries;
    std::unique_ptr<AuditQueries> m_audit;
    UserSyncActions m_syncActions;
    std::optional<UserSyncActions::Refused> m_refused;
    Confirm m_confirm;
    UserAsOfJob::Loader m_asOfLoader;
    QPointer<UserAsOfJob> m_asOfJob;
    bool m_asOfAgain = false; // the user or the moment changed while a job ran
    QUuid m_userId;
    QDateTime m_asOf;
    std::optional<UserDetail> m_current; // now
    std::optional<UserDetail> m_shown;   // now, or as of m_asOf

    QLabel* m_title = nullptr;
    QLabel* m_asOfNote = nullptr;
    QDateTimeEdit* m_asOfEdit = nullptr;
    QPushButton* m_nowButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_form = nullptr;
    QHash<QString, QLabel*> m_values;
    QWidget* m_syncBox = nullptr;
    QLabel* m_syncText = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_discard = nullptr;
    InlineMessage* m_message = nullptr;
    QTableView* m_historyTable = nullptr;
    UserHistoryModel* m_history = nullptr;
    AuditDiffPane* m_diff = nullptr;
};

} // namespace keyledger
