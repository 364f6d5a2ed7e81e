// The PDF report of the audit export (ui/audit/AuditPdfSink through AuditExporter): a real PDF
// whose page count follows the number of events, with its title, on a real ledger and views file.
#include "audit/AuditExportJob.h"
#include "audit/AuditPdfSink.h"
#include "audit/AuditView.h"
#include "commands/UserCommandHandler.h"
#include "export/AuditExportVerifier.h"
#include "export/AuditExporter.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

namespace {

// Pages of a PDF written by QPdfWriter: its page objects ("/Type /Page", not "/Pages").
int pageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int count = 0;
    for (QRegularExpressionMatchIterator it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext();
         it.next())
        ++count;
    return count;
}

QByteArray utf16(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return bytes;
}

} // namespace

class TstAuditPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reportPagesFollowTheEvents();
    void filteredReportIsShorter();
    void cancelledReportLeavesNoFile();
    void guiJobWritesEachFormatOnItsThread();

private:
    AuditExportResult exportPdf(const QString& path, const AuditFilter& filter, int& pages,
                                const AuditExporter::Progress& progress = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
};

void TstAuditPdf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = m_dir->filePath(QStringLiteral("k.db"));
    SqliteEventStore store(m_ledger, SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler users(store);
    for (int i = 0; i < 150; ++i) {
        const CommandContext actor{i % 3 ? QStringLiteral("alice@laptop") : QStringLiteral("bob@desk"),
                                   EventMetadata::sourceLocal(),
                                   {}};
        CreateUser user;
        user.username = QStringLiteral("member%1").arg(i, 3, 10, QLatin1Char('0'));
        user.email = user.username + QStringLiteral("@example.org");
        user.firstName = QStringLiteral("Zoë");
        user.lastName = QStringLiteral("Ünïcode %1").arg(i);
        user.organizationId = i % 2 ? QStringLiteral("acme") : QStringLiteral("globex");
        const QUuid id = users.create(user, actor).userId;
        if (i % 5 == 0)
            users.disable(id, actor);
    }
    ViewDatabase views(ViewDatabase::pathFor(m_ledger));
    Projector projector(store, views, ReadModelCatalog::create());
    projector.initialize();
    projector.catchUp();
}

void TstAuditPdf::cleanup()
{
    m_dir.reset();
}

AuditExportResult TstAuditPdf::exportPdf(const QString& path, const AuditFilter& filter, int& pages,
                                         const AuditExporter::Progress& progress)
{
    AuditExportRequest request;
    request.ledgerPath = m_ledger;
    request.viewsPath = ViewDatabase::pathFor(m_ledger);
    request.filter = filter;
    request.format = AuditExportFormat::Pdf;
    request.databaseLabel = QStringLiteral("test ledger");
    AuditPdfSink sink;
    const AuditExportResult result = AuditExporter::writeFile(request, sink, path, progress);
    pages = sink.pageCount();
    return result;
}

void TstAuditPdf::reportPagesFollowTheEvents()
{
    const QString path = m_dir->filePath(QStringLiteral("audit.pdf"));
    int pages = 0;
    const AuditExportResult result = exportPdf(path, {}, pages);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 180); // 150 creations, 30 disables
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-1."));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/Count " + QByteArray::number(pages)));
    QCOMPARE(pageObjects(pdf), pages);
    // The summary page, then 180 rows at a few dozen per landscape page.
    QVERIFY2(pages >= 4 && pages <= 20, qPrintable(QString::number(pages)));
    // The title is in the document information (UTF-16, as QPdfWriter writes it).
    QVERIFY(pdf.contains(utf16(AuditPdfSink::title())));
    QVERIFY(pdf.contains("/Producer") || pdf.contains("/Creator"));
}

void TstAuditPdf::filteredReportIsShorter()
{
    int allPages = 0;
    QVERIFY(exportPdf(m_dir->filePath(QStringLiteral("all.pdf")), {}, allPages).ok);
    AuditFilter disabled;
    disabled.type = QStringLiteral("UserDisabled");
    int pages = 0;
    const AuditExportResult result =
        exportPdf(m_dir->filePath(QStringLiteral("disabled.pdf")), disabled, pages);
    QVERIFY(result.ok);
    QCOMPARE(result.rows, 30);
    QVERIFY(pages >= 2);
    QVERIFY2(pages < allPages, qPrintable(QStringLiteral("%1 vs %2").arg(pages).arg(allPages)));
}

void TstAuditPdf::cancelledReportLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("cancelled.pdf"));
    int pages = 0;
    int calls = 0;
    const AuditExportResult result =
        exportPdf(path, {}, pages, [&calls](qint64, qint64) { return ++calls < 2; });
    QVERIFY(result.cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TstAuditPdf::guiJobWritesEachFormatOnItsThread()
{
    // The Audit view picks the format from the chosen file's extension.
    QCOMPARE(AuditView::formatForPath(QStringLiteral("/x/a.jsonl")), AuditExportFormat::JsonLines);
    QCOMPARE(AuditView::formatForPath(QStringLiteral("/x/a.PDF")), AuditExportFormat::Pdf);
    QCOMPARE(AuditView::formatForPath(QStringLiteral("/x/a.csv")), AuditExportFormat::Csv);
    QCOMPARE(AuditView::formatForPath(QStringLiteral("/x/a")), AuditExportFormat::Csv);

    for (const AuditExportFormat format : {AuditExportFormat::JsonLines, AuditExportFormat::Pdf}) {
        const QString path = m_dir->filePath(QStringLiteral("job.") + formatName(format));
        AuditExportRequest request;
        request.ledgerPath = m_ledger;
        request.viewsPath = ViewDatabase::pathFor(m_ledger);
        request.format = format;
        AuditExportJob job(request, path);
        QSignalSpy progress(&job, &AuditExportJob::progress);
        QSignalSpy finished(&job, &AuditExportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(job.result().ok, qPrintable(job.result().error));
        QCOMPARE(job.result().rows, 180);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 180);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (format == AuditExportFormat::Pdf)
            QVERIFY(file.readAll().startsWith("%PDF-"));
        else
            QVERIFY(AuditExportVerifier::verifyFile(path).intact());
    }
}

QTEST_MAIN(TstAuditPdf)
#include "tst_auditpdf.moc"
