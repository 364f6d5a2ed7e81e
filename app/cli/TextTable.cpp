#include "TextTable.h"

#include <algorithm>

namespace keyledger::cli {

namespace {

// One line per cell: a value with a line break must not break the table.
QString singleLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

} // namespace

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{}

void TextTable::addRow(QStringList cells, QStringList notes)
{
    for (QString& cell : cells)
        cell = singleLine(cell);
    for (QString& note : notes)
        note = singleLine(note);
    m_rows.append(Row{std::move(cells), std::move(notes)});
}

QStringList TextTable::lines() const
{
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths.append(header.size());
    for (const Row& row : m_rows) {
        for (qsizetype i = 0; i < row.cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.cells.at(i).size());
    }
    QStringList result{format(m_headers, widths)};
    for (const Row& row : m_rows) {
        result.append(format(row.cells, widths));
        for (const QString& note : row.notes)
            result.append(QStringLiteral("    ") + note);
    }
    return result;
}

QString TextTable::format(const QStringList& cells, const QList<qsizetype>& widths) const
{
    // Padded and joined, never QString::arg-chained: a value containing "%1" must stay as is.
    QStringList padded;
    for (qsizetype i = 0; i < widths.size(); ++i)
        padded.append(cells.value(i).leftJustified(widths.at(i)));
    QString line = padded.join(QStringLiteral("  "));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

} // namespace keyledger::cli
