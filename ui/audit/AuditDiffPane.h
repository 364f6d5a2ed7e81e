#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace keyledger {

class AuditDiffModel;
struct AuditEntry;

// What the selected audit entry changed: a heading (event, user, time), its summary, and a table
// of field, before, after.
class AuditDiffPane : public QWidget
{
    Q_OBJECT

public:
    explicit AuditDiffPane(QWidget* parent = nullptr);

    // nullptr shows the "select a row" hint.
    void setEntry(const AuditEntry* entry);
    AuditDiffModel* model() const { return m_model; }
    QString heading() const;

private:
    QLabel* m_heading;
    QLabel* m_summary;
    QTableView* m_table;
    AuditDiffModel* m_model;
};

} // namespace keyledger
