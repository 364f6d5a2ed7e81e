#include "audit/AuditDiffModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace keyledger {

namespace {

const QColor beforeBackground(0xff, 0xeb, 0xee); // light red
const QColor afterBackground(0xe8, 0xf5, 0xe9);  // light green
const QColor darkText(0x21, 0x21, 0x21);
const QColor emptyText(0x75, 0x75, 0x75);

} // namespace

void AuditDiffModel::setDiff(const QList<FieldDiff>& diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

int AuditDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_diff.size());
}

int AuditDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditDiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_diff.size())
        return {};
    const FieldDiff& diff = m_diff.at(index.row());
    const QString value = index.column() == Field    ? diff.field
                          : index.column() == Before ? diff.before
                                                     : diff.after;
    const bool changed = diff.before != diff.after;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() != Field && value.isEmpty())
            return tr("(empty)");
        return value;
    case Qt::ToolTipRole:
        return value;
    case Qt::BackgroundRole:
        if (changed && index.column() == Before)
            return QBrush(beforeBackground);
        if (changed && index.column() == After)
            return QBrush(afterBackground);
        return {};
    case Qt::ForegroundRole:
        if (index.column() != Field && value.isEmpty())
            return QBrush(emptyText);
        if (changed && index.column() != Field)
            return QBrush(darkText);
        return {};
    case Qt::FontRole:
        if (index.column() != Field && value.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant AuditDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace keyledger
