#include "credentials/CredentialStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using keyledger::CredentialJob;
using keyledger::CredentialStore;

namespace {
// Every message logged while a test runs, to prove the secret never reaches a log line.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logLines.append(message);
    g_previousHandler(type, context, message);
}
} // namespace

// Runs against the real Secret Service: scripts/run-tests.sh starts gnome-keyring inside
// dbus-run-session. Without it the tests fail, saying so; they never skip.
class TstCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void profileKeysAreNamespaced();
    void writeReadOverwriteRemove();
    void removingAMissingKeyDoesNotFailHard();
    void emptyKeyFailsWithoutTheKeychain();
    void secretsNeverReachTheLog();

private:
    struct Outcome
    {
        int emissions = 0;
        CredentialJob::Error error = CredentialJob::Error::NoError;
        QString value;
        QString message;
    };
    // Waits for the job's single finished() and checks the job then goes away.
    void await(CredentialJob* job, Outcome& outcome);

    CredentialStore m_store;
    QString m_key;
};

void TstCredentialStore::await(CredentialJob* job, Outcome& outcome)
{
    QVERIFY(job);
    QVERIFY(!job->isFinished());
    QPointer<CredentialJob> guard(job);
    connect(job, &CredentialJob::finished, this, [&outcome](CredentialJob* finishedJob) {
        ++outcome.emissions;
        outcome.error = finishedJob->error();
        outcome.value = finishedJob->value();
        outcome.message = finishedJob->errorString();
    });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.emissions > 0, 30000);
    // Deleted after finishing, so it cannot emit a second time.
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(outcome.emissions, 1);
}

void TstCredentialStore::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    // A fresh key per run: a developer's own keyring may hold entries from earlier runs.
    m_key = CredentialStore::profileKey(QStringLiteral("tst-credentialstore"),
                                        QUuid::createUuid().toString(QUuid::WithoutBraces));

    // Probe the Secret Service once, so a missing one fails with a message that names it.
    Outcome probe;
    await(m_store.writeSecret(m_key, QStringLiteral("probe")), probe);
    if (probe.error != CredentialJob::Error::NoError) {
        const QString why =
            qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
                ? QStringLiteral("there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)")
                : QStringLiteral("no unlocked Secret Service (gnome-keyring) answers on the D-Bus session");
        QFAIL(qPrintable(QStringLiteral("The OS keychain is not reachable: %1. Run the tests through "
                                        "scripts/run-tests.sh, which starts dbus-run-session and an "
                                        "unlocked gnome-keyring-daemon. QtKeychain said: %2")
                             .arg(why, probe.message)));
    }
}

void TstCredentialStore::cleanupTestCase()
{
    Outcome removed;
    await(m_store.removeSecret(m_key), removed);
    qInstallMessageHandler(g_previousHandler);
}

void TstCredentialStore::profileKeysAreNamespaced()
{
    QCOMPARE(CredentialStore::serviceName(), QStringLiteral("Keyledger"));
    QCOMPARE(CredentialStore::profileSecretKey(QStringLiteral("prod")),
             QStringLiteral("profile/prod/secret"));
    // A '/' in a profile name must not let it address another profile's keys.
    QCOMPARE(CredentialStore::profileSecretKey(QStringLiteral("a/b")),
             QStringLiteral("profile/a%2Fb/secret"));
    QVERIFY(CredentialStore::profileKey(QStringLiteral("a"), QStringLiteral("b/secret")) !=
            CredentialStore::profileSecretKey(QStringLiteral("a/b")));
}

void TstCredentialStore::writeReadOverwriteRemove()
{
    const QString first = QStringLiteral("first-s3cr\u00e9t-\u20ac");
    const QString second = QStringLiteral("second secret, longer than the first one");

    Outcome written;
    await(m_store.writeSecret(m_key, first), written);
    QCOMPARE(written.error, CredentialJob::Error::NoError);
    QVERIFY(written.value.isEmpty());

    Outcome read;
    await(m_store.readSecret(m_key), read);
    QCOMPARE(read.error, CredentialJob::Error::NoError);
    QCOMPARE(read.value, first);

    Outcome overwritten;
    await(m_store.writeSecret(m_key, second), overwritten);
    QCOMPARE(overwritten.error, CredentialJob::Error::NoError);

    Outcome reread;
    await(m_store.readSecret(m_key), reread);
    QCOMPARE(reread.error, CredentialJob::Error::NoError);
    QCOMPARE(reread.value, second);

    Outcome removed;
    await(m_store.removeSecret(m_key), removed);
    QCOMPARE(removed.error, CredentialJob::Error::NoError);

    Outcome gone;
    await(m_store.readSecret(m_key), gone);
    QCOMPARE(gone.error, CredentialJob::Error::NotFound);
    QVERIFY(gone.value.isEmpty());
    QVERIFY(!gone.message.isEmpty());
}

void TstCredentialStore::removingAMissingKeyDoesNotFailHard()
{
    Outcome removed;
    await(m_store.removeSecret(m_key + QStringLiteral("-never-written")), removed);
    QVERIFY2(removed.error == CredentialJob::Error::NoError ||
                 removed.error == CredentialJob::Error::NotFound,
             qPrintable(removed.message));
}

void TstCredentialStore::emptyKeyFailsWithoutTheKeychain()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("non-empty key")));
    Outcome read;
    await(m_store.readSecret(QString()), read);
    QCOMPARE(read.error, CredentialJob::Error::Other);
    QVERIFY(!read.message.isEmpty());
}

void TstCredentialStore::secretsNeverReachTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("keyledger.credentials.debug=true"));
    g_logLines.clear();
    const QString secret = QStringLiteral("do-not-log-%1").arg(QUuid::createUuid().toString());

    Outcome written;
    await(m_store.writeSecret(m_key, secret), written);
    QCOMPARE(written.error, CredentialJob::Error::NoError);
    Outcome read;
    await(m_store.readSecret(m_key), read);
    QCOMPARE(read.value, secret);
    QLoggingCategory::setFilterRules(QString());

    // The key is logged (so the capture works), the secret is not.
    QVERIFY(!g_logLines.filter(m_key).isEmpty());
    QVERIFY2(g_logLines.filter(secret).isEmpty(), qPrintable(g_logLines.filter(secret).join(u'\n')));
}

QTEST_GUILESS_MAIN(TstCredentialStore)
#include "tst_credentialstore.moc"
