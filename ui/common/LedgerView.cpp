#include "common/LedgerView.h"

#include "common/EventLogModel.h"
#include "store/StoreNotifier.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace keyledger {

LedgerView::LedgerView(EventStore& store, StoreNotifier& notifier, QWidget* parent)
    : QWidget(parent)
    , m_model(new EventLogModel(store, this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("eventLogView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(EventLogModel::Stream, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(&notifier, &StoreNotifier::appended, m_model, &EventLogModel::storeAppended);
}

QByteArray LedgerView::saveColumns() const
{
    return m_view->horizontalHeader()->saveState();
}

void LedgerView::restoreColumns(const QByteArray& state)
{
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state))
        return;
    // First run: fit the columns to the first page of the ledger.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    for (int column :
         {EventLogModel::Position, EventLogModel::Time, EventLogModel::Type, EventLogModel::Actor})
        m_view->resizeColumnToContents(column);
}

} // namespace keyledger
