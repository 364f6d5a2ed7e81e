#include "credentials/CredentialJob.h"
#include "credentials/CredentialStore.h"
#include "store/SqliteEventStore.h"
#include "sync/ConnectionsDialog.h"
#include "sync/ServerProfileRepository.h"
#include "sync/SyncController.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keyledger;

// The server profiles dialog over a QSettings file of its own and the real keychain (when a
// Secret Service is reachable; without one the secret must stay in memory). Whatever happens,
// the settings file never holds the secret.
class TstConnectionsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveIsDisabledWhileTheFormIsInvalid();
    void savingWritesTheProfileButNeverTheSecret();
    void duplicateNameIsRefused();
    void removeDeletesProfileAndSecret();
    void testConnectionAgainstRealKeycloak();

private:
    template <typename T>
    T* child(const char* name) const
    {
        T* found = m_dialog->findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void fill(const QString& name, const QString& url, const QString& realm, const QString& principal);
    CredentialJob::Error readSecret(const QString& profile, QString* value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SqliteEventStore> m_store;
    CredentialStore m_credentials;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<ConnectionsDialog> m_dialog;
};

void TstConnectionsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KeyledgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionsdialog"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("keyledger.ini")), QSettings::IniFormat);
    m_store = std::make_unique<SqliteEventStore>(m_dir->filePath(QStringLiteral("k.db")),
                                                 SqliteConnection::OpenMode::CreateIfMissing);
    m_controller = std::make_unique<SyncController>(*m_store, nullptr, m_credentials, m_settings.get());
    // Never a modal prompt in a test: no secret, sync stays paused.
    m_controller->setSecretPrompt([](const ServerProfile&, const QString&) { return std::nullopt; });
}

void TstConnectionsDialog::init()
{
    m_dialog = std::make_unique<ConnectionsDialog>(m_credentials, m_controller.get(), m_settings.get());
    m_dialog->setConfirm([](const QString&, const QString&) { return true; });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TstConnectionsDialog::cleanup()
{
    m_dialog.reset();
}

void TstConnectionsDialog::fill(const QString& name, const QString& url, const QString& realm,
                                const QString& principal)
{
    child<QLineEdit>("nameEdit")->setText(name);
    child<QLineEdit>("urlEdit")->setText(url);
    child<QLineEdit>("realmEdit")->setText(realm);
    child<QLineEdit>("principalEdit")->setText(principal);
}

CredentialJob::Error TstConnectionsDialog::readSecret(const QString& profile, QString* value)
{
    CredentialJob* job = m_credentials.readSecret(CredentialStore::profileSecretKey(profile));
    QSignalSpy spy(job, &CredentialJob::finished);
    CredentialJob::Error error = CredentialJob::Error::Other;
    connect(job, &CredentialJob::finished, this, [&error, value](CredentialJob* finished) {
        error = finished->error();
        *value = finished->value();
    });
    if (!spy.wait(10000))
        qFatal("keychain job never finished");
    return error;
}

void TstConnectionsDialog::saveIsDisabledWhileTheFormIsInvalid()
{
    auto* save = child<QPushButton>("saveProfileButton");
    auto* problem = child<QLabel>("problemLabel");
    auto* test = child<QPushButton>("testConnectionButton");
    QVERIFY(!save->isEnabled()); // an empty new profile
    fill(QStringLiteral("prod"), QStringLiteral("not a url"), QStringLiteral("acme"),
         QStringLiteral("keyledger"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!test->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("http")), qPrintable(problem->text()));
    child<QLineEdit>("urlEdit")->setText(QStringLiteral("ftp://sso.example.com"));
    QVERIFY(!save->isEnabled());
    child<QLineEdit>("urlEdit")->setText(QStringLiteral("https://sso.example.com"));
    QVERIFY(save->isEnabled());
    QVERIFY(problem->isHidden());
    child<QLineEdit>("realmEdit")->clear();
    QVERIFY(!save->isEnabled());
    QCOMPARE(problem->text(), QStringLiteral("The realm is missing."));
    child<QLineEdit>("realmEdit")->setText(QStringLiteral("acme"));
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("bad/name"));
    QVERIFY(!save->isEnabled());
    // Clicking a disabled Save stores nothing.
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(ServerProfileRepository(m_settings.get()).profiles().isEmpty());
}

void TstConnectionsDialog::savingWritesTheProfileButNeverTheSecret()
{
    const QString secret = QStringLiteral("s3cret-Xq7-%1").arg(QDateTime::currentMSecsSinceEpoch());
    fill(QStringLiteral("prod"), QStringLiteral("https://sso.example.com"), QStringLiteral("acme"),
         QStringLiteral("keyledger-sync"));
    auto* auth = child<QComboBox>("authCombo");
    auth->setCurrentIndex(auth->findData(int(ServerProfile::AuthMode::ClientCredentials)));
    child<QLineEdit>("secretEdit")->setText(secret);
    QSignalSpy saved(m_dialog.get(), &ConnectionsDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>("saveProfileButton"), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toString(), QStringLiteral("prod"));

    const std::optional<ServerProfile> stored =
        ServerProfileRepository(m_settings.get()).find(QStringLiteral("prod"));
    QVERIFY(stored);
    QCOMPARE(stored->baseUrl, QUrl(QStringLiteral("https://sso.example.com")));
    QCOMPARE(stored->realm, QStringLiteral("acme"));
    QCOMPARE(stored->authMode, ServerProfile::AuthMode::ClientCredentials);
    QCOMPARE(stored->principal, QStringLiteral("keyledger-sync"));
    QCOMPARE(ServerProfileRepository(m_settings.get()).activeName(), QStringLiteral("prod")); // the first one

    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("sso.example.com"));
    QVERIFY2(!contents.contains(secret.toUtf8()), "the secret reached the settings file");
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());

    // The secret is in the keychain, or (no keychain) in the controller's memory only.
    QString inKeychain;
    const CredentialJob::Error error = readSecret(QStringLiteral("prod"), &inKeychain);
    if (error == CredentialJob::Error::NoError) {
        QCOMPARE(inKeychain, secret);
        QVERIFY(!m_controller->rememberedSecret(QStringLiteral("prod")));
    } else {
        qInfo("no keychain (%d): the secret must be kept in memory", int(error));
        QCOMPARE(m_controller->rememberedSecret(QStringLiteral("prod")).value_or(QString()), secret);
        QVERIFY(child<QLabel>("resultLabel")->text().contains(QStringLiteral("session")));
    }
    // The list shows the new profile as the active one.
    auto* list = child<QListWidget>("profileList");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("active")));
    QVERIFY(list->item(0)->font().bold());
    QVERIFY(child<QLineEdit>("nameEdit")->isReadOnly()); // editing a saved profile now
}

void TstConnectionsDialog::duplicateNameIsRefused()
{
    QTest::mouseClick(child<QPushButton>("addProfileButton"), Qt::LeftButton);
    fill(QStringLiteral("prod"), QStringLiteral("https://other.example.com"), QStringLiteral("x"),
         QStringLiteral("admin"));
    QVERIFY(!child<QPushButton>("saveProfileButton")->isEnabled());
    QVERIFY(child<QLabel>("problemLabel")->text().contains(QStringLiteral("exists")));
    child<QLineEdit>("nameEdit")->setText(QStringLiteral("staging"));
    QVERIFY(child<QPushButton>("saveProfileButton")->isEnabled());
}

void TstConnectionsDialog::removeDeletesProfileAndSecret()
{
    auto* list = child<QListWidget>("profileList");
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>("removeProfileButton"), Qt::LeftButton);
    QVERIFY(!ServerProfileRepository(m_settings.get()).find(QStringLiteral("prod")));
    QVERIFY(ServerProfileRepository(m_settings.get()).activeName().isEmpty());
    QVERIFY(!m_controller->rememberedSecret(QStringLiteral("prod")));
    QVERIFY(!m_controller->profile());
    QString value;
    const CredentialJob::Error error = readSecret(QStringLiteral("prod"), &value);
    QVERIFY2(error != CredentialJob::Error::NoError, "the secret is still in the keychain");
    QVERIFY(value.isEmpty());
}

void TstConnectionsDialog::testConnectionAgainstRealKeycloak()
{
    if (qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL"))
        QSKIP("No real Keycloak: KEYLEDGER_KEYCLOAK_URL is not set (scripts/run-tests.sh sets it).");
    QTest::mouseClick(child<QPushButton>("addProfileButton"), Qt::LeftButton);
    fill(QStringLiteral("local"), qEnvironmentVariable("KEYLEDGER_KEYCLOAK_URL"),
         qEnvironmentVariable("KEYLEDGER_KEYCLOAK_REALM"),
         qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_ID"));
    auto* auth = child<QComboBox>("authCombo");
    auth->setCurrentIndex(auth->findData(int(ServerProfile::AuthMode::ClientCredentials)));
    auto* secret = child<QLineEdit>("secretEdit");
    QSignalSpy finished(m_dialog.get(), &ConnectionsDialog::testFinished);

    secret->setText(QStringLiteral("wrong-secret"));
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.takeFirst().first().toBool(), false);
    const QString refused = m_dialog->resultText();
    QVERIFY(!refused.isEmpty());
    QVERIFY2(!refused.contains(QStringLiteral("wrong-secret")), qPrintable(refused));

    secret->setText(qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_SECRET"));
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(m_dialog->resultText()));
    QVERIFY2(m_dialog->resultText().startsWith(QStringLiteral("Connected to realm")),
             qPrintable(m_dialog->resultText()));
    qInfo("refused: %s / accepted: %s", qPrintable(refused), qPrintable(m_dialog->resultText()));
}

QTEST_MAIN(TstConnectionsDialog)
#include "tst_connectionsdialog.moc"
