#pragma once

#include "queries/UserListItem.h"

#include <QList>
#include <QTableView>

namespace keyledger {

class UserListModel;

// The users list's table ("usersTable"): the status badge and sync dot delegates, whole-row
// extended selection, movable columns with their widths, order and visibility kept in QSettings
// under "users/columns" (saved when the table goes), a column chooser on the header, and sorting
// by the header limited to the columns the query side can sort by.
class UsersTable : public QTableView
{
    Q_OBJECT

public:
    explicit UsersTable(UserListModel* model, QWidget* parent = nullptr);
    ~UsersTable() override;

    UserListModel* usersModel() const { return m_model; }
    // The sort the header shows: always a column the query side can sort by.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Sorts by the column whose query-side sort key is sortKey (nothing when no column has it).
    void sortByKey(const QString& sortKey, bool ascending);
    // The selected users, top to bottom.
    QList<UserListItem> selectedUsers() const;
    // Makes that row current and selected, and scrolls to it.
    void selectUserRow(int row);

private:
    void setUpHeader();

    UserListModel* m_model;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace keyledger
