// The secret and the tokens never reach the disk outside the keychain, nor the output: a
// newcomer's whole session through keyledger-cli (profile, login, create, sync, import, status)
// with every Qt log category switched on, then every file it wrote and everything it printed
// is searched for the client secret and for any JWT (Keycloak's tokens start with "eyJ").
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestSecretsNotStored : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionLeavesNoSecretBehind();
};

void TestSecretsNotStored::sessionLeavesNoSecretBehind()
{
    if (qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL"))
        QSKIP("No Keycloak: run the suites through scripts/run-tests.sh, which starts one.");
    const QByteArray secret = qgetenv("KEYLEDGER_KEYCLOAK_CLIENT_SECRET");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.db"));
    const QString profile = QStringLiteral("secrets-%1").arg(QRandomGenerator::global()->generate(), 0, 36);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    QByteArray printed;
    auto cli = [&](const QStringList& arguments, const QByteArray& input = {}) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KEYLEDGER_CLI_PATH), QStringList{QStringLiteral("--db"), path} + arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(180000);
        printed += process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), profile, QStringLiteral("--url"),
                  qEnvironmentVariable("KEYLEDGER_KEYCLOAK_URL"), QStringLiteral("--realm"),
                  qEnvironmentVariable("KEYLEDGER_KEYCLOAK_REALM"), QStringLiteral("--client"),
                  qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_ID")}),
             0);
    QCOMPARE(cli({QStringLiteral("login"), profile}, secret + '\n'), 0);
    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"),
                  QStringLiteral("secrets-") + profile, QStringLiteral("--email"),
                  profile + QStringLiteral("@example.test")}),
             0);
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--profile"), profile}), 0);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--profile"), profile}), 0);
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("status")}), 0);
    QVERIFY2(printed.contains("Delivered: 1"), printed.constData());

    QVERIFY(!secret.isEmpty());
    QVERIFY2(!printed.contains(secret), "the secret was printed");
    QVERIFY2(!printed.contains("eyJ"), "a token was printed");
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(secret), qPrintable(QStringLiteral("the secret is in ") + file));
        QVERIFY2(!bytes.contains("eyJhbGci"), qPrintable(QStringLiteral("a token is in ") + file));
        ++files;
        if (file.endsWith(QLatin1String(".conf")))
            QVERIFY(bytes.contains(profile.toUtf8())); // the profile is there, its secret is not
    }
    QCOMPARE(files, 2); // the ledger and the settings holding the profile (WAL files are gone after a clean close)
}

QTEST_GUILESS_MAIN(TestSecretsNotStored)
#include "tst_secretsnotstored.moc"
