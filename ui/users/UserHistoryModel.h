#pragma once

#include "queries/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyledger {

// One user's audit entries, oldest first: time (local), actor, source and the one-line summary.
// The field-level diff of an entry is shown next to it by AuditDiffPane.
class UserHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Actor,
        Source,
        Summary,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry>& entries() const { return m_entries; }
    const AuditEntry* entryAt(int row) const;
    int rowOfPosition(qint64 position) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "local", "keycloak-import", "keycloak-sync"... in words.
    static QString sourceLabel(const QString& source);

private:
    QList<AuditEntry> m_entries;
};

} // namespace keyledger
