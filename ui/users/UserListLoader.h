#pragma once

#include "common/ViewServices.h"
#include "queries/UserListQuery.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace keyledger {

class CachedQueries;
class UserListModel;

// Reads the Users page's list: opens the queries on the views database, loads the first page of
// a query into the model and refreshes the loaded rows as the projection moves on (changes made
// elsewhere, such as sync results or another process, at most once a second).
//
// On a brand-new ledger the views database and its tables exist only once the projection runner
// has opened it: a read failing before the runner's first report is not an error (preparing(),
// and the report opens the queries again: opened()); after it, or when the runner cannot open
// the views, failed() gives the error to show.
class UserListLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int ExternalRefreshMs = 1000;

    explicit UserListLoader(const ViewServices& services, QObject* parent = nullptr);
    ~UserListLoader() override;

    UserListModel* model() const { return m_model; }
    // The open queries (the cached list, counts and details); nullptr until they can be opened.
    CachedQueries* queries() const { return m_queries.get(); }
    // Opens the queries if they are not open yet; false when the views cannot be read yet.
    bool open();
    // How many users there are without any filter (the list's own count when that cannot be read).
    qint64 countAll() const;
    // Loads the first page of the query (after opening the queries; nothing when they cannot be).
    void load(const UserListQuery& query);
    // While it returns true (the page waits for its own command), changes made elsewhere do not
    // refresh the rows: the command's own refresh, when it is projected, will.
    void setRefreshHold(std::function<bool()> hold) { m_hold = std::move(hold); }

public Q_SLOTS:
    // Reads the loaded rows again now, then says refreshed().
    void refresh();

Q_SIGNALS:
    // The queries opened after the runner's report: time to load the page's query.
    void opened();
    // A read failed before the views exist: the list is being prepared.
    void preparing();
    void refreshed();
    void failed(const QString& error);

private:
    void onProjected(qint64 position);
    void onFetchFailed(const QString& error);

    ViewServices m_services;
    UserListModel* m_model;
    std::unique_ptr<CachedQueries> m_queries;
    std::function<bool()> m_hold;
    QTimer m_externalRefresh;
    qint64 m_shownPosition = -1; // the projected position the rows were last read at
    bool m_viewsReady = false;   // the runner has reported (or failed) at least once
    QString m_heldError;         // the failure held back while the views were not ready
};

} // namespace keyledger
