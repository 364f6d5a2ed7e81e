// SIGKILL the syncing process (keyledger-cli sync) at random moments while 200 commands drain
// to the real Keycloak; after the restarts the realm matches the local state and no user was
// created twice (a create whose outcome was lost is adopted, not repeated).
#include "commands/UserCommandHandler.h"
#include "credentials/CredentialStore.h"
#include "domain/UserAggregate.h"
#include "keycloak/KeycloakCall.h"
#include "keycloak/KeycloakClient.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "support/RealKeycloak.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

class TestSyncCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSyncLeavesTheRealmEqualToTheLedger();
};

namespace {

CommandContext admin()
{
    return CommandContext{QStringLiteral("tester@tests"), EventMetadata::sourceLocal(), {}};
}

} // namespace

void TestSyncCrash::killedSyncLeavesTheRealmEqualToTheLedger()
{
    if (qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL"))
        QSKIP("No Keycloak: run the suites through scripts/run-tests.sh, which starts one.");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);

    // The CLI's profile (its own settings folder) and secret (the session's keychain).
    const ServerProfile profile = test::RealKeycloak::serviceProfile(QStringLiteral("crash-") + suffix);
    const QString secret = test::RealKeycloak::clientSecret();
    const QString configHome = dir.filePath(QStringLiteral("config"));
    CredentialStore keychain;
    CredentialJob* write = keychain.writeSecret(CredentialStore::profileSecretKey(profile.name), secret);
    QSignalSpy written(write, &CredentialJob::finished);
    QVERIFY(written.wait(10000));

    // 200 commands: 40 users, each created, renamed, disabled, re-enabled and given a role.
    QList<QUuid> ids;
    {
        SqliteEventStore store(path, SqliteConnection::OpenMode::CreateIfMissing);
        UserCommandHandler users(store);
        for (int i = 0; i < 40; ++i) {
            CreateUser create;
            create.username = QStringLiteral("crash-%1-%2").arg(suffix).arg(i);
            create.email = create.username + QStringLiteral("@example.test");
            ids.append(users.create(create, admin()).userId);
        }
        for (const QUuid& id : ids) {
            UpdateUserProfile update;
            update.firstName = QStringLiteral("Renamed");
            users.updateProfile(id, update, admin());
            users.disable(id, admin());
            users.enable(id, admin());
            users.changeRoles(id, ChangeUserRoles{{QStringLiteral("operator")}, {}}, admin());
        }
        QCOMPARE(SqliteOutbox(store.connection()).counts().pending, 200);
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    auto cli = [&](const QStringList& arguments) {
        auto* process = new QProcess;
        process->setProcessEnvironment(environment);
        process->setProgram(QStringLiteral(KEYLEDGER_CLI_PATH));
        process->setArguments(QStringList{QStringLiteral("--db"), path} + arguments);
        process->start();
        return process;
    };

    // The profile, as a person would add it.
    std::unique_ptr<QProcess> add(
        cli({QStringLiteral("profile"), QStringLiteral("add"), profile.name, QStringLiteral("--url"),
             profile.baseUrl.toString(), QStringLiteral("--realm"), profile.realm, QStringLiteral("--client"),
             profile.principal}));
    QVERIFY(add->waitForFinished(30000));
    QCOMPARE(add->exitCode(), 0);

    // Ten kills, each when a few more rows went out: every one lands mid-drain, at a random
    // point of a delivery (between requests, between a request and its outcome's commit...).
    SqliteEventStore watcher(path, SqliteConnection::OpenMode::MustExist);
    SqliteOutbox watched(watcher.connection());
    for (int round = 0; round < 10; ++round) {
        // A few more each round, never past 150: the last kills still find rows to cut.
        const qint64 target =
            std::min<qint64>(watched.counts().delivered + 1 + QRandomGenerator::global()->bounded(8), 150);
        std::unique_ptr<QProcess> sync(cli({QStringLiteral("sync")}));
        QVERIFY2(sync->waitForStarted(), qPrintable(sync->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(watched.counts().delivered >= target || sync->state() != QProcess::Running,
                                 60000);
        QVERIFY2(sync->state() == QProcess::Running, sync->readAllStandardError().constData());
        sync->kill(); // SIGKILL: no chance to finish a request or a transaction
        QVERIFY(sync->waitForFinished(10000));
        qInfo("kill %d landed with %lld of 200 delivered", round + 1, watched.counts().delivered);
    }
    QVERIFY(watched.counts().pending > 0); // the kills cut the drain, they did not come after it
    // Then let it finish.
    for (int attempt = 0; attempt < 5; ++attempt) {
        std::unique_ptr<QProcess> sync(cli({QStringLiteral("sync"), QStringLiteral("--once")}));
        QVERIFY(sync->waitForFinished(180000));
        SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
        if (SqliteOutbox(store.connection()).counts().pending == 0)
            break;
    }

    SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist);
    const OutboxCounts counts = SqliteOutbox(store.connection()).counts();
    QCOMPARE(counts.pending, 0);
    QCOMPARE(counts.failed, 0); // a create repeated after a lost outcome would be a 409 here
    QCOMPARE(counts.delivered, 200);
    QVERIFY(store.verifyChain().ok);
    int retried = 0;
    for (const OutboxEntry& entry : SqliteOutbox(store.connection()).entries({}, std::nullopt, 0))
        retried += entry.attempts > 1;
    qInfo("rows attempted more than once (cut by a kill): %d", retried);

    QNetworkAccessManager network;
    KeycloakClient checker(profile, network);
    checker.setSecret(secret);
    UserCommandHandler users(store);
    for (const QUuid& id : ids) {
        const UserState local = users.load(id).state();
        KeycloakCall* call = checker.findUserByUsername(local.personal.username);
        QJsonArray found;
        bool done = false;
        connect(call, &KeycloakCall::finished, this, [&] {
            found = call->json().toArray();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(found.size(), 1);
        const QJsonObject remote = found.first().toObject();
        QCOMPARE(remote.value(QStringLiteral("id")).toString(), local.keycloakId);
        QCOMPARE(remote.value(QStringLiteral("firstName")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(remote.value(QStringLiteral("enabled")).toBool(), true);
    }
}

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
