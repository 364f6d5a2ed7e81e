#pragma once

#include <QList>
#include <QStringList>

namespace keyledger::cli {

// A plain-text table for a terminal: a header row and rows of cells, each column as wide as its
// widest cell, columns two spaces apart. A row may carry note lines printed under it, indented.
class TextTable
{
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells, QStringList notes = {});
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The header line, then each row followed by its notes.
    QStringList lines() const;

private:
    struct Row
    {
        QStringList cells;
        QStringList notes;
    };
    QString format(const QStringList& cells, const QList<qsizetype>& widths) const;

    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace keyledger::cli
