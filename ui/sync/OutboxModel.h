#pragma once

#include "store/OutboxEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyledger {

// One outbox row as the Sync page shows it: the entry plus who it is about and, for a failed
// row, the operation Keycloak refused (what a discard records).
struct OutboxRow
{
    OutboxEntry entry;
    QString username;
    QString failedOperation;
};

// The outbox rows still to deliver or refused (a small list: delivered rows are not shown).
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        ChangeColumn,
        StateColumn,
        AttemptsColumn,
        NextAttemptColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole + 1,
        StateRole, // int(OutboxSettlement::State)
    };

    explicit OutboxModel(QObject* parent = nullptr);

    void setRows(QList<OutboxRow> rows);
    const QList<OutboxRow>& rows() const { return m_rows; }
    const OutboxRow* rowAt(int row) const;
    int rowOfPosition(qint64 position) const;

    // "Create", "Update profile"... for an event type.
    static QString changeLabel(const QString& eventType);
    static QString stateLabel(OutboxSettlement::State state);
    static QColor stateColour(OutboxSettlement::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutboxRow> m_rows;
};

} // namespace keyledger
