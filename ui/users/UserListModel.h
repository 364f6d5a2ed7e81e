#pragma once

#include "queries/UserListItem.h"
#include "queries/UserListPage.h"
#include "queries/UserListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

#include <functional>

namespace keyledger {

// The user list, read from the query side a page at a time as the view scrolls (keyset
// pagination: each page continues after the cursor of the previous one). data() answers only
// from rows already fetched; it never queries.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Username,
        FullName,
        Email,
        Organization,
        Roles,
        Status,
        Created,
        LastLogin,
        SyncState,
        ColumnCount
    };
    enum Role
    {
        UserIdRole = Qt::UserRole + 1, // QUuid
        StatusRole,                    // UserStatus::Value as int
        StatusColourRole,              // QColor of the status badge
    };
    static constexpr int PageSize = 200;
    // Answers one page of the list; throws KeyledgerError (or a subclass) when it cannot.
    using PageSource = std::function<UserListPage(const UserListQuery&)>;

    explicit UserListModel(PageSource source, QObject* parent = nullptr);

    // Replaces the filters and sort order and starts again from the first page (a reset).
    // limit and after are the model's own business and are ignored.
    void setQuery(const UserListQuery& query);
    const UserListQuery& query() const { return m_query; }
    // How many users match the filters (not how many are loaded).
    qint64 totalCount() const { return m_totalCount; }
    const UserListItem& userAt(int row) const { return m_rows.at(row); }
    // The row of a loaded user, or -1.
    int rowOf(const QUuid& userId) const { return m_rowOf.value(userId, -1); }
    // Reads again the range already loaded (at least one page) and updates the rows in place;
    // persistent indexes (the selection, the current row) follow their users.
    void refresh();

    // The UserListQuery sort column of a column; empty when the column cannot be sorted.
    static QString sortKeyOf(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalCountChanged(qint64 totalCount);
    // A page could not be read; fetching stops until the next setQuery() or refresh().
    void fetchFailed(const QString& message);

private:
    bool fetchPage(UserListQuery query, UserListPage& page);
    void setTotal(qint64 total);
    void replaceRows(const QList<UserListItem>& fresh);
    void reindex();
    QString displayText(const UserListItem& user, int column) const;
    QString toolTip(const UserListItem& user, int column) const;

    PageSource m_source;
    UserListQuery m_query;
    bool m_active = false;
    QList<UserListItem> m_rows;
    QHash<QUuid, int> m_rowOf;
    QString m_nextCursor;
    qint64 m_totalCount = 0;
    bool m_failed = false;
    bool m_fetching = false;
};

} // namespace keyledger
