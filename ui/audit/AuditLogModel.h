#pragma once

#include "queries/AuditEntry.h"
#include "queries/AuditFilter.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace keyledger {

class AuditQueries;

// The realm-wide audit rows matching a filter, in position order, read from the audit read
// model in pages of PageSize as the view scrolls (canFetchMore/fetchMore by afterPosition):
// data() only ever answers from rows already fetched. Opens its own connection to the views
// database when first needed; while that database cannot be read, the model is empty and
// error() says why.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Position,
        Time,
        User,
        Organization,
        Type,
        Actor,
        Source,
        Summary,
        ColumnCount
    };
    static constexpr int PageSize = 500;

    explicit AuditLogModel(QString viewsPath, QObject* parent = nullptr);
    ~AuditLogModel() override;

    // Shows the entries matching the filter (its limit and afterPosition are ignored) from the
    // first page on.
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    // No rows at all, until the next setFilter(): for a filter that cannot match (an unknown user).
    void clear();
    bool isCleared() const { return m_cleared; }

    // The entry shown in that row; nullptr outside the rows fetched.
    const AuditEntry* entryAt(int row) const;
    // How many entries match the filter in all (fetched or not), as of the last setFilter() or
    // refresh(); -1 when unknown.
    qint64 matchingCount() const { return m_matching; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

public Q_SLOTS:
    // The read model advanced: newer entries become fetchable, and are fetched at once when every
    // earlier row is already shown. Retries a read that failed before.
    void refresh();

Q_SIGNALS:
    void errorChanged(const QString& error);
    void matchingCountChanged(qint64 count);

private:
    // The next page after that position; sets the error and returns nothing on failure.
    QList<AuditEntry> readPage(qint64 afterPosition);
    void updateMatchingCount();
    void setError(const QString& error);

    QString m_viewsPath;
    std::unique_ptr<AuditQueries> m_queries;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    bool m_mayHaveMore = false;
    bool m_cleared = false;
    bool m_fetching = false;
    qint64 m_matching = -1;
    QString m_error;
};

} // namespace keyledger
