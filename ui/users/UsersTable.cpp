#include "users/UsersTable.h"

#include "users/ColourDotDelegate.h"
#include "users/StatusBadgeDelegate.h"
#include "users/UserColumnChooser.h"
#include "users/UserListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>

#include <algorithm>

namespace keyledger {

namespace {

const QString columnsKey = QStringLiteral("users/columns");

} // namespace

UsersTable::UsersTable(UserListModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("usersTable"));
    setModel(m_model);
    setItemDelegateForColumn(UserListModel::Status, new StatusBadgeDelegate(this));
    setItemDelegateForColumn(UserListModel::SyncState, new ColourDotDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setUpHeader();
}

UsersTable::~UsersTable()
{
    QSettings().setValue(columnsKey, horizontalHeader()->saveState());
}

void UsersTable::setUpHeader()
{
    QHeaderView* header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    new UserColumnChooser(header);
    const int widths[UserListModel::ColumnCount] = {120, 160, 230, 110, 120, 110, 150, 150, 100};
    for (int column = 0; column < UserListModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setSortIndicator(UserListModel::Created, Qt::DescendingOrder);
    header->restoreState(QSettings().value(columnsKey).toByteArray());
    if (UserListModel::sortKeyOf(header->sortIndicatorSection()).isEmpty())
        header->setSortIndicator(UserListModel::Created, Qt::DescendingOrder);
    m_sortColumn = header->sortIndicatorSection();
    m_sortOrder = header->sortIndicatorOrder();
    setSortingEnabled(true); // sorts the model (not yet fetched) by the indicator
    // Roles and sync state have no sort order on the query side: keep the previous indicator.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (UserListModel::sortKeyOf(column).isEmpty()) {
                    const QSignalBlocker blocker(header);
                    header->setSortIndicator(m_sortColumn, m_sortOrder);
                    return;
                }
                m_sortColumn = column;
                m_sortOrder = order;
            });
}

void UsersTable::sortByKey(const QString& sortKey, bool ascending)
{
    for (int column = 0; column < UserListModel::ColumnCount; ++column) {
        if (UserListModel::sortKeyOf(column) == sortKey) {
            horizontalHeader()->setSortIndicator(column,
                                                 ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
            return;
        }
    }
}

QList<UserListItem> UsersTable::selectedUsers() const
{
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<UserListItem> users;
    users.reserve(rows.size());
    for (const int row : std::as_const(rows))
        users.append(m_model->userAt(row));
    return users;
}

void UsersTable::selectUserRow(int row)
{
    const QModelIndex index = m_model->index(row, UserListModel::Username);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

} // namespace keyledger
