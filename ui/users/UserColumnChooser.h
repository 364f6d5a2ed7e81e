#pragma once

#include <QObject>

class QAbstractItemModel;
class QHeaderView;
class QPoint;

namespace keyledger {

// The column chooser of the users list: right-clicking the header offers a menu with a check box
// per column (the username always stays: a row must say whose it is). Hiding a column is the
// header's own state, so it is remembered with the column layout.
class UserColumnChooser : public QObject
{
    Q_OBJECT

public:
    // Attaches itself to header (its parent); the column names are the model's header data.
    explicit UserColumnChooser(QHeaderView* header);

    // Shows the menu at a point in the header's coordinates.
    void showMenu(const QPoint& position);

private:
    QHeaderView* m_header;
};

} // namespace keyledger
