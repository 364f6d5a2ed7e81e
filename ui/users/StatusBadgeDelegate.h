#pragma once

#include <QStyledItemDelegate>

namespace keyledger {

// Paints a status as a rounded badge in the status colour (UserListModel::StatusColourRole)
// with its label, in black or white, whichever reads better on that colour.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The text colour with the higher WCAG contrast ratio on background.
    static QColor textColourOn(const QColor& background);
};

} // namespace keyledger
