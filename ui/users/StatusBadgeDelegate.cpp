#include "users/StatusBadgeDelegate.h"

#include "users/UserListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace keyledger {

namespace {

constexpr int horizontalPadding = 8;
constexpr int verticalMargin = 3;
constexpr int leftMargin = 4;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QFont badgeFont(const QFont& base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

QColor StatusBadgeDelegate::textColourOn(const QColor& background)
{
    const double l = luminance(background);
    const double onWhite = 1.05 / (l + 0.05);
    const double onBlack = (l + 0.05) / 0.05;
    return onWhite >= onBlack ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    // The cell itself (selection, focus, alternate rows) the style's way, without text or icon.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString label = cell.text;
    cell.text.clear();
    cell.icon = QIcon();
    cell.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (label.isEmpty())
        return;

    QColor colour = index.data(UserListModel::StatusColourRole).value<QColor>();
    if (!colour.isValid())
        colour = QColor(0x75, 0x75, 0x75);
    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    const int height = std::min(option.rect.height() - 2 * verticalMargin, metrics.height() + 4);
    // A pixel of slack: hinted glyphs may be a little wider than the advance says.
    const int textWidth = metrics.horizontalAdvance(label) + 2;
    const int width = std::min(textWidth + 2 * horizontalPadding, option.rect.width() - 2 * leftMargin);
    const QRect badge(option.rect.left() + leftMargin, option.rect.center().y() - height / 2 + 1, width,
                      height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), height / 2.0, height / 2.0);
    painter->fillPath(path, colour);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::HighlightedText), 1.0));
        painter->drawPath(path);
    }
    painter->setFont(font);
    painter->setPen(textColourOn(colour));
    const int room = badge.width() - 2 * horizontalPadding;
    painter->drawText(badge.adjusted(horizontalPadding, 0, -horizontalPadding, 0), Qt::AlignCenter,
                      room >= textWidth ? label : metrics.elidedText(label, Qt::ElideRight, room));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(badgeFont(option.font));
    const QString label = index.data(Qt::DisplayRole).toString();
    return {std::max(base.width(), metrics.horizontalAdvance(label) + 2 * horizontalPadding + 2 * leftMargin),
            std::max(base.height(), metrics.height() + 4 + 2 * verticalMargin)};
}

} // namespace keyledger
