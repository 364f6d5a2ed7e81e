#include "users/ColourDotDelegate.h"

#include <QPainter>
#include <QPixmap>

namespace keyledger {

void ColourDotDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.typeId() != QMetaType::QColor)
        return;
    const int size = 10;
    QPixmap dot(size * 2, size * 2); // drawn at twice the size: crisp on high-DPI screens
    dot.setDevicePixelRatio(2.0);
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(decoration.value<QColor>());
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    }
    option->icon = QIcon(dot);
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace keyledger
