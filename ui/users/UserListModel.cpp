#include "users/UserListModel.h"

#include "common/KeyledgerError.h"

#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>

namespace keyledger {

namespace {

QString syncLabel(const QString& state)
{
    if (state == QLatin1String("synced"))
        return UserListModel::tr("Synced");
    if (state == QLatin1String("pending"))
        return UserListModel::tr("Pending");
    if (state == QLatin1String("failed"))
        return UserListModel::tr("Failed");
    if (state == QLatin1String("local-only"))
        return UserListModel::tr("Local only");
    return state;
}

QColor syncColour(const QString& state)
{
    if (state == QLatin1String("synced"))
        return QColor(0x2e, 0x7d, 0x32);
    if (state == QLatin1String("pending"))
        return QColor(0xef, 0x6c, 0x00);
    if (state == QLatin1String("failed"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75);
}

QString localTime(const QDateTime& utc, QLocale::FormatType format)
{
    return QLocale().toString(utc.toLocalTime(), format);
}

} // namespace

UserListModel::UserListModel(PageSource source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
{
    m_query.limit = PageSize;
}

void UserListModel::setQuery(const UserListQuery& query)
{
    // Listeners of the reset (views, testers) may ask for more before it is over: not now.
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_query = query;
    m_query.limit = PageSize;
    m_query.after.clear();
    m_active = true;
    m_failed = false;
    m_rows.clear();
    m_nextCursor.clear();
    UserListPage page;
    if (fetchPage(m_query, page)) {
        m_rows = page.items;
        m_nextCursor = page.nextCursor;
    }
    reindex();
    endResetModel();
    if (!m_failed)
        setTotal(page.totalCount);
}

bool UserListModel::fetchPage(UserListQuery query, UserListPage& page)
{
    try {
        page = m_source(query);
        return true;
    } catch (const KeyledgerError& error) {
        m_failed = true;
        m_nextCursor.clear();
        Q_EMIT fetchFailed(error.message());
        return false;
    }
}

void UserListModel::setTotal(qint64 total)
{
    if (total == m_totalCount)
        return;
    m_totalCount = total;
    Q_EMIT totalCountChanged(total);
}

void UserListModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserListModel::displayText(const UserListItem& user, int column) const
{
    switch (column) {
    case Username:
        return user.username;
    case FullName:
        return user.fullName;
    case Email:
        return user.email;
    case Organization:
        return user.organizationId;
    case Roles:
        return user.roles.join(QStringLiteral(", "));
    case Status:
        return user.statusLabel;
    case Created:
        return localTime(user.createdAt, QLocale::ShortFormat);
    case LastLogin:
        return user.lastLoginAt.isValid() ? localTime(user.lastLoginAt, QLocale::ShortFormat) : tr("never");
    case SyncState:
        return syncLabel(user.syncState);
    default:
        return {};
    }
}

QString UserListModel::toolTip(const UserListItem& user, int column) const
{
    switch (column) {
    case Created:
        return localTime(user.createdAt, QLocale::LongFormat);
    case LastLogin:
        return user.lastLoginAt.isValid() ? localTime(user.lastLoginAt, QLocale::LongFormat)
                                          : tr("Never logged in");
    case SyncState:
        return tr("Keycloak: %1").arg(syncLabel(user.syncState));
    default:
        return displayText(user, column);
    }
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size() ||
        index.column() >= ColumnCount)
        return {};
    const UserListItem& user = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(user, index.column());
    case Qt::ToolTipRole:
        return toolTip(user, index.column());
    case Qt::DecorationRole:
        if (index.column() == Status)
            return QColor::fromString(user.statusColour);
        if (index.column() == SyncState)
            return syncColour(user.syncState);
        return {};
    case UserIdRole:
        return user.id;
    case StatusRole:
        return int(user.status);
    case StatusColourRole:
        return QColor::fromString(user.statusColour);
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Username");
    case FullName:
        return tr("Full name");
    case Email:
        return tr("E-mail");
    case Organization:
        return tr("Organisation");
    case Roles:
        return tr("Roles");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case LastLogin:
        return tr("Last login");
    case SyncState:
        return tr("Sync");
    default:
        return {};
    }
}

Qt::ItemFlags UserListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

bool UserListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && !m_failed && !m_nextCursor.isEmpty();
}

void UserListModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers may ask again from inside the insert notifications; one fetch at a time.
    if (!canFetchMore(parent) || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    UserListQuery query = m_query;
    query.after = m_nextCursor;
    UserListPage page;
    if (!fetchPage(query, page))
        return;
    m_nextCursor = page.nextCursor;
    // A user whose sort value changed since an earlier page may come again: keep one row each.
    QList<UserListItem> added;
    added.reserve(page.items.size());
    for (const UserListItem& item : std::as_const(page.items)) {
        if (!m_rowOf.contains(item.id))
            added.append(item);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const UserListItem& item : std::as_const(added)) {
            m_rowOf.insert(item.id, int(m_rows.size()));
            m_rows.append(item);
        }
        endInsertRows();
    }
    setTotal(page.totalCount);
}

void UserListModel::refresh()
{
    if (!m_active || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    const int wanted = std::max(int(m_rows.size()), PageSize);
    UserListQuery query = m_query;
    query.limit = std::clamp(wanted, PageSize, int(UserListQuery::MaxLimit));
    query.after.clear();
    m_failed = false;
    QList<UserListItem> fresh;
    QSet<QUuid> seen;
    QString cursor;
    qint64 total = m_totalCount;
    while (fresh.size() < wanted) {
        UserListPage page;
        if (!fetchPage(query, page))
            return; // keep what is shown; fetching stays stopped until the next refresh
        for (const UserListItem& item : std::as_const(page.items)) {
            if (!seen.contains(item.id)) {
                seen.insert(item.id);
                fresh.append(item);
            }
        }
        total = page.totalCount;
        cursor = page.nextCursor;
        if (cursor.isEmpty())
            break;
        query.after = cursor;
    }
    replaceRows(fresh);
    m_nextCursor = cursor;
    setTotal(total);
}

void UserListModel::replaceRows(const QList<UserListItem>& fresh)
{
    const int oldCount = int(m_rows.size());
    const int newCount = int(fresh.size());

    bool sameOrder = oldCount == newCount;
    for (int row = 0; sameOrder && row < newCount; ++row)
        sameOrder = m_rows.at(row).id == fresh.at(row).id;
    if (sameOrder) {
        m_rows = fresh;
        if (newCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(newCount - 1, ColumnCount - 1));
        return;
    }

    // 1. Grow to the new size first, so that step 2 has a row for every fresh user.
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.append(fresh.mid(oldCount));
        endInsertRows();
    }
    // 2. Rearrange: the fresh rows, then (when shrinking) some of the users that left, which
    //    step 3 removes. Persistent indexes follow their users; those of gone users end up on
    //    the removed tail or become invalid.
    QList<UserListItem> arranged = fresh;
    QSet<QUuid> freshIds;
    for (const UserListItem& item : fresh)
        freshIds.insert(item.id);
    for (int row = 0; row < m_rows.size() && arranged.size() < m_rows.size(); ++row) {
        if (!freshIds.contains(m_rows.at(row).id))
            arranged.append(m_rows.at(row));
    }
    QHash<QUuid, int> arrangedRow;
    for (int row = 0; row < arranged.size(); ++row)
        arrangedRow.insert(arranged.at(row).id, row);

    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& old : before) {
        const int row = arrangedRow.value(m_rows.at(old.row()).id, -1);
        after.append(row < 0 ? QModelIndex() : index(row, old.column()));
    }
    m_rows = arranged;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();

    // 3. Shrink to the new size.
    if (newCount < m_rows.size()) {
        beginRemoveRows({}, newCount, int(m_rows.size()) - 1);
        m_rows.resize(newCount);
        endRemoveRows();
    }
    reindex();
    if (newCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(newCount - 1, ColumnCount - 1));
}

QString UserListModel::sortKeyOf(int column)
{
    switch (column) {
    case Username:
        return QStringLiteral("username");
    case FullName:
        return QStringLiteral("fullName");
    case Email:
        return QStringLiteral("email");
    case Organization:
        return QStringLiteral("organizationId");
    case Status:
        return QStringLiteral("status");
    case Created:
        return QStringLiteral("createdAt");
    case LastLogin:
        return QStringLiteral("lastLoginAt");
    default:
        return {};
    }
}

void UserListModel::sort(int column, Qt::SortOrder order)
{
    const QString key = sortKeyOf(column);
    if (key.isEmpty())
        return;
    const auto direction = order == Qt::AscendingOrder ? UserListQuery::Direction::Ascending
                                                       : UserListQuery::Direction::Descending;
    if (key == m_query.sortBy && direction == m_query.direction)
        return;
    m_query.sortBy = key;
    m_query.direction = direction;
    if (m_active)
        setQuery(m_query);
}

} // namespace keyledger
