#pragma once

#include "export/AuditExportSink.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>

#include <memory>

class QPdfWriter;

namespace keyledger {

// The audit trail as a PDF report for people: title, database, chain head, period and filters,
// counts by event type and by actor (QTextDocument), then the events in a table painted row by
// row, page by page, with the column headings repeated on every page. Rows are painted as they
// come and never kept, but QPdfWriter itself keeps about 20 KB per page until the end (measured:
// 63 MB resident for 10,000 events, 82 MB for 40,000), so a report is refused above MaxEvents
// (about 10,000 pages): past that, CSV or JSON Lines. Needs a QGuiApplication (fonts); runs on
// any thread.
class AuditPdfSink : public AuditExportSink
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::AuditPdfSink)

public:
    static constexpr int SummaryRowsShown = 40; // per list (types, actors); the rest are totalled
    static constexpr int MaxCellCharacters = 600;
    static constexpr qint64 MaxEvents = 100'000;

    AuditPdfSink();
    ~AuditPdfSink() override;

    bool needsSummary() const override { return true; }
    void begin(const AuditExportHeader& header, QIODevice& out) override;
    void add(const AuditEntry* entry, const StoredEvent* event) override;
    void flush(QIODevice& out) override;
    void finish(QIODevice& out) override;
    void abandon() override;

    int pageCount() const { return m_page; }
    static QString title() { return tr("Keyledger audit trail"); }

private:
    QString summaryHtml(const AuditExportHeader& header) const;
    void paintSummary(const AuditExportHeader& header);
    void startTablePage();
    void newPage();
    void paintFooter();
    qreal rowHeight(const QStringList& cells);
    void paintRow(const QStringList& cells, bool heading);

    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QFont m_font;
    QFont m_bold;
    QRectF m_area;          // the printable area, in device units
    QList<qreal> m_columns; // left edge of each column, plus the right edge last
    qreal m_y = 0;
    qreal m_padding = 0;
    int m_page = 0;
    QString m_footer;
};

} // namespace keyledger
