// keyledger-cli audit export / audit verify end to end: the real binary (KEYLEDGER_CLI_PATH) on a
// real ledger; verify never opens a database, so it runs on the export file alone.
#include "commands/UserCommandHandler.h"
#include "store/SqliteEventStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

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

} // namespace

class TstAuditVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void completeExportVerifies();
    void oneChangedByteFailsAtItsLine();
    void removedLineFails();
    void filteredExportVerifies();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void notAnExport();
    void csvAndPdfFromTheCli();

private:
    CliRun run(const QStringList& arguments) const;
    CliRun exportTo(const QString& file, const QString& format, const QStringList& more = {}) const;
    void fill();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TstAuditVerify::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("store.db"));
    fill();
}

void TstAuditVerify::cleanup()
{
    m_dir.reset();
}

void TstAuditVerify::fill()
{
    SqliteEventStore store(m_db, SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler users(store);
    const CommandContext alice{QStringLiteral("alice@laptop"), EventMetadata::sourceLocal(), {}};
    const CommandContext bob{QStringLiteral("bob@desk"), EventMetadata::sourceLocal(), {}};
    for (int i = 0; i < 40; ++i) {
        CreateUser user;
        user.username = QStringLiteral("person%1").arg(i, 3, 10, QLatin1Char('0'));
        user.email = user.username + QStringLiteral("@example.org");
        user.organizationId = i % 2 ? QStringLiteral("acme") : QStringLiteral("globex");
        const QUuid id = users.create(user, i % 3 ? alice : bob).userId;
        if (i % 4 == 1)
            users.disable(id, bob);
    }
}

CliRun TstAuditVerify::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    environment.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
    environment.remove(QStringLiteral("DISPLAY")); // the PDF export must not need one
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KEYLEDGER_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliRun TstAuditVerify::exportTo(const QString& file, const QString& format, const QStringList& more) const
{
    return run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("audit"), QStringLiteral("export"),
                           QStringLiteral("--format"), format, QStringLiteral("--output"), file} +
               more);
}

void TstAuditVerify::completeExportVerifies()
{
    const QString file = m_dir->filePath(QStringLiteral("audit.jsonl"));
    const CliRun exported = exportTo(file, QStringLiteral("jsonl"));
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.out.contains("Exported 50 events"), exported.out.constData());
    QVERIFY(exported.out.contains("Complete export"));
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

    // No --db: verify opens nothing but the file (the store may even be gone).
    QVERIFY(QFile::remove(m_db));
    const CliRun verified = run({QStringLiteral("audit"), QStringLiteral("verify"), file});
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QVERIFY2(verified.out.contains("intact and complete: 50 events"), verified.out.constData());
    QVERIFY(verified.out.contains("position 50"));

    const CliRun json = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit"),
                             QStringLiteral("verify"), file});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(json.out).object();
    QVERIFY(answer.value(QLatin1String("ok")).toBool());
    QVERIFY(answer.value(QLatin1String("complete")).toBool());
    QCOMPARE(answer.value(QLatin1String("checkedEvents")).toInt(), 50);
}

void TstAuditVerify::oneChangedByteFailsAtItsLine()
{
    const QString file = m_dir->filePath(QStringLiteral("audit.jsonl"));
    QCOMPARE(exportTo(file, QStringLiteral("jsonl")).exitCode, 0);
    QByteArray bytes = readAll(file);
    // Line 21 holds position 20; change one byte of its stored data.
    qsizetype start = 0;
    for (int line = 1; line < 21; ++line)
        start = bytes.indexOf('\n', start) + 1;
    const qsizetype data = bytes.indexOf("\"data\":\"", start);
    QVERIFY(data > start && data < bytes.indexOf('\n', start));
    const qsizetype letter = bytes.indexOf("person", data) + 2;
    bytes[letter] = bytes[letter] == 'r' ? 's' : 'r';
    writeAll(file, bytes);

    const CliRun verified = run({QStringLiteral("audit"), QStringLiteral("verify"), file});
    QCOMPARE(verified.exitCode, 6);
    QVERIFY2(verified.err.contains("line 21 (position 20)"), verified.err.constData());
    QVERIFY(verified.err.contains("altered"));
    QVERIFY(verified.out.isEmpty());
}

void TstAuditVerify::removedLineFails()
{
    const QString file = m_dir->filePath(QStringLiteral("audit.jsonl"));
    QCOMPARE(exportTo(file, QStringLiteral("jsonl")).exitCode, 0);
    QList<QByteArray> lines = readAll(file).split('\n');
    lines.removeAt(10); // position 10
    writeAll(file, lines.join('\n'));
    const CliRun verified = run({QStringLiteral("audit"), QStringLiteral("verify"), file});
    QCOMPARE(verified.exitCode, 6);
    QVERIFY2(verified.err.contains("line 11 (position 11)"), verified.err.constData());
    QVERIFY(verified.err.contains("position 10 was expected"));
}

void TstAuditVerify::filteredExportVerifies()
{
    const QString file = m_dir->filePath(QStringLiteral("acme-disabled.jsonl"));
    const CliRun exported =
        exportTo(file, QStringLiteral("jsonl"),
                 {QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--type"),
                  QStringLiteral("UserDisabled"), QStringLiteral("--actor"), QStringLiteral("bob@desk")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    // Disabled: i % 4 == 1, all odd, so all in acme: 10 users.
    QVERIFY2(exported.out.contains("Exported 10 events"), exported.out.constData());
    QVERIFY(exported.out.contains("Filtered export"));
    const QJsonObject header = QJsonDocument::fromJson(readAll(file).split('\n').first()).object();
    const QJsonObject filters = header.value(QLatin1String("filters")).toObject();
    QCOMPARE(filters.value(QLatin1String("organization")).toString(), QStringLiteral("acme"));
    QCOMPARE(filters.value(QLatin1String("actor")).toString(), QStringLiteral("bob@desk"));
    QCOMPARE(filters.value(QLatin1String("type")).toString(), QStringLiteral("UserDisabled"));

    const CliRun verified = run({QStringLiteral("audit"), QStringLiteral("verify"), file});
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QVERIFY2(verified.out.contains("intact: 10 events"), verified.out.constData());

    // One user's trail, by username.
    const QString user = m_dir->filePath(QStringLiteral("user.jsonl"));
    const CliRun one =
        exportTo(user, QStringLiteral("jsonl"), {QStringLiteral("--user"), QStringLiteral("person005")});
    QVERIFY2(one.exitCode == 0, one.err.constData());
    QVERIFY2(one.out.contains("Exported 2 events"), one.out.constData());
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), user}).exitCode, 0);
}

void TstAuditVerify::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2
                            << QByteArray("--format must be csv, jsonl or pdf");
    QTest::newRow("no format") << QStringList{} << 2 << QByteArray("needs --format");
    QTest::newRow("date") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                         QStringLiteral("--from"), QStringLiteral("2024-13-01")}
                          << 2 << QByteArray("YYYY-MM-DD");
    QTest::newRow("from after to") << QStringList{QStringLiteral("--format"), QStringLiteral("jsonl"),
                                                  QStringLiteral("--from"),   QStringLiteral("2024-02-01"),
                                                  QStringLiteral("--to"),     QStringLiteral("2024-01-01")}
                                   << 2 << QByteArray("--from must not be after --to");
    QTest::newRow("unknown user") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                 QStringLiteral("--user"), QStringLiteral("nobody-here")}
                                  << 3 << QByteArray("nobody-here");
}

void TstAuditVerify::badInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const QString file = m_dir->filePath(QStringLiteral("out.file"));
    const CliRun result = run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("audit"),
                                          QStringLiteral("export"), QStringLiteral("--output"), file} +
                              arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

    // No --output, or a folder that does not exist.
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("audit"), QStringLiteral("export"),
                  QStringLiteral("--format"), QStringLiteral("csv")})
                 .exitCode,
             2);
    QCOMPARE(
        exportTo(m_dir->filePath(QStringLiteral("no/such/folder/a.csv")), QStringLiteral("csv")).exitCode, 2);
}

void TstAuditVerify::notAnExport()
{
    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    QCOMPARE(exportTo(csv, QStringLiteral("csv")).exitCode, 0);
    CliRun verified = run({QStringLiteral("audit"), QStringLiteral("verify"), csv});
    QCOMPARE(verified.exitCode, 2);
    QVERIFY2(verified.err.contains("not the header of a Keyledger audit export"), verified.err.constData());
    verified =
        run({QStringLiteral("audit"), QStringLiteral("verify"), m_dir->filePath(QStringLiteral("missing"))});
    QCOMPARE(verified.exitCode, 2);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 2);
}

void TstAuditVerify::csvAndPdfFromTheCli()
{
    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    const CliRun exported =
        exportTo(csv, QStringLiteral("csv"), {QStringLiteral("--org"), QStringLiteral("globex")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QList<QByteArray> rows = readAll(csv).split('\n');
    QVERIFY(rows.first().startsWith(
        "position,time,userId,username,organization,type,actor,source,summary,changes"));
    QCOMPARE(rows.size(), 1 + 20 + 1); // header, 20 creations in globex, the empty rest after the last CRLF

    const QString pdf = m_dir->filePath(QStringLiteral("audit.pdf"));
    const CliRun report = exportTo(pdf, QStringLiteral("pdf"));
    QVERIFY2(report.exitCode == 0, report.err.constData());
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.count("/Type /Page") - bytes.count("/Type /Pages") >= 2); // the summary, then the events
}

QTEST_GUILESS_MAIN(TstAuditVerify)
#include "tst_auditverify.moc"
