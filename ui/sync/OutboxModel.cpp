#include "sync/OutboxModel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace keyledger {

OutboxModel::OutboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OutboxModel::setRows(QList<OutboxRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const OutboxRow* OutboxModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int OutboxModel::rowOfPosition(qint64 position) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].entry.position == position)
            return row;
    }
    return -1;
}

QString OutboxModel::changeLabel(const QString& eventType)
{
    if (eventType == QLatin1String("UserCreated"))
        return tr("Create");
    if (eventType == QLatin1String("UserUpdated"))
        return tr("Update profile");
    if (eventType == QLatin1String("UserEnabled"))
        return tr("Enable");
    if (eventType == QLatin1String("UserDisabled"))
        return tr("Disable");
    if (eventType == QLatin1String("UserDeleted"))
        return tr("Delete");
    if (eventType == QLatin1String("UserRolesChanged"))
        return tr("Change roles");
    if (eventType == QLatin1String("UserEmailVerified"))
        return tr("Verify e-mail");
    if (eventType == QLatin1String("PasswordResetEmailRequested"))
        return tr("Password reset e-mail");
    return eventType;
}

QString OutboxModel::stateLabel(OutboxSettlement::State state)
{
    switch (state) {
    case OutboxSettlement::State::Pending:
        return tr("Pending");
    case OutboxSettlement::State::Delivered:
        return tr("Delivered");
    case OutboxSettlement::State::Failed:
        return tr("Failed");
    case OutboxSettlement::State::Discarded:
        return tr("Discarded");
    }
    return {};
}

QColor OutboxModel::stateColour(OutboxSettlement::State state)
{
    switch (state) {
    case OutboxSettlement::State::Pending:
        return QColor(0xef, 0x6c, 0x00);
    case OutboxSettlement::State::Delivered:
        return QColor(0x2e, 0x7d, 0x32);
    case OutboxSettlement::State::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case OutboxSettlement::State::Discarded:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    const OutboxRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const OutboxEntry& entry = row->entry;
    if (role == PositionRole)
        return entry.position;
    if (role == StateRole)
        return int(entry.state);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserColumn:
            return row->username.isEmpty() ? entry.streamId : row->username;
        case ChangeColumn:
            return changeLabel(entry.eventType);
        case StateColumn:
            return stateLabel(entry.state);
        case AttemptsColumn:
            return entry.attempts;
        case NextAttemptColumn:
            if (entry.state != OutboxSettlement::State::Pending)
                return QString();
            if (entry.nextAttemptAtMs <= QDateTime::currentMSecsSinceEpoch())
                return tr("now");
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.nextAttemptAtMs),
                                      QLocale::ShortFormat);
        case ErrorColumn:
            return entry.lastError.simplified();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ErrorColumn && !entry.lastError.isEmpty())
            return entry.lastError;
        if (index.column() == ChangeColumn)
            return tr("%1 (ledger position %2)").arg(entry.eventType).arg(entry.position);
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return stateColour(entry.state);
    if (role == Qt::FontRole && index.column() == StateColumn &&
        entry.state == OutboxSettlement::State::Failed) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == AttemptsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case ChangeColumn:
        return tr("Change");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case ErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace keyledger
