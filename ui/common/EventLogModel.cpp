#include "common/EventLogModel.h"

#include "store/EventStore.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

namespace keyledger {

EventLogModel::EventLogModel(EventStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_knownLastPosition(store.lastPosition())
{}

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Position)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Position:
        return row.position;
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.recordedAtMs).toLocalTime(),
                                  QLocale::ShortFormat);
    case Stream:
        return row.streamId;
    case Type:
        return row.type;
    case Actor:
        return row.actor;
    case Source:
        return row.source;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Position");
    case Time:
        return tr("Recorded");
    case Stream:
        return tr("Stream");
    case Type:
        return tr("Event");
    case Actor:
        return tr("Actor");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

bool EventLogModel::canFetchMore(const QModelIndex& parent) const
{
    const qint64 loaded = m_rows.isEmpty() ? 0 : m_rows.last().position;
    return !parent.isValid() && loaded < m_knownLastPosition;
}

void EventLogModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers may ask again from inside the insert notifications; one fetch at a time.
    if (parent.isValid() || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    const qint64 from = m_rows.isEmpty() ? 1 : m_rows.last().position + 1;
    const QList<RecordedEvent> page = m_store.readAll(from, PageSize);
    if (page.isEmpty()) {
        m_knownLastPosition = m_rows.isEmpty() ? 0 : m_rows.last().position;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    for (const RecordedEvent& e : page)
        m_rows.append(
            Row{e.position, e.recordedAtMs, e.streamId, e.type, e.metadata.actor, e.metadata.source});
    endInsertRows();
}

void EventLogModel::storeAppended(qint64 upToPosition)
{
    const bool wasComplete = !canFetchMore({});
    m_knownLastPosition = std::max(m_knownLastPosition, upToPosition);
    // A view showing the whole log follows its tail; one still paging lazily fetches on scroll.
    if (wasComplete)
        fetchMore({});
}

} // namespace keyledger
