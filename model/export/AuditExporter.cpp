#include "export/AuditExporter.h"

#include "common/KeyledgerError.h"
#include "export/AuditExportSink.h"
#include "export/AuditRowReader.h"
#include "export/StoredEventReader.h"
#include "queries/AuditQueries.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>
#include <vector>

namespace keyledger {

namespace {

class Cancelled
{
};

QList<QPair<QString, qint64>> mostFrequentFirst(const QHash<QString, qint64>& counts)
{
    QList<QPair<QString, qint64>> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return list;
}

// One export run: the two connections, the head taken at the start, the running count.
class Run
{
public:
    Run(const AuditExportRequest& request, AuditExportSink& sink, QIODevice& out,
        const AuditExporter::Progress& progress)
        : m_request(request)
        , m_sink(sink)
        , m_out(out)
        , m_progress(progress)
        , m_queries(request.viewsPath)
        , m_filter(request.filter)
    {
        m_filter.limit = AuditExporter::BatchSize;
        m_filter.afterPosition = 0;
        if (!request.ledgerPath.isEmpty()) {
            m_ledgerReader = std::make_unique<StoredEventReader>(request.ledgerPath);
            m_head = m_ledgerReader->head();
        } else if (sink.needsEvents()) {
            throw KeyledgerError(AuditExporter::tr("This export format needs the ledger file."));
        } else {
            // CSV from the views alone: no chain head to state, no position to stop at.
            m_head.position = std::numeric_limits<qint64>::max();
        }
    }

    AuditExportHeader header()
    {
        AuditExportHeader header;
        header.filter = m_request.filter;
        header.filter.limit = 0;
        header.filter.afterPosition = 0;
        header.filterUser = m_request.filterUser;
        header.databaseLabel = !m_request.databaseLabel.isEmpty() ? m_request.databaseLabel
                               : !m_request.ledgerPath.isEmpty()  ? QFileInfo(m_request.ledgerPath).fileName()
                                                                  : QFileInfo(m_request.viewsPath).fileName();
        header.exportedAtMs = QDateTime::currentMSecsSinceEpoch();
        if (m_ledgerReader) {
            header.headPosition = m_head.position;
            header.headHash = m_head.hash;
        }
        header.appVersion = QCoreApplication::applicationVersion();
        header.complete = AuditExporter::isUnfiltered(m_request.filter);
        m_complete = header.complete;
        return header;
    }

    void summarise(AuditExportHeader& header)
    {
        QHash<QString, qint64> byType;
        QHash<QString, qint64> byActor;
        forEachEntryPage([&](const QList<AuditEntry>& entries) {
            for (const AuditEntry& entry : entries) {
                ++byType[entry.type];
                ++byActor[entry.actor];
                if (header.firstTimeMs == 0 || entry.timeMs < header.firstTimeMs)
                    header.firstTimeMs = entry.timeMs;
                header.lastTimeMs = std::max(header.lastTimeMs, entry.timeMs);
            }
            return true;
        });
        header.countsByType = mostFrequentFirst(byType);
        header.countsByActor = mostFrequentFirst(byActor);
    }

    qint64 total()
    {
        if (m_complete && m_sink.needsEvents())
            return m_head.position;
        return std::min(m_queries.count(m_filter), m_head.position);
    }

    qint64 rows() const { return m_rows; }

    void writeRows(qint64 total)
    {
        m_total = total;
        if (m_complete && m_sink.needsEvents())
            writeWholeLedger();
        else
            writeMatchingEntries();
    }

private:
    // Calls f with each page of matching entries up to the head; f returns false to stop.
    template <typename F>
    void forEachEntryPage(F&& f)
    {
        AuditFilter page = m_filter;
        for (;;) {
            QList<AuditEntry> entries = m_queries.entries(page);
            const qsizetype read = entries.size();
            while (!entries.isEmpty() && entries.constLast().position > m_head.position)
                entries.removeLast(); // appended after the export started
            if (!entries.isEmpty() && !f(entries))
                return;
            if (read < AuditExporter::BatchSize || entries.size() < read)
                return;
            page.afterPosition = entries.constLast().position;
        }
    }

    void batchDone()
    {
        m_sink.flush(m_out);
        if (m_progress && !m_progress(m_rows, std::max(m_total, m_rows)))
            throw Cancelled();
    }

    void writeWholeLedger()
    {
        if (m_sink.readsViews()) {
            // No copies: both rows are read through their statements, in step.
            AuditRowReader rows(m_request.viewsPath);
            qint64 after = 0;
            while (after < m_head.position) {
                rows.start(after, m_head.position);
                const int read = m_ledgerReader->forEachInRange(
                    after, m_head.position, AuditExporter::BatchSize, [&](const StoredEventView& event) {
                        m_sink.addView(rows.at(event.position), event);
                        after = event.position;
                    });
                rows.stop();
                if (read == 0)
                    break;
                m_rows += read;
                batchDone();
            }
            return;
        }
        std::vector<StoredEvent> events;
        events.reserve(AuditExporter::BatchSize);
        AuditFilter page = m_filter;
        qint64 after = 0;
        while (after < m_head.position) {
            m_ledgerReader->readRange(after, m_head.position, AuditExporter::BatchSize, events);
            if (events.empty())
                break;
            page.afterPosition = after;
            const QList<AuditEntry> entries = m_queries.entries(page);
            qsizetype e = 0;
            for (const StoredEvent& event : events) {
                while (e < entries.size() && entries.at(e).position < event.row.position)
                    ++e;
                const bool known = e < entries.size() && entries.at(e).position == event.row.position;
                m_sink.add(known ? &entries.at(e) : nullptr, &event);
            }
            m_rows += qint64(events.size());
            after = events.back().row.position;
            batchDone();
        }
    }

    void writeMatchingEntries()
    {
        const bool withEvents = m_sink.needsEvents();
        std::vector<StoredEvent> events;
        StoredEvent single;
        forEachEntryPage([&](const QList<AuditEntry>& entries) {
            if (!withEvents) {
                for (const AuditEntry& entry : entries)
                    m_sink.add(&entry, nullptr);
                m_rows += entries.size();
                batchDone();
                return true;
            }
            const qint64 first = entries.constFirst().position;
            const qint64 last = entries.constLast().position;
            // Dense pages read the ledger's range in one statement; sparse ones row by row.
            const bool dense = last - first < 4 * qint64(entries.size());
            if (dense)
                m_ledgerReader->readRange(first - 1, last, int(last - first + 1), events);
            size_t next = 0;
            for (const AuditEntry& entry : entries) {
                const StoredEvent* event = nullptr;
                if (dense) {
                    while (next < events.size() && events[next].row.position < entry.position)
                        ++next;
                    if (next < events.size() && events[next].row.position == entry.position)
                        event = &events[next];
                } else if (m_ledgerReader->readAt(entry.position, single)) {
                    event = &single;
                }
                if (!event)
                    throw KeyledgerError(
                        AuditExporter::tr("The views file lists event %1, which the ledger does "
                                          "not hold: it belongs to another ledger.")
                            .arg(entry.position));
                m_sink.add(&entry, event);
                ++m_rows;
            }
            batchDone();
            return true;
        });
    }

    const AuditExportRequest& m_request;
    AuditExportSink& m_sink;
    QIODevice& m_out;
    const AuditExporter::Progress& m_progress;
    std::unique_ptr<StoredEventReader> m_ledgerReader;
    AuditQueries m_queries;
    AuditFilter m_filter;
    StoredEventReader::Head m_head;
    bool m_complete = false;
    qint64 m_rows = 0;
    qint64 m_total = 0;
};

} // namespace

bool AuditExporter::isUnfiltered(const AuditFilter& filter)
{
    return filter.userId.isNull() && filter.organizationId.isEmpty() && filter.actor.isEmpty() &&
           filter.type.isEmpty() && filter.source.isEmpty() && !filter.from.isValid() && !filter.to.isValid();
}

AuditExportResult AuditExporter::write(const AuditExportRequest& request, AuditExportSink& sink,
                                       QIODevice& out, const Progress& progress)
{
    AuditExportResult result;
    const qint64 startSize = out.pos();
    try {
        Run run(request, sink, out, progress);
        AuditExportHeader header = run.header();
        result.complete = header.complete;
        result.headPosition = header.headPosition;
        result.headHash = header.headHash;
        if (sink.needsSummary())
            run.summarise(header);
        header.total = run.total();
        if (progress && !progress(0, header.total))
            throw Cancelled();
        sink.begin(header, out);
        try {
            run.writeRows(header.total);
        } catch (...) {
            result.rows = run.rows();
            throw;
        }
        result.rows = run.rows();
        sink.finish(out);
    } catch (const Cancelled&) {
        sink.abandon();
        result.setStatus(AuditExportResult::Status::Cancelled);
        return result;
    } catch (const KeyledgerError& error) {
        sink.abandon();
        result.error = error.message();
        result.setStatus(AuditExportResult::Status::Failed);
        return result;
    }
    result.bytes = out.pos() - startSize;
    result.setStatus(AuditExportResult::Status::Ok);
    return result;
}

AuditExportResult AuditExporter::writeFile(const AuditExportRequest& request, AuditExportSink& sink,
                                           const QString& path, const Progress& progress)
{
    const QString partPath = path + QStringLiteral(".part");
    QFile part(partPath);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        AuditExportResult result;
        result.path = path;
        result.error = tr("Cannot write %1: %2").arg(partPath, part.errorString());
        return result;
    }
    AuditExportResult result = write(request, sink, part, progress);
    result.path = path;
    if (result.ok && !part.flush()) {
        result.error = tr("Cannot write %1: %2").arg(partPath, part.errorString());
        result.setStatus(AuditExportResult::Status::Failed);
    }
    part.close();
    if (!result.ok) {
        QFile::remove(partPath);
        return result;
    }
    // rename(2) replaces an existing file in one step: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partPath);
        result.error = tr("Cannot rename %1 to %2.").arg(partPath, path);
        result.setStatus(AuditExportResult::Status::Failed);
    }
    return result;
}

} // namespace keyledger
