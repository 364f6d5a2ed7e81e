// Import from the real Keycloak the test command starts: users made in Keycloak enter the ledger
// as UserImported (with roles, creation time and login history), changes made in Keycloak as
// UserChangedInKeycloak with the field diff, deletions as UserDeletedInKeycloak; a second import
// with nothing new records nothing; the read models show the imported users as synced.
#include "domain/UserAggregate.h"
#include "keycloak/KeycloakCall.h"
#include "keycloak/KeycloakClient.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/UserQueries.h"
#include "store/SqliteEventStore.h"
#include "support/RealKeycloak.h"
#include "sync/RealmImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace keyledger;

namespace {

struct CallResult
{
    bool ok = false;
    QJsonValue json;
    QString error;
    QString createdId;
};

CallResult await(KeycloakCall* call)
{
    CallResult result;
    bool done = false;
    QObject::connect(call, &KeycloakCall::finished, call, [&] {
        result.ok = call->ok();
        result.json = call->json();
        result.error = call->error().userMessage();
        result.createdId = call->createdId();
        done = true;
    });
    QDeadlineTimer deadline(60000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    return result;
}

} // namespace

class TestRealmImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importRecordsUsersChangesDeletionsAndLogins();

private:
    ImportReport runImport();
    QStringList typesOf(const QString& keycloakId);
    ServerProfile m_profile;
    QString m_secret;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QNetworkAccessManager m_network;
    std::unique_ptr<KeycloakClient> m_keycloak;
};

void TestRealmImport::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL"))
        QSKIP("No Keycloak: run the suites through scripts/run-tests.sh, which starts one.");
    m_profile = test::RealKeycloak::serviceProfile(QStringLiteral("import-test"));
    m_secret = test::RealKeycloak::clientSecret();
    m_keycloak = std::make_unique<KeycloakClient>(m_profile, m_network);
    m_keycloak->setSecret(m_secret);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("import.db"));
    SqliteEventStore create(m_path, SqliteConnection::OpenMode::CreateIfMissing);
}

ImportReport TestRealmImport::runImport()
{
    RealmImport import(m_path, m_profile, m_secret);
    import.setPageSize(50); // several pages even in a small realm
    QSignalSpy finished(&import, &RealmImport::finished);
    import.start();
    if (!finished.wait(120000))
        qWarning("import did not finish");
    return import.report();
}

QStringList TestRealmImport::typesOf(const QString& keycloakId)
{
    SqliteEventStore store(m_path, SqliteConnection::OpenMode::MustExist);
    QStringList types;
    for (const RecordedEvent& event :
         store.readStream(UserAggregate::streamIdFor(QUuid::fromString(keycloakId))))
        types.append(event.type);
    return types;
}

void TestRealmImport::importRecordsUsersChangesDeletionsAndLogins()
{
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    const QString password = QStringLiteral("Pw-") + suffix + QStringLiteral("-x9");
    // Three users made in Keycloak, not through Keyledger.
    const QString ada = QStringLiteral("imp-ada-") + suffix;
    const CallResult adaCreated = await(m_keycloak->createUser(
        QJsonObject{{QStringLiteral("username"), ada},
                    {QStringLiteral("email"), ada + QStringLiteral("@example.test")},
                    {QStringLiteral("firstName"), QStringLiteral("Ada")},
                    {QStringLiteral("lastName"), QStringLiteral("Lovelace")},
                    {QStringLiteral("enabled"), true},
                    {QStringLiteral("emailVerified"), true},
                    {QStringLiteral("credentials"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("password")},
                                            {QStringLiteral("value"), password},
                                            {QStringLiteral("temporary"), false}}}}}));
    QVERIFY2(adaCreated.ok, qPrintable(adaCreated.error));
    const QString adaId = adaCreated.createdId;
    QVERIFY(await(m_keycloak->addRealmRoles(adaId, {QStringLiteral("operator")})).ok);
    const QString bob = QStringLiteral("imp-bob-") + suffix;
    const CallResult bobCreated = await(m_keycloak->createUser(
        QJsonObject{{QStringLiteral("username"), bob}, {QStringLiteral("enabled"), false}}));
    QVERIFY2(bobCreated.ok, qPrintable(bobCreated.error));
    const QString bobId = bobCreated.createdId;

    // Ada logs in (password grant through admin-cli): Keycloak records a LOGIN event.
    QUrl tokenUrl = m_profile.baseUrl;
    tokenUrl.setPath(QStringLiteral("/realms/%1/protocol/openid-connect/token").arg(m_profile.realm));
    QNetworkRequest tokenRequest(tokenUrl);
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QStringLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("admin-cli"));
    form.addQueryItem(QStringLiteral("username"), ada);
    form.addQueryItem(QStringLiteral("password"), password);
    QNetworkReply* login = m_network.post(tokenRequest, form.toString(QUrl::FullyEncoded).toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(login->isFinished(), 30000);
    QCOMPARE(login->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    login->deleteLater();

    // First import: both are new.
    ImportReport report = runImport();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.seen >= 2);
    QVERIFY(report.imported >= 2);
    QVERIFY(report.loginEventsStored);
    QCOMPARE(typesOf(adaId).first(), QStringLiteral("UserImported"));
    QVERIFY2(typesOf(adaId).contains(QStringLiteral("UserLoggedIn")), qPrintable(typesOf(adaId).join(',')));
    QCOMPARE(typesOf(bobId), QStringList{QStringLiteral("UserImported")});
    {
        SqliteEventStore store(m_path, SqliteConnection::OpenMode::MustExist);
        const QList<RecordedEvent> history =
            store.readStream(UserAggregate::streamIdFor(QUuid::fromString(adaId)));
        QCOMPARE(history.first().metadata.source, EventMetadata::sourceKeycloakImport());
        const QJsonObject loginData = history.last().data;
        QVERIFY(!loginData.value(QStringLiteral("ip")).toString().isEmpty());
        QCOMPARE(loginData.value(QStringLiteral("client")).toString(), QStringLiteral("admin-cli"));
    }

    // The read models show them as Keycloak has them, already synced.
    {
        SqliteEventStore store(m_path, SqliteConnection::OpenMode::MustExist);
        ViewDatabase views(ViewDatabase::pathFor(m_path));
        Projector projector(store, views, ReadModelCatalog::create());
        projector.initialize();
        projector.catchUp();
        QCOMPARE(projector.projectedPosition(), store.lastPosition());
    }
    {
        UserQueries queries(ViewDatabase::pathFor(m_path));
        const std::optional<UserDetail> detail = queries.detail(QUuid::fromString(adaId));
        QVERIFY(detail);
        QCOMPARE(detail->username, ada);
        QCOMPARE(detail->firstName, QStringLiteral("Ada"));
        QCOMPARE(detail->roles, QStringList{QStringLiteral("operator")});
        QVERIFY(detail->emailVerified);
        QCOMPARE(detail->keycloakId, adaId);
        QCOMPARE(detail->syncState, QStringLiteral("synced"));
        QVERIFY(detail->hasLoggedIn());
        const std::optional<UserDetail> bobDetail = queries.detail(QUuid::fromString(bobId));
        QVERIFY(bobDetail);
        QVERIFY(!bobDetail->enabled);
    }

    // Nothing changed: a second import records nothing for them.
    report = runImport();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(typesOf(bobId).size(), 1);
    const qsizetype adaEvents = typesOf(adaId).size();

    // Changes made in Keycloak, then a deletion there.
    QVERIFY(await(m_keycloak->updateUser(adaId,
                                         QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Augusta")},
                                                     {QStringLiteral("enabled"), false}}))
                .ok);
    QVERIFY(await(m_keycloak->removeRealmRoles(adaId, {QStringLiteral("operator")})).ok);
    QVERIFY(await(m_keycloak->addRealmRoles(adaId, {QStringLiteral("auditor")})).ok);
    QVERIFY(await(m_keycloak->deleteUser(bobId)).ok);
    report = runImport();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.changed >= 1);
    QVERIFY(report.deletedInKeycloak >= 1);
    QCOMPARE(typesOf(adaId).size(), adaEvents + 1);
    QCOMPARE(typesOf(adaId).last(), QStringLiteral("UserChangedInKeycloak"));
    QCOMPARE(typesOf(bobId).last(), QStringLiteral("UserDeletedInKeycloak"));
    {
        SqliteEventStore store(m_path, SqliteConnection::OpenMode::MustExist);
        const QJsonObject changes = store.readStream(UserAggregate::streamIdFor(QUuid::fromString(adaId)))
                                        .last()
                                        .data.value(QStringLiteral("changes"))
                                        .toObject();
        const QJsonObject personal = store.readStream(UserAggregate::streamIdFor(QUuid::fromString(adaId)))
                                         .last()
                                         .data.value(QStringLiteral("personal"))
                                         .toObject();
        QCOMPARE(
            personal.value(QStringLiteral("firstName")).toObject().value(QStringLiteral("after")).toString(),
            QStringLiteral("Augusta"));
        QCOMPARE(
            changes.value(QStringLiteral("enabled")).toObject().value(QStringLiteral("after")).toString(),
            QStringLiteral("false"));
        QCOMPARE(changes.value(QStringLiteral("roles")).toObject().value(QStringLiteral("after")).toString(),
                 QStringLiteral("auditor"));
        UserAggregate user = UserAggregate::fromHistory(
            store.readStream(UserAggregate::streamIdFor(QUuid::fromString(adaId))));
        QCOMPARE(user.state().personal.firstName, QStringLiteral("Augusta"));
        QVERIFY(!user.state().enabled);
        QCOMPARE(user.state().roles, QStringList{QStringLiteral("auditor")});
        QVERIFY(store.verifyChain().ok);
    }
    // The read models follow the Keycloak-side facts too.
    {
        SqliteEventStore store(m_path, SqliteConnection::OpenMode::MustExist);
        ViewDatabase views(ViewDatabase::pathFor(m_path));
        Projector projector(store, views, ReadModelCatalog::create());
        projector.initialize();
        projector.catchUp();
        QCOMPARE(projector.projectedPosition(), store.lastPosition());
        UserQueries queries(ViewDatabase::pathFor(m_path));
        const std::optional<UserDetail> detail = queries.detail(QUuid::fromString(adaId));
        QCOMPARE(detail->firstName, QStringLiteral("Augusta"));
        QVERIFY(!detail->enabled);
        QCOMPARE(detail->roles, QStringList{QStringLiteral("auditor")});
        QVERIFY(queries.detail(QUuid::fromString(bobId))->deleted);
    }
}

QTEST_GUILESS_MAIN(TestRealmImport)
#include "tst_realmimport.moc"
