#include "users/UserColumnChooser.h"

#include "users/UserListModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>

namespace keyledger {

// Strings moved here from UsersView keep its translation context ("keyledger::UsersView"), so
// the existing translations, English plural forms included, still apply.

UserColumnChooser::UserColumnChooser(QHeaderView* header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &UserColumnChooser::showMenu);
}

void UserColumnChooser::showMenu(const QPoint& position)
{
    QHeaderView* header = m_header;
    auto* menu = new QMenu(header->parentWidget());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(QCoreApplication::translate("keyledger::UsersView", "Columns"));
    for (int column = 0; column < UserListModel::ColumnCount; ++column) {
        QAction* toggle = menu->addAction(header->model()->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        toggle->setEnabled(column != UserListModel::Username);
        connect(toggle, &QAction::toggled, header,
                [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu->popup(header->mapToGlobal(position));
}

} // namespace keyledger
