// The streaming audit export (model/export): CSV and JSON Lines round trips on a real ledger and
// its projected views, formula neutralising, filters, the self-check of JSON Lines files, and
// what a cancelled export leaves behind.
#include "commands/UserCommandHandler.h"
#include "export/AuditCsvSink.h"
#include "export/AuditExportVerifier.h"
#include "export/AuditExporter.h"
#include "export/AuditJsonLinesSink.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/AuditQueries.h"
#include "store/SqliteEventStore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

namespace {

// RFC 4180 records (CRLF ends), quotes and doubled quotes undone.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QList<QByteArray> linesOf(const QByteArray& bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray joinLines(const QList<QByteArray>& lines)
{
    QByteArray out;
    for (const QByteArray& line : lines)
        out += line + '\n';
    return out;
}

// What CsvFormat makes of a cell a spreadsheet would run as a formula.
QString neutralised(const QString& value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && formulaStarts.contains(value.front()) ? QLatin1Char('\'') + value : value;
}

} // namespace

class TstAuditExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvRoundTripEqualsTheEntries();
    void csvNeutralisesFormulaCells_data();
    void csvNeutralisesFormulaCells();
    void jsonLinesCarryEveryStoredField();
    void completeJsonLinesVerifies();
    void completeExportReadsTheLedgerWhileTheViewsLag();
    void filteredExportsVerifyPerEventAndTrailer();
    void organisationFilter();
    void oneChangedByteIsFoundAtItsLine();
    void removedLinesAreCaught();
    void notAnExport();
    void cancelLeavesNoFile();
    void failureKeepsTheOldFile();

private:
    void fill(int users);
    void project();
    AuditExportRequest request(AuditExportFormat format, const AuditFilter& filter = {}) const;
    AuditExportResult exportTo(const QString& path, AuditExportFormat format, const AuditFilter& filter = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_users;
    QList<QUuid> m_ids;
};

void TstAuditExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqliteEventStore>(m_ledger, SqliteConnection::OpenMode::CreateIfMissing);
    m_users = std::make_unique<UserCommandHandler>(*m_store);
    m_ids.clear();
}

void TstAuditExport::cleanup()
{
    m_users.reset();
    m_store.reset();
    m_dir.reset();
}

void TstAuditExport::fill(int users)
{
    const QStringList organisations{QStringLiteral("acme"), QStringLiteral("initech"),
                                    QStringLiteral("umbrella")};
    // Actors are free text: the formula-looking ones must come out neutralised.
    const QStringList actors{QStringLiteral("alice@laptop"), QStringLiteral("=HYPERLINK(\"http://x\")"),
                             QStringLiteral("+1+1"),         QStringLiteral("-2"),
                             QStringLiteral("@SUM(A1)"),     QStringLiteral("\tTab"),
                             QStringLiteral("\rReturn"),     QStringLiteral("bob, \"the\" admin")};
    const int first = int(m_ids.size()); // fill() may run twice: new usernames
    for (int i = first; i < first + users; ++i) {
        const CommandContext actor{actors.at(i % actors.size()), EventMetadata::sourceLocal(), {}};
        CreateUser user;
        user.username = QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'));
        user.email = user.username + QStringLiteral("@example.org");
        user.firstName = QStringLiteral("Zoë %1").arg(i);
        user.lastName = QStringLiteral("Ünïcode");
        user.organizationId = organisations.at(i % organisations.size());
        const QUuid id = m_users->create(user, actor).userId;
        m_ids.append(id);
        if (i % 2 == 0)
            m_users->markEmailVerified(id, actor);
        if (i % 3 == 1)
            m_users->disable(id, actor);
        if (i % 4 == 2) {
            UpdateUserProfile rename;
            rename.lastName = QStringLiteral("Renamed, Jr");
            m_users->updateProfile(id, rename, actor);
        }
    }
}

void TstAuditExport::project()
{
    ViewDatabase views(ViewDatabase::pathFor(m_ledger));
    Projector projector(*m_store, views, ReadModelCatalog::create());
    projector.initialize();
    projector.catchUp();
    QCOMPARE(projector.projectedPosition(), m_store->lastPosition());
}

AuditExportRequest TstAuditExport::request(AuditExportFormat format, const AuditFilter& filter) const
{
    AuditExportRequest r;
    r.ledgerPath = m_ledger;
    r.viewsPath = ViewDatabase::pathFor(m_ledger);
    r.filter = filter;
    r.format = format;
    return r;
}

AuditExportResult TstAuditExport::exportTo(const QString& path, AuditExportFormat format,
                                           const AuditFilter& filter)
{
    AuditCsvSink csv;
    AuditJsonLinesSink jsonl;
    AuditExportSink& sink = format == AuditExportFormat::Csv ? static_cast<AuditExportSink&>(csv) : jsonl;
    return AuditExporter::writeFile(request(format, filter), sink, path);
}

void TstAuditExport::csvRoundTripEqualsTheEntries()
{
    fill(30);
    project();
    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    const AuditExportResult result = exportTo(path, AuditExportFormat::Csv);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, m_store->lastPosition());
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte-order mark
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
    AuditQueries queries(ViewDatabase::pathFor(m_ledger));
    const QList<AuditEntry> entries = queries.entries({});
    QCOMPARE(records.size(), entries.size() + 1);
    QCOMPARE(records.first(),
             (QStringList{QStringLiteral("position"), QStringLiteral("time"), QStringLiteral("userId"),
                          QStringLiteral("username"), QStringLiteral("organization"), QStringLiteral("type"),
                          QStringLiteral("actor"), QStringLiteral("source"), QStringLiteral("summary"),
                          QStringLiteral("changes")}));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& entry = entries.at(i);
        const QStringList& record = records.at(i + 1);
        QCOMPARE(record.size(), 10);
        QCOMPARE(record.at(0).toLongLong(), entry.position);
        const QDateTime time = QDateTime::fromString(record.at(1), Qt::ISODateWithMs);
        QVERIFY2(record.at(1).endsWith(QLatin1Char('Z')) && record.at(1).size() == 24,
                 qPrintable(record.at(1)));
        QCOMPARE(time.toMSecsSinceEpoch(), entry.timeMs);
        QCOMPARE(QUuid::fromString(record.at(2)), entry.userId);
        QCOMPARE(record.at(3), neutralised(entry.username));
        QCOMPARE(record.at(4), neutralised(entry.organizationId));
        QCOMPARE(record.at(5), entry.type);
        QCOMPARE(record.at(6), neutralised(entry.actor));
        QCOMPARE(record.at(7), entry.source);
        QCOMPARE(record.at(8), neutralised(entry.summary));
        QStringList changes;
        for (const FieldDiff& diff : entry.diff)
            changes.append(diff.field + QStringLiteral(": ") + diff.before + QStringLiteral(" → ") +
                           diff.after);
        QCOMPARE(record.at(9), neutralised(changes.join(QStringLiteral("; "))));
    }
    // The rename with a comma and quotes survives the quoting.
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("\"lastName: Ünïcode → Renamed, Jr\"")));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("\"bob, \"\"the\"\" admin\"")));
}

void TstAuditExport::csvNeutralisesFormulaCells_data()
{
    QTest::addColumn<QString>("actor");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")");
    QTest::newRow("+") << QStringLiteral("+1+1");
    QTest::newRow("-") << QStringLiteral("-2");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tTab");
    QTest::newRow("cr") << QStringLiteral("\rReturn");
}

void TstAuditExport::csvNeutralisesFormulaCells()
{
    QFETCH(QString, actor);
    fill(8);
    project();
    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    QVERIFY(exportTo(path, AuditExportFormat::Csv).ok);
    const QList<QStringList> records = parseCsv(QString::fromUtf8(readAll(path)));
    int seen = 0;
    for (const QStringList& record : records.mid(1)) {
        QVERIFY2(!record.at(6).startsWith(actor), qPrintable(record.at(6)));
        if (record.at(6) == QLatin1Char('\'') + actor)
            ++seen;
    }
    QVERIFY(seen > 0);
}

void TstAuditExport::jsonLinesCarryEveryStoredField()
{
    fill(12);
    project();
    const QString path = m_dir->filePath(QStringLiteral("audit.jsonl"));
    const AuditExportResult result = exportTo(path, AuditExportFormat::JsonLines);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.complete);
    const QList<QByteArray> lines = linesOf(readAll(path));
    const qint64 last = m_store->lastPosition();
    QCOMPARE(lines.size(), last + 2);

    const QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(header.value(QLatin1String("kind")).toString(), QStringLiteral("keyledger-audit-export"));
    QCOMPARE(header.value(QLatin1String("format")).toInt(), 1);
    QVERIFY(header.value(QLatin1String("complete")).toBool());
    QVERIFY(header.value(QLatin1String("filters")).toObject().isEmpty());
    QVERIFY(header.value(QLatin1String("exportedAt")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(header.contains(QLatin1String("appVersion")));
    const QJsonObject head = header.value(QLatin1String("chainHead")).toObject();
    QCOMPARE(head.value(QLatin1String("position")).toInteger(), last);

    // Compared with the stored rows read independently through Qt SQL: the text byte for byte.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(m_ledger);
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT position, event_id, stream_id, stream_version, event_type, "
                                          "schema_version, data, metadata, recorded_at, previous_hash, hash "
                                          "FROM events ORDER BY position")));
        const QList<RecordedEvent> recorded = m_store->readAll(1, int(last));
        int row = 0;
        while (query.next()) {
            const QJsonObject line = QJsonDocument::fromJson(lines.at(row + 1)).object();
            QCOMPARE(line.value(QLatin1String("position")).toInteger(), query.value(0).toLongLong());
            QCOMPARE(line.value(QLatin1String("eventId")).toString(), query.value(1).toString());
            QCOMPARE(line.value(QLatin1String("streamId")).toString(), query.value(2).toString());
            QCOMPARE(line.value(QLatin1String("version")).toInteger(), query.value(3).toLongLong());
            QCOMPARE(line.value(QLatin1String("type")).toString(), query.value(4).toString());
            QCOMPARE(line.value(QLatin1String("schemaVersion")).toInteger(), query.value(5).toLongLong());
            QCOMPARE(line.value(QLatin1String("data")).toString().toUtf8(),
                     query.value(6).toString().toUtf8());
            QCOMPARE(line.value(QLatin1String("metadata")).toString().toUtf8(),
                     query.value(7).toString().toUtf8());
            QCOMPARE(line.value(QLatin1String("recordedAtMs")).toInteger(), query.value(8).toLongLong());
            QCOMPARE(
                QDateTime::fromString(line.value(QLatin1String("recordedAt")).toString(), Qt::ISODateWithMs)
                    .toMSecsSinceEpoch(),
                query.value(8).toLongLong());
            QCOMPARE(line.value(QLatin1String("previousHash")).toString(),
                     QString::fromLatin1(query.value(9).toByteArray().toHex()));
            QCOMPARE(line.value(QLatin1String("hash")).toString(),
                     QString::fromLatin1(query.value(10).toByteArray().toHex()));
            // And the parsed data is the event the store reads back, except the personal part:
            // the export carries it sealed, as stored (the hashes cover that form), never opened.
            QJsonObject exported =
                QJsonDocument::fromJson(line.value(QLatin1String("data")).toString().toUtf8()).object();
            QJsonObject readBack = recorded.at(row).data;
            if (readBack.contains(QLatin1String("personal"))) {
                QVERIFY(exported.value(QLatin1String("personal")).toObject().contains(QLatin1String("$sealed")));
                exported.remove(QLatin1String("personal"));
                readBack.remove(QLatin1String("personal"));
            }
            QCOMPARE(exported, readBack);
            const QJsonObject audit = line.value(QLatin1String("audit")).toObject();
            QCOMPARE(audit.value(QLatin1String("actor")).toString(), recorded.at(row).metadata.actor);
            QVERIFY(!audit.value(QLatin1String("summary")).toString().isEmpty());
            ++row;
        }
        QCOMPARE(row, last);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    const QJsonObject trailer = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(trailer.value(QLatin1String("kind")).toString(), QStringLiteral("trailer"));
    QCOMPARE(trailer.value(QLatin1String("count")).toInteger(), last);
    const QByteArray above = joinLines(lines.mid(0, lines.size() - 1));
    QCOMPARE(trailer.value(QLatin1String("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(above, QCryptographicHash::Sha256).toHex()));
}

void TstAuditExport::completeJsonLinesVerifies()
{
    fill(20);
    project();
    const QString path = m_dir->filePath(QStringLiteral("audit.jsonl"));
    QVERIFY(exportTo(path, AuditExportFormat::JsonLines).ok);
    const AuditVerifyReport report = AuditExportVerifier::verifyFile(path);
    QVERIFY2(report.intact(), qPrintable(report.problem));
    QVERIFY(report.complete);
    QCOMPARE(report.events, m_store->lastPosition());
    QCOMPARE(report.headPosition, m_store->lastPosition());
    QCOMPARE(report.headHash, m_store->verifyChain().headHash);
}

void TstAuditExport::completeExportReadsTheLedgerWhileTheViewsLag()
{
    fill(6);
    project();
    const qint64 projected = m_store->lastPosition();
    fill(3); // not projected
    const QString path = m_dir->filePath(QStringLiteral("audit.jsonl"));
    const AuditExportResult result = exportTo(path, AuditExportFormat::JsonLines);
    QVERIFY(result.ok);
    QCOMPARE(result.rows, m_store->lastPosition());
    const QList<QByteArray> lines = linesOf(readAll(path));
    QVERIFY(QJsonDocument::fromJson(lines.at(int(projected))).object().contains(QLatin1String("audit")));
    QVERIFY(!QJsonDocument::fromJson(lines.at(int(projected) + 1)).object().contains(QLatin1String("audit")));
    QVERIFY(AuditExportVerifier::verifyFile(path).intact());
}

void TstAuditExport::filteredExportsVerifyPerEventAndTrailer()
{
    fill(24);
    project();
    AuditFilter disabled;
    disabled.type = QStringLiteral("UserDisabled");
    const QString path = m_dir->filePath(QStringLiteral("disabled.jsonl"));
    const AuditExportResult result = exportTo(path, AuditExportFormat::JsonLines, disabled);
    QVERIFY(result.ok);
    QVERIFY(!result.complete);
    QCOMPARE(result.rows, 8);
    const QList<QByteArray> lines = linesOf(readAll(path));
    QCOMPARE(lines.size(), 8 + 2);
    const QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
    QVERIFY(!header.value(QLatin1String("complete")).toBool());
    QCOMPARE(header.value(QLatin1String("filters")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("UserDisabled"));
    for (const QByteArray& line : lines.mid(1, 8))
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QLatin1String("type")).toString(),
                 QStringLiteral("UserDisabled"));
    const AuditVerifyReport report = AuditExportVerifier::verifyFile(path);
    QVERIFY2(report.intact(), qPrintable(report.problem));
    QVERIFY(!report.complete);
    QCOMPARE(report.events, 8);

    // One user's trail, sparse in the ledger: read row by row.
    AuditFilter one;
    one.userId = m_ids.at(5);
    const QString userPath = m_dir->filePath(QStringLiteral("user.jsonl"));
    QVERIFY(exportTo(userPath, AuditExportFormat::JsonLines, one).ok);
    const AuditVerifyReport userReport = AuditExportVerifier::verifyFile(userPath);
    QVERIFY2(userReport.intact(), qPrintable(userReport.problem));
    QCOMPARE(
        userReport.events,
        m_store->readStream(QStringLiteral("user-") + m_ids.at(5).toString(QUuid::WithoutBraces)).size());
}

void TstAuditExport::organisationFilter()
{
    fill(15);
    project();
    AuditFilter acme;
    acme.organizationId = QStringLiteral("acme");
    AuditQueries queries(ViewDatabase::pathFor(m_ledger));
    const qint64 expected = queries.count(acme);
    QVERIFY(expected > 0);
    QVERIFY(expected < m_store->lastPosition());
    const QList<AuditEntry> entries = queries.entries(acme);
    QCOMPARE(entries.size(), expected);
    for (const AuditEntry& entry : entries)
        QCOMPARE(entry.organizationId, QStringLiteral("acme"));

    const QString path = m_dir->filePath(QStringLiteral("acme.csv"));
    QVERIFY(exportTo(path, AuditExportFormat::Csv, acme).ok);
    const QList<QStringList> records = parseCsv(QString::fromUtf8(readAll(path)));
    QCOMPARE(records.size(), expected + 1);
    for (const QStringList& record : records.mid(1))
        QCOMPARE(record.at(4), QStringLiteral("acme"));
}

void TstAuditExport::oneChangedByteIsFoundAtItsLine()
{
    fill(10);
    project();
    const QString path = m_dir->filePath(QStringLiteral("audit.jsonl"));
    QVERIFY(exportTo(path, AuditExportFormat::JsonLines).ok);
    const QList<QByteArray> lines = linesOf(readAll(path));

    // A letter of the stored data (the organisation, inside the escaped "data" string) on a line
    // in the middle; personal fields are sealed, so a plain-text field is the one to alter.
    const QByteArray organisation = "\\\"organizationId\\\":\\\"acme";
    QList<QByteArray> altered = lines;
    int target = 4;
    while (!altered[target].contains(organisation))
        ++target;
    const qsizetype at = altered[target].indexOf(organisation);
    QVERIFY(at > 0);
    altered[target][at + organisation.size() - 1] = 'E';
    writeAll(path, joinLines(altered));
    AuditVerifyReport report = AuditExportVerifier::verifyFile(path);
    QCOMPARE(report.outcome, AuditVerifyReport::Outcome::Tampered);
    QCOMPARE(report.line, target + 1);
    QCOMPARE(report.position, target); // line 1 is the header
    QVERIFY2(report.problem.contains(QStringLiteral("hash")), qPrintable(report.problem));

    // The audit part is not hashed per event: the trailer's digest catches it.
    altered = lines;
    const qsizetype summary = altered[3].indexOf("\"summary\":\"");
    QVERIFY(summary > 0);
    altered[3][summary + 11] = 'X';
    writeAll(path, joinLines(altered));
    report = AuditExportVerifier::verifyFile(path);
    QCOMPARE(report.outcome, AuditVerifyReport::Outcome::Tampered);
    QCOMPARE(report.line, lines.size());
    QVERIFY2(report.problem.contains(QStringLiteral("SHA-256")), qPrintable(report.problem));

    // The chain head in the header.
    altered = lines;
    const qsizetype head = altered[0].indexOf("\"hash\":\"");
    altered[0][head + 8] = altered[0][head + 8] == 'a' ? 'b' : 'a';
    writeAll(path, joinLines(altered));
    report = AuditExportVerifier::verifyFile(path);
    QCOMPARE(report.outcome, AuditVerifyReport::Outcome::Tampered);
    QCOMPARE(report.line, lines.size());
}

void TstAuditExport::removedLinesAreCaught()
{
    fill(10);
    project();
    const QString path = m_dir->filePath(QStringLiteral("audit.jsonl"));
    QVERIFY(exportTo(path, AuditExportFormat::JsonLines).ok);
    const QList<QByteArray> lines = linesOf(readAll(path));

    QList<QByteArray> cut = lines;
    cut.removeAt(5); // position 5
    writeAll(path, joinLines(cut));
    AuditVerifyReport report = AuditExportVerifier::verifyFile(path);
    QCOMPARE(report.outcome, AuditVerifyReport::Outcome::Tampered);
    QCOMPARE(report.line, 6);
    QCOMPARE(report.position, 6);

    // The last events gone and the trailer rewritten to match: the header's chain head says so.
    cut = lines.mid(0, lines.size() - 3);
    QByteArray above = joinLines(cut);
    cut.append(QByteArray("{\"kind\":\"trailer\",\"count\":") + QByteArray::number(cut.size() - 1) +
               ",\"sha256\":\"" + QCryptographicHash::hash(above, QCryptographicHash::Sha256).toHex() +
               "\"}");
    writeAll(path, joinLines(cut));
    report = AuditExportVerifier::verifyFile(path);
    QCOMPARE(report.outcome, AuditVerifyReport::Outcome::Tampered);
    QVERIFY2(report.problem.contains(QStringLiteral("chain head")), qPrintable(report.problem));

    // A filtered export has no chain to break: the trailer's count catches a removed line.
    AuditFilter updates;
    updates.type = QStringLiteral("UserCreated");
    QVERIFY(exportTo(path, AuditExportFormat::JsonLines, updates).ok);
    const QList<QByteArray> filtered = linesOf(readAll(path));
    cut = filtered;
    cut.removeAt(2);
    writeAll(path, joinLines(cut));
    report = AuditExportVerifier::verifyFile(path);
    QCOMPARE(report.outcome, AuditVerifyReport::Outcome::Tampered);
    QCOMPARE(report.line, cut.size());
    QVERIFY2(report.problem.contains(QStringLiteral("counts")), qPrintable(report.problem));

    // Cut short: no trailer.
    writeAll(path, joinLines(filtered.mid(0, 4)));
    report = AuditExportVerifier::verifyFile(path);
    QCOMPARE(report.outcome, AuditVerifyReport::Outcome::Tampered);
    QCOMPARE(report.line, 5);
}

void TstAuditExport::notAnExport()
{
    const QString path = m_dir->filePath(QStringLiteral("other.jsonl"));
    writeAll(path, "{\"kind\":\"something-else\"}\n");
    QCOMPARE(AuditExportVerifier::verifyFile(path).outcome, AuditVerifyReport::Outcome::NotAnExport);
    writeAll(path, "position,time\r\n1,2\r\n");
    QCOMPARE(AuditExportVerifier::verifyFile(path).outcome, AuditVerifyReport::Outcome::NotAnExport);
    writeAll(path, "");
    QCOMPARE(AuditExportVerifier::verifyFile(path).outcome, AuditVerifyReport::Outcome::NotAnExport);
    QCOMPARE(AuditExportVerifier::verifyFile(m_dir->filePath(QStringLiteral("missing"))).outcome,
             AuditVerifyReport::Outcome::NotAnExport);
}

void TstAuditExport::cancelLeavesNoFile()
{
    fill(1000); // > one batch of 2,000 events
    project();
    QVERIFY(m_store->lastPosition() > AuditExporter::BatchSize);
    for (const AuditExportFormat format : {AuditExportFormat::Csv, AuditExportFormat::JsonLines}) {
        const QString path = m_dir->filePath(QStringLiteral("cancelled.") + formatName(format));
        int calls = 0;
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        AuditCsvSink csv;
        AuditJsonLinesSink jsonl;
        AuditExportSink& sink = format == AuditExportFormat::Csv ? static_cast<AuditExportSink&>(csv) : jsonl;
        const AuditExportResult result =
            AuditExporter::writeFile(request(format), sink, path, [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
                return ++calls < 2; // after the first batch
            });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QCOMPARE(result.status, AuditExportResult::Status::Cancelled);
        QCOMPARE(lastDone, qint64(AuditExporter::BatchSize));
        QCOMPARE(lastTotal, m_store->lastPosition());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }
}

void TstAuditExport::failureKeepsTheOldFile()
{
    fill(3);
    project();
    const QString path = m_dir->filePath(QStringLiteral("old.csv"));
    writeAll(path, "the previous export\n");
    AuditCsvSink sink;
    const AuditExportResult cancelled = AuditExporter::writeFile(request(AuditExportFormat::Csv), sink, path,
                                                                 [](qint64, qint64) { return false; });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(readAll(path), QByteArray("the previous export\n"));

    // The views of another (empty) ledger: the JSON Lines export refuses, no file.
    AuditExportRequest wrong = request(AuditExportFormat::JsonLines);
    wrong.viewsPath = m_dir->filePath(QStringLiteral("missing.views.db"));
    AuditJsonLinesSink jsonl;
    const QString jsonPath = m_dir->filePath(QStringLiteral("x.jsonl"));
    const AuditExportResult failed = AuditExporter::writeFile(wrong, jsonl, jsonPath);
    QCOMPARE(failed.status, AuditExportResult::Status::Failed);
    QVERIFY(!failed.error.isEmpty());
    QVERIFY(!QFile::exists(jsonPath));
    QVERIFY(!QFile::exists(jsonPath + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TstAuditExport)
#include "tst_auditexport.moc"
