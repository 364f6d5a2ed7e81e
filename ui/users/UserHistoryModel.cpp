#include "users/UserHistoryModel.h"

#include <QDateTime>

namespace keyledger {

void UserHistoryModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const AuditEntry* UserHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int UserHistoryModel::rowOfPosition(qint64 position) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).position == position)
            return row;
    }
    return -1;
}

int UserHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int UserHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserHistoryModel::sourceLabel(const QString& source)
{
    if (source == QLatin1String("local"))
        return tr("This desktop");
    if (source == QLatin1String("keycloak-import"))
        return tr("Keycloak import");
    if (source == QLatin1String("keycloak-sync"))
        return tr("Sync");
    return source;
}

QVariant UserHistoryModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(entry->timeMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Actor:
            return entry->actor;
        case Source:
            return sourceLabel(entry->source);
        case Summary:
            return entry->summary;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(entry->timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
        if (index.column() == Summary)
            return tr("%1 (#%2, %3)").arg(entry->summary, QString::number(entry->position), entry->type);
    }
    return {};
}

QVariant UserHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Source:
        return tr("Source");
    case Summary:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace keyledger
