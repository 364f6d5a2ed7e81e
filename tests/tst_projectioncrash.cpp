// Checkpoint atomicity: keyledger-cli brings the read models up to date and is killed with
// SIGKILL at random moments, again and again; once it is allowed to finish, every read model's
// tables equal those of a clean build from the same ledger. A batch and its checkpoint are one
// transaction, so a kill neither skips nor double-applies events.
#include "commands/UserCommandHandler.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

class TstProjectionCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedDuringCatchUpEqualsACleanBuild();

private:
    static int runCli(const QString& ledger, const QStringList& arguments);
    static QStringList dump(const QString& viewsPath);
};

int TstProjectionCrash::runCli(const QString& ledger, const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(KEYLEDGER_CLI_PATH), QStringList{QStringLiteral("--db"), ledger} + arguments);
    if (!process.waitForFinished(120000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

// Every row of every read model table, in a stable order, as text.
QStringList TstProjectionCrash::dump(const QString& viewsPath)
{
    SqliteConnection connection(viewsPath, SqliteConnection::OpenMode::MustExist, SqliteConnection::ViewsApplicationId);
    QStringList rows;
    for (const auto& model : ReadModelCatalog::create()) {
        for (const QString& table : model->tables()) {
            SqliteStatement query(connection,
                                  QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table).toUtf8().constData());
            while (query.step()) {
                QString row = table;
                for (int column = 0; column < query.columnCount(); ++column)
                    row += QLatin1Char('|') + QString::fromUtf8(query.textView(column));
                rows.append(row);
            }
        }
    }
    return rows;
}

void TstProjectionCrash::killedDuringCatchUpEqualsACleanBuild()
{
    QVERIFY2(QFile::exists(QStringLiteral(KEYLEDGER_CLI_PATH)), "keyledger-cli was not built");
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("k.db"));
    {
        SqliteEventStore store(ledger, SqliteConnection::OpenMode::CreateIfMissing);
        UserCommandHandler handler(store);
        const CommandContext context = CommandContext::localUser();
        for (int i = 0; i < 4000; ++i) {
            CreateUser c;
            c.username = QStringLiteral("user%1").arg(i);
            c.email = QStringLiteral("user%1@example.org").arg(i);
            c.lastName = QStringLiteral("Name%1").arg(i);
            c.organizationId = QStringLiteral("org%1").arg(i % 7);
            const QUuid id = handler.create(c, context).userId;
            UpdateUserProfile u;
            u.organizationId = QStringLiteral("org%1").arg((i + 3) % 7);
            handler.updateProfile(id, u, context);
            if (i % 3 == 0)
                handler.disable(id, context);
            if (i % 5 == 0)
                handler.recordLogin(id, 1700000000000 + i * 60000, context);
        }
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    int killedMidway = 0;
    for (int run = 0; run < 12; ++run) {
        QProcess child;
        child.start(QStringLiteral(KEYLEDGER_CLI_PATH),
                    {QStringLiteral("--db"), ledger, QStringLiteral("projections"), QStringLiteral("update")});
        QVERIFY(child.waitForStarted(10000));
        QTest::qSleep(int(random.bounded(30, 400)));
        if (child.state() == QProcess::Running) {
            child.kill();
            ++killedMidway;
        }
        QVERIFY(child.waitForFinished(30000));
        // Whatever the moment of the kill, the views file it left opens and reports its state.
        QCOMPARE(runCli(ledger, {QStringLiteral("projections"), QStringLiteral("status")}), 0);
    }
    qInfo("%d of 12 runs were killed midway", killedMidway);
    QCOMPARE(runCli(ledger, {QStringLiteral("projections"), QStringLiteral("update")}), 0);

    // A clean build of the same ledger elsewhere.
    const QString clean = dir.filePath(QStringLiteral("clean/k.db"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("clean"))));
    QVERIFY(QFile::copy(ledger, clean));
    QCOMPARE(runCli(clean, {QStringLiteral("projections"), QStringLiteral("update")}), 0);

    const QStringList survived = dump(ViewDatabase::pathFor(ledger));
    const QStringList reference = dump(ViewDatabase::pathFor(clean));
    QVERIFY(reference.size() > 20000);
    QCOMPARE(survived.size(), reference.size());
    for (int i = 0; i < reference.size(); ++i)
        QCOMPARE(survived.at(i), reference.at(i));
}

QTEST_GUILESS_MAIN(TstProjectionCrash)
#include "tst_projectioncrash.moc"
