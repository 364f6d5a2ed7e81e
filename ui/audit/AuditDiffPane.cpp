#include "audit/AuditDiffPane.h"

#include "audit/AuditDiffModel.h"
#include "queries/AuditEntry.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace keyledger {

AuditDiffPane::AuditDiffPane(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new AuditDiffModel(this))
{
    setObjectName(QStringLiteral("auditDiffPane"));
    m_heading->setObjectName(QStringLiteral("auditDiffHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_summary->setObjectName(QStringLiteral("auditDiffSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("auditDiffTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AuditDiffModel::Field, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditDiffModel::Before, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AuditDiffModel::After, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setEntry(nullptr);
}

void AuditDiffPane::setEntry(const AuditEntry* entry)
{
    if (!entry) {
        m_heading->setText(tr("No entry selected"));
        m_summary->setText(tr("Select a row to see what it changed."));
        m_model->setDiff({});
        return;
    }
    const QString who = entry->username.isEmpty() ? entry->streamId : entry->username;
    const QString when = QDateTime::fromMSecsSinceEpoch(entry->timeMs)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_heading->setText(tr("#%1 %2 · %3 · %4").arg(QString::number(entry->position), entry->type, who, when));
    m_summary->setText(entry->diff.isEmpty() ? tr("%1 (no field changed)").arg(entry->summary)
                                             : entry->summary);
    m_model->setDiff(entry->diff);
}

QString AuditDiffPane::heading() const
{
    return m_heading->text();
}

} // namespace keyledger
