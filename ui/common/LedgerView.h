#pragma once

#include <QWidget>

class QTableView;

namespace keyledger {

class EventLogModel;
class EventStore;
class StoreNotifier;

// The raw ledger, oldest first, following its tail as events are appended.
class LedgerView : public QWidget
{
    Q_OBJECT

public:
    LedgerView(EventStore& store, StoreNotifier& notifier, QWidget* parent = nullptr);

    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray& state);

private:
    EventLogModel* m_model;
    QTableView* m_view;
};

} // namespace keyledger
