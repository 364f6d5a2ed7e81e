#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace keyledger {

class EventStore;

// The raw ledger, oldest first, read from the store in pages as the view scrolls: data() only
// ever answers from rows already fetched.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Position,
        Time,
        Stream,
        Type,
        Actor,
        Source,
        ColumnCount
    };
    static constexpr int PageSize = 500;

    explicit EventLogModel(EventStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

public Q_SLOTS:
    // The store grew up to this position: make the new rows fetchable, and fetch them at once
    // when everything before them is already shown.
    void storeAppended(qint64 upToPosition);

private:
    struct Row
    {
        qint64 position;
        qint64 recordedAtMs;
        QString streamId;
        QString type;
        QString actor;
        QString source;
    };

    EventStore& m_store;
    QList<Row> m_rows;
    qint64 m_knownLastPosition = 0;
    bool m_fetching = false;
};

} // namespace keyledger
