#include "audit/AuditPdfSink.h"

#include "common/KeyledgerError.h"
#include "common/UtcTimestamp.h"
#include "export/AuditCsvColumns.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace keyledger {

namespace {

// Share of the width of each column: position, time, user, organisation, event, actor, source,
// summary and changes.
constexpr qreal columnShares[] = {0.06, 0.12, 0.11, 0.09, 0.11, 0.11, 0.08, 0.32};

QString clipped(const QString& text)
{
    return text.size() > AuditPdfSink::MaxCellCharacters
               ? text.left(AuditPdfSink::MaxCellCharacters) + QChar(0x2026)
               : text;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

AuditPdfSink::AuditPdfSink() = default;

AuditPdfSink::~AuditPdfSink()
{
    if (m_painter.isActive())
        m_painter.end();
}

QString AuditPdfSink::summaryHtml(const AuditExportHeader& header) const
{
    const QLocale locale;
    const AuditFilter& filter = header.filter;
    QString html =
        QStringLiteral("<h1>%1</h1><table cellspacing=\"0\" cellpadding=\"3\">").arg(escaped(title()));
    const auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    line(tr("Database"), header.databaseLabel);
    line(tr("Exported at"), UtcTimestamp::format(header.exportedAtMs));
    if (!header.headHash.isEmpty())
        line(tr("Chain head"), tr("position %1, hash %2")
                                   .arg(header.headPosition)
                                   .arg(QString::fromLatin1(header.headHash.toHex())));
    if (header.total > 0)
        line(tr("Period"),
             tr("%1 to %2 (UTC)")
                 .arg(UtcTimestamp::format(header.firstTimeMs), UtcTimestamp::format(header.lastTimeMs)));
    line(tr("Events"), locale.toString(header.total));
    if (!header.appVersion.isEmpty())
        line(tr("Application"), tr("Keyledger %1").arg(header.appVersion));
    html += QStringLiteral("</table><h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\">")
                .arg(escaped(tr("Filters")));
    if (header.complete)
        line(tr("None"), tr("every event of the ledger"));
    if (!filter.userId.isNull())
        line(tr("User"),
             header.filterUser.isEmpty()
                 ? filter.userId.toString(QUuid::WithoutBraces)
                 : tr("%1 (%2)").arg(header.filterUser, filter.userId.toString(QUuid::WithoutBraces)));
    if (!filter.organizationId.isEmpty())
        line(tr("Organisation"), filter.organizationId);
    if (!filter.actor.isEmpty())
        line(tr("Actor"), filter.actor);
    if (!filter.type.isEmpty())
        line(tr("Event type"), filter.type);
    if (!filter.source.isEmpty())
        line(tr("Source"), filter.source);
    if (filter.from.isValid())
        line(tr("From"), UtcTimestamp::format(filter.from.toMSecsSinceEpoch()));
    if (filter.to.isValid())
        line(tr("To"), UtcTimestamp::format(filter.to.toMSecsSinceEpoch()));
    html += QStringLiteral("</table>");

    const auto counts = [&](const QString& heading, const QString& column,
                            const QList<QPair<QString, qint64>>& list) {
        html += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                               "<tr><th align=\"left\">%2</th><th align=\"right\">%3</th></tr>")
                    .arg(escaped(heading), escaped(column), escaped(tr("Events")));
        qint64 others = 0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i < SummaryRowsShown)
                html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                            .arg(escaped(list.at(i).first.isEmpty() ? tr("(none)") : list.at(i).first),
                                 locale.toString(list.at(i).second));
            else
                others += list.at(i).second;
        }
        if (others > 0)
            html += QStringLiteral("<tr><td><i>%1</i></td><td align=\"right\">%2</td></tr>")
                        .arg(escaped(tr("%n others", nullptr, int(list.size() - SummaryRowsShown))),
                             locale.toString(others));
        html += QStringLiteral("</table>");
    };
    counts(tr("Events by type"), tr("Event type"), header.countsByType);
    counts(tr("Events by actor"), tr("Actor"), header.countsByActor);
    return html;
}

void AuditPdfSink::begin(const AuditExportHeader& header, QIODevice& out)
{
    if (header.total > MaxEvents)
        throw KeyledgerError(
            tr("A PDF report holds at most %1 events and these filters match %2: narrow them "
               "(dates, user, type), or export CSV or JSON Lines.")
                .arg(QLocale().toString(MaxEvents), QLocale().toString(header.total)));
    m_writer = std::make_unique<QPdfWriter>(&out);
    m_writer->setTitle(title());
    m_writer->setCreator(QStringLiteral("Keyledger"));
    m_writer->setResolution(150);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                        QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    if (!m_painter.begin(m_writer.get()))
        writeAll(out, {}); // cannot fail; keeps the error path in one place
    m_area = QRectF(QPointF(0, 0), QSizeF(m_writer->width(), m_writer->height()));
    m_font = QFont(QStringLiteral("DejaVu Sans"));
    m_font.setPointSizeF(7.5);
    m_bold = m_font;
    m_bold.setBold(true);
    m_padding = m_writer->resolution() / 50.0;
    m_footer = tr("%1 — %2").arg(title(), header.databaseLabel);
    m_page = 1;

    m_columns.clear();
    qreal x = m_area.left();
    for (const qreal share : columnShares) {
        m_columns.append(x);
        x += share * m_area.width();
    }
    m_columns.append(m_area.right());

    paintSummary(header);
    newPage();
    startTablePage();
}

void AuditPdfSink::paintSummary(const AuditExportHeader& header)
{
    QTextDocument document;
    QFont font = m_font;
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.documentLayout()->setPaintDevice(m_writer.get());
    document.setHtml(summaryHtml(header));
    const qreal footerSpace = QFontMetricsF(m_font, m_writer.get()).height() * 2;
    const QSizeF page(m_area.width(), m_area.height() - footerSpace);
    document.setPageSize(page);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            newPage();
        m_painter.save();
        m_painter.translate(0, -i * page.height());
        document.drawContents(&m_painter, QRectF(QPointF(0, i * page.height()), page));
        m_painter.restore();
    }
}

void AuditPdfSink::newPage()
{
    paintFooter();
    m_writer->newPage();
    ++m_page;
}

void AuditPdfSink::paintFooter()
{
    m_painter.setFont(m_font);
    m_painter.setPen(Qt::darkGray);
    const QRectF footer(m_area.left(), m_area.bottom() - QFontMetricsF(m_font, m_writer.get()).height(),
                        m_area.width(), QFontMetricsF(m_font, m_writer.get()).height());
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(m_page));
    m_painter.setPen(Qt::black);
}

void AuditPdfSink::startTablePage()
{
    m_y = m_area.top();
    paintRow({tr("Position"), tr("Time (UTC)"), tr("User"), tr("Organisation"), tr("Event"), tr("Actor"),
              tr("Source"), tr("Summary and changes")},
             true);
}

qreal AuditPdfSink::rowHeight(const QStringList& cells)
{
    const QFontMetricsF metrics(m_font, m_writer.get());
    qreal height = metrics.height();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const qreal width = m_columns.at(i + 1) - m_columns.at(i) - 2 * m_padding;
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6),
                                                   Qt::TextWordWrap | Qt::TextWrapAnywhere, cells.at(i));
        height = std::max(height, bounds.height());
    }
    return height + 2 * m_padding;
}

void AuditPdfSink::paintRow(const QStringList& cells, bool heading)
{
    m_painter.setFont(heading ? m_bold : m_font);
    const qreal height = rowHeight(cells);
    const qreal footerSpace = QFontMetricsF(m_font, m_writer.get()).height() * 2;
    if (!heading && m_y + height > m_area.bottom() - footerSpace) {
        newPage();
        startTablePage();
        m_painter.setFont(m_font);
    }
    if (heading)
        m_painter.fillRect(QRectF(m_area.left(), m_y, m_area.width(), height), QColor(0xe8, 0xea, 0xf0));
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QRectF cell(m_columns.at(i) + m_padding, m_y + m_padding,
                          m_columns.at(i + 1) - m_columns.at(i) - 2 * m_padding, height - 2 * m_padding);
        m_painter.drawText(cell, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere,
                           cells.at(i));
    }
    m_y += height;
    m_painter.setPen(QColor(0xc0, 0xc4, 0xcc));
    m_painter.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
    m_painter.setPen(Qt::black);
}

void AuditPdfSink::add(const AuditEntry* entry, const StoredEvent*)
{
    if (!entry)
        return;
    QString summary = entry->summary;
    const QString changes = AuditCsvColumns::changes(entry->diff);
    if (!changes.isEmpty())
        summary += QLatin1Char('\n') + changes;
    paintRow({QString::number(entry->position),
              UtcTimestamp::format(entry->timeMs).replace(QLatin1Char('T'), QLatin1Char(' ')),
              clipped(entry->username), clipped(entry->organizationId), entry->type, clipped(entry->actor),
              entry->source, clipped(summary)},
             false);
}

void AuditPdfSink::flush(QIODevice&) {}

void AuditPdfSink::abandon()
{
    // The writer holds the device, which the exporter closes and removes next.
    if (m_painter.isActive())
        m_painter.end();
    m_writer.reset();
}

void AuditPdfSink::finish(QIODevice&)
{
    paintFooter();
    m_painter.end();
    m_writer.reset();
}

} // namespace keyledger
