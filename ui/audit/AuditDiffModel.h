#pragma once

#include "queries/FieldDiff.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyledger {

// The field-level changes of one audit entry: field, value before, value after. Before is shaded
// red and after green where they differ, with dark text so both stay readable on any palette.
class AuditDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Field,
        Before,
        After,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDiff(const QList<FieldDiff>& diff);
    const QList<FieldDiff>& diff() const { return m_diff; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FieldDiff> m_diff;
};

} // namespace keyledger
