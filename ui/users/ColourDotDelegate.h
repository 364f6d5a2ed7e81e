#pragma once

#include <QStyledItemDelegate>

namespace keyledger {

// Shows a QColor decoration (Qt::DecorationRole) as a small round dot before the text, rather
// than the square swatch the default delegate paints: the sync state column.
class ColourDotDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace keyledger
