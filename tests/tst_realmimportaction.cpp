// Server > Import from Keycloak… against the real Keycloak: the admin confirms, the import runs on
// its own thread (the window keeps answering), and the summary appears; the user made in
// Keycloak is then in the ledger.
#include "commands/UserCommandHandler.h"
#include "credentials/CredentialStore.h"
#include "domain/UserAggregate.h"
#include "keycloak/KeycloakCall.h"
#include "keycloak/KeycloakClient.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"
#include "support/RealKeycloak.h"
#include "sync/RealmImportAction.h"
#include "sync/ServerProfileRepository.h"
#include "sync/SyncController.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace keyledger;

class TestRealmImportAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTheRealmFromTheMenu();
};

void TestRealmImportAction::importsTheRealmFromTheMenu()
{
    if (qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL"))
        QSKIP("No real Keycloak: KEYLEDGER_KEYCLOAK_URL is not set (scripts/run-tests.sh sets it).");
    const QString secret = test::RealKeycloak::clientSecret();
    const ServerProfile profile = test::RealKeycloak::serviceProfile(QStringLiteral("import-menu"));

    // A user made in Keycloak, not through Keyledger.
    QNetworkAccessManager network;
    KeycloakClient keycloak(profile, network);
    keycloak.setSecret(secret);
    const QString username = QStringLiteral("menu-import-%1").arg(QDateTime::currentMSecsSinceEpoch());
    KeycloakCall* create =
        keycloak.createUser(QJsonObject{{QStringLiteral("username"), username},
                                        {QStringLiteral("firstName"), QStringLiteral("Menu")},
                                        {QStringLiteral("enabled"), true}});
    QString keycloakId;
    bool created = false;
    connect(create, &KeycloakCall::finished, this, [&] {
        keycloakId = create->createdId();
        created = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(created, 30000);
    QVERIFY(!keycloakId.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("menu.db"));
    StoreNotifier notifier;
    SqliteEventStore store(path, SqliteConnection::OpenMode::CreateIfMissing, nullptr, &notifier);
    QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ServerProfileRepository(&settings).save(profile);
    CredentialStore credentials;
    SyncController sync(store, &notifier, credentials, &settings);
    sync.rememberSecret(profile.name, secret); // as after a prompt: memory only
    sync.restart();
    QCOMPARE(sync.profile()->name, profile.name);

    QWidget window;
    RealmImportAction import(path, sync, &window);
    // Every message box the flow shows is answered: Yes to the question, OK to the summary.
    QStringList shown;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown.append(box->text());
            QAbstractButton* yes = box->button(QMessageBox::Yes);
            (yes ? yes : box->button(QMessageBox::Ok))->click();
        }
    });
    answer.start(50);
    import.action()->trigger();
    QVERIFY(shown.size() >= 1 && shown.first().contains(profile.realm)); // the confirmation named the realm
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 2, 120000);                 // then the summary
    QVERIFY2(shown.last().contains(QStringLiteral("New:")), qPrintable(shown.last()));
    QTRY_VERIFY(import.action()->isEnabled());

    const QList<RecordedEvent> history =
        store.readStream(UserAggregate::streamIdFor(QUuid::fromString(keycloakId)));
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.first().type, QStringLiteral("UserImported"));
    QCOMPARE(UserAggregate::fromHistory(history).state().personal.username, username);
    sync.stop();
}

QTEST_MAIN(TestRealmImportAction)
#include "tst_realmimportaction.moc"
