#include "audit/AuditLogModel.h"

#include "common/KeyledgerError.h"
#include "queries/AuditQueries.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace keyledger {

AuditLogModel::AuditLogModel(QString viewsPath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_viewsPath(std::move(viewsPath))
{}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    // Views and testers may ask for more rows while the reset is announced: not before it is over.
    QScopedValueRollback resetting(m_fetching, true);
    beginResetModel();
    m_filter = filter;
    m_filter.limit = 0;
    m_filter.afterPosition = 0;
    m_cleared = false;
    m_rows = readPage(0);
    m_mayHaveMore = m_error.isEmpty() && m_rows.size() >= PageSize;
    endResetModel();
    updateMatchingCount();
}

void AuditLogModel::clear()
{
    QScopedValueRollback resetting(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_cleared = true;
    m_mayHaveMore = false;
    endResetModel();
    m_matching = 0;
    Q_EMIT matchingCountChanged(m_matching);
}

const AuditEntry* AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QList<AuditEntry> AuditLogModel::readPage(qint64 afterPosition)
{
    try {
        if (!m_queries)
            m_queries = std::make_unique<AuditQueries>(m_viewsPath);
        AuditFilter page = m_filter;
        page.afterPosition = afterPosition;
        page.limit = PageSize;
        QList<AuditEntry> entries = m_queries->entries(page);
        setError({});
        return entries;
    } catch (const KeyledgerError& error) {
        m_queries.reset(); // the database may not exist yet: open it again next time
        setError(error.message());
        return {};
    }
}

void AuditLogModel::updateMatchingCount()
{
    qint64 count = -1;
    if (m_cleared) {
        count = 0;
    } else if (m_queries) {
        try {
            count = m_queries->count(m_filter);
        } catch (const KeyledgerError& error) {
            setError(error.message());
        }
    }
    if (count != m_matching) {
        m_matching = count;
        Q_EMIT matchingCountChanged(m_matching);
    }
}

void AuditLogModel::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged(m_error);
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry& entry = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Position)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(entry.timeMs).toUTC().toString(Qt::ISODateWithMs);
        case User:
            return entry.userId.isNull() ? entry.streamId : entry.userId.toString(QUuid::WithoutBraces);
        case Summary:
            return entry.summary;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Position:
        return entry.position;
    case Time:
        return QDateTime::fromMSecsSinceEpoch(entry.timeMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return entry.username.isEmpty() ? entry.streamId : entry.username;
    case Organization:
        return entry.organizationId;
    case Type:
        return entry.type;
    case Actor:
        return entry.actor;
    case Source:
        return entry.source;
    case Summary:
        return entry.summary;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Position");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Organization:
        return tr("Organisation");
    case Type:
        return tr("Event");
    case Actor:
        return tr("Actor");
    case Source:
        return tr("Source");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_mayHaveMore && !m_cleared;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_fetching)
        return;
    QScopedValueRollback guard(m_fetching, true);
    const QList<AuditEntry> page = readPage(m_rows.isEmpty() ? 0 : m_rows.last().position);
    m_mayHaveMore = m_error.isEmpty() && page.size() >= PageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void AuditLogModel::refresh()
{
    if (m_cleared)
        return;
    if (!m_queries) { // never read successfully: start over
        setFilter(m_filter);
        return;
    }
    const bool wasComplete = !m_mayHaveMore;
    m_mayHaveMore = true;
    if (wasComplete)
        fetchMore({});
    updateMatchingCount();
}

} // namespace keyledger
