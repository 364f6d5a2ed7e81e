// The outbox sync worker against the real Keycloak the test command starts (KEYLEDGER_KEYCLOAK_*
// variables): local commands reach the realm in order, refusals stop a user's queue until the
// admin retries or discards, and a server that is down and comes back gets everything.
#include "commands/UserCommandHandler.h"
#include "domain/UserAggregate.h"
#include "keycloak/KeycloakCall.h"
#include "keycloak/KeycloakClient.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteOutbox.h"
#include "support/RealKeycloak.h"
#include "support/TcpForwarder.h"
#include "sync/SyncWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

namespace {

// Waits like QTRY_VERIFY, but in a function that returns a value (QTRY_* return void).
#define QTRY_VERIFY_WITH_TIMEOUT_RETURN(expr, timeout, value)                                                \
    do {                                                                                                     \
        QDeadlineTimer deadline(timeout);                                                                    \
        while (!(expr) && !deadline.hasExpired())                                                            \
            QTest::qWait(20);                                                                                \
    } while (false)

struct CallResult
{
    bool ok = false;
    QJsonValue json;
    QString error;
    QString createdId;
};

// Runs one client call to its end (the call deletes itself after finished()).
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
    QTRY_VERIFY_WITH_TIMEOUT_RETURN(done, 60000, result);
    return result;
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate(), 36);
}

CommandContext admin()
{
    return CommandContext{QStringLiteral("tester@tests"), EventMetadata::sourceLocal(), {}};
}

} // namespace

class TestSyncWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lifecycleReachesKeycloakInOrder();
    void refusalStopsTheQueueUntilRetried();
    void discardLetsTheQueueGoOn();
    void offlineCommandsDrainWhenTheServerComesBack();
    void droppedOrganizationIsReportedUntilAllowed();

private:
    ServerProfile profile(const QUrl& baseUrl) const;
    // Runs the worker until nothing is due now.
    void syncOnce();
    QJsonObject keycloakUser(const QString& username);
    QStringList keycloakRoles(const QString& keycloakId);
    QString keycloakIdOf(const QUuid& userId);

    QUrl m_url;
    QString m_secret;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_users;
    QNetworkAccessManager m_network;
    std::unique_ptr<KeycloakClient> m_checker;
};

ServerProfile TestSyncWorker::profile(const QUrl& baseUrl) const
{
    return test::RealKeycloak::serviceProfile(QStringLiteral("test"), baseUrl);
}

void TestSyncWorker::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL"))
        QSKIP("No Keycloak: run the suites through scripts/run-tests.sh, which starts one.");
    m_url = QUrl(qEnvironmentVariable("KEYLEDGER_KEYCLOAK_URL"));
    m_secret = qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_SECRET");
    m_checker = std::make_unique<KeycloakClient>(profile(m_url), m_network);
    m_checker->setSecret(m_secret);
}

void TestSyncWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("sync.db"));
    m_store = std::make_unique<SqliteEventStore>(m_path, SqliteConnection::OpenMode::CreateIfMissing);
    m_users = std::make_unique<UserCommandHandler>(*m_store);
}

void TestSyncWorker::cleanup()
{
    m_users.reset();
    m_store.reset();
    m_dir.reset();
}

void TestSyncWorker::syncOnce()
{
    SyncWorker worker(m_path, profile(m_url), m_secret);
    QSignalSpy drained(&worker, &SyncWorker::drained);
    worker.runOnce();
    QVERIFY(drained.wait(120000));
}

QJsonObject TestSyncWorker::keycloakUser(const QString& username)
{
    const CallResult found = await(m_checker->findUserByUsername(username));
    if (!found.ok)
        qWarning("lookup failed: %s", qPrintable(found.error));
    const QJsonArray users = found.json.toArray();
    return users.isEmpty() ? QJsonObject() : users.first().toObject();
}

QStringList TestSyncWorker::keycloakRoles(const QString& keycloakId)
{
    QStringList names;
    const QJsonArray roles = await(m_checker->userRealmRoles(keycloakId)).json.toArray();
    for (const QJsonValue& role : roles) {
        const QString name = role.toObject().value(QStringLiteral("name")).toString();
        if (!name.startsWith(QLatin1String("default-roles-")))
            names.append(name);
    }
    names.sort();
    return names;
}

QString TestSyncWorker::keycloakIdOf(const QUuid& userId)
{
    return m_users->load(userId).state().keycloakId;
}

void TestSyncWorker::lifecycleReachesKeycloakInOrder()
{
    const QString username = QStringLiteral("sync-life-") + randomSuffix();
    CreateUser create;
    create.username = username;
    create.email = username + QStringLiteral("@example.test");
    create.firstName = QStringLiteral("Ada");
    create.lastName = QStringLiteral("Lovelace");
    create.roles = {QStringLiteral("auditor")};
    const QUuid id = m_users->create(create, admin()).userId;
    syncOnce();

    const QString keycloakId = keycloakIdOf(id);
    QVERIFY2(!keycloakId.isEmpty(), "the create's UserSyncedToKeycloak carries Keycloak's id");
    QJsonObject remote = keycloakUser(username);
    QCOMPARE(remote.value(QStringLiteral("id")).toString(), keycloakId);
    QCOMPARE(remote.value(QStringLiteral("email")).toString(), create.email);
    QCOMPARE(remote.value(QStringLiteral("firstName")).toString(), QStringLiteral("Ada"));
    QCOMPARE(remote.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(keycloakRoles(keycloakId), QStringList{QStringLiteral("auditor")});
    SqliteOutbox outbox(m_store->connection());
    QCOMPARE(outbox.counts().pending, 0);
    QCOMPARE(outbox.counts().delivered, 1);

    UpdateUserProfile update;
    update.firstName = QStringLiteral("Augusta");
    m_users->updateProfile(id, update, admin());
    m_users->disable(id, admin());
    m_users->changeRoles(id, ChangeUserRoles{{QStringLiteral("operator")}, {QStringLiteral("auditor")}},
                         admin());
    QCOMPARE(outbox.counts().pending, 3);
    syncOnce();
    QCOMPARE(outbox.counts().pending, 0);
    remote = keycloakUser(username);
    QCOMPARE(remote.value(QStringLiteral("firstName")).toString(), QStringLiteral("Augusta"));
    QCOMPARE(remote.value(QStringLiteral("lastName")).toString(),
             QStringLiteral("Lovelace")); // kept by the merge
    QCOMPARE(remote.value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(keycloakRoles(keycloakId), QStringList{QStringLiteral("operator")});

    m_users->remove(id, admin());
    syncOnce();
    QVERIFY(keycloakUser(username).isEmpty());
    QCOMPARE(outbox.counts().pending, 0);
    QCOMPARE(outbox.counts().delivered, 5);
    // Every delivery is in the ledger: one UserSyncedToKeycloak per outbox row.
    int synced = 0;
    for (const RecordedEvent& event : m_store->readStream(UserAggregate::streamIdFor(id)))
        synced += event.type == QLatin1String("UserSyncedToKeycloak");
    QCOMPARE(synced, 5);
}

void TestSyncWorker::refusalStopsTheQueueUntilRetried()
{
    // Someone else already holds this e-mail in Keycloak: the create is refused with 409.
    const QString suffix = randomSuffix();
    const QString takenEmail = QStringLiteral("taken-") + suffix + QStringLiteral("@example.test");
    const CallResult other = await(
        m_checker->createUser(QJsonObject{{QStringLiteral("username"), QStringLiteral("other-") + suffix},
                                          {QStringLiteral("email"), takenEmail},
                                          {QStringLiteral("enabled"), true}}));
    QVERIFY2(other.ok, qPrintable(other.error));

    CreateUser create;
    create.username = QStringLiteral("refused-") + suffix;
    create.email = takenEmail;
    const QUuid id = m_users->create(create, admin()).userId;
    UpdateUserProfile rename;
    rename.firstName = QStringLiteral("Grace");
    m_users->updateProfile(id, rename, admin());
    syncOnce();

    SqliteOutbox outbox(m_store->connection());
    const std::optional<OutboxEntry> head = outbox.head(UserAggregate::streamIdFor(id));
    QVERIFY(head);
    QCOMPARE(head->state, OutboxSettlement::State::Failed);
    QCOMPARE(head->eventType, QStringLiteral("UserCreated"));
    QCOMPARE(outbox.counts().pending, 1); // the update waits behind the refusal
    const QList<RecordedEvent> history = m_store->readStream(UserAggregate::streamIdFor(id));
    QCOMPARE(history.last().type, QStringLiteral("UserSyncFailed"));
    QCOMPARE(history.last().data.value(QStringLiteral("httpStatus")).toInt(), 409);
    QVERIFY(keycloakUser(create.username).isEmpty());

    // The admin fixes the data, then retries: the create goes through with the fixed e-mail,
    // and the update behind it follows.
    UpdateUserProfile fix;
    fix.email = QStringLiteral("fixed-") + suffix + QStringLiteral("@example.test");
    m_users->updateProfile(id, fix, admin());
    m_users->retrySync(id, head->position, admin());
    syncOnce();
    QCOMPARE(outbox.counts().pending, 0);
    const QJsonObject remote = keycloakUser(create.username);
    QCOMPARE(remote.value(QStringLiteral("email")).toString(), *fix.email);
    QCOMPARE(remote.value(QStringLiteral("firstName")).toString(), QStringLiteral("Grace"));
}

void TestSyncWorker::discardLetsTheQueueGoOn()
{
    const QString suffix = randomSuffix();
    const QString username = QStringLiteral("discard-") + suffix;
    CreateUser create;
    create.username = username;
    create.roles = {QStringLiteral("no-such-role-") + suffix}; // Keycloak has no such realm role
    const QUuid id = m_users->create(create, admin()).userId;
    syncOnce();
    SqliteOutbox outbox(m_store->connection());
    std::optional<OutboxEntry> head = outbox.head(UserAggregate::streamIdFor(id));
    QVERIFY(head);
    QCOMPARE(head->state, OutboxSettlement::State::Failed);

    m_users->discardSync(id, head->position, QStringLiteral("create"), admin());
    QCOMPARE(outbox.entry(head->position)->state, OutboxSettlement::State::Discarded);
    QVERIFY(!outbox.head(UserAggregate::streamIdFor(id)));
    QCOMPARE(m_store->readStream(UserAggregate::streamIdFor(id)).last().type,
             QStringLiteral("UserSyncDiscarded"));
}

void TestSyncWorker::offlineCommandsDrainWhenTheServerComesBack()
{
    // The worker talks to a relay port that refuses connections (Keycloak "down").
    test::TcpForwarder relay(QHostAddress::LocalHost, quint16(m_url.port()));
    const quint16 port = test::TcpForwarder::freePort();
    QUrl viaRelay = m_url;
    viaRelay.setPort(port);

    // 50 commands on 20 users while offline.
    const QString suffix = randomSuffix();
    QList<QUuid> ids;
    for (int i = 0; i < 20; ++i) {
        CreateUser create;
        create.username = QStringLiteral("offline-%1-%2").arg(suffix).arg(i);
        create.email = create.username + QStringLiteral("@example.test");
        create.firstName = QStringLiteral("User%1").arg(i);
        ids.append(m_users->create(create, admin()).userId);
    }
    for (int i = 0; i < 30; ++i) {
        const QUuid id = ids.at(i % 20);
        switch (i % 3) {
        case 0: {
            UpdateUserProfile update;
            update.lastName = QStringLiteral("Changed%1").arg(i);
            m_users->updateProfile(id, update, admin());
            break;
        }
        case 1:
            m_users->disable(id, admin());
            break;
        default:
            m_users->changeRoles(id, ChangeUserRoles{{QStringLiteral("operator")}, {}}, admin());
            break;
        }
    }
    SqliteOutbox outbox(m_store->connection());
    QCOMPARE(outbox.counts().pending, 50);

    SyncWorker worker(m_path, profile(viaRelay), m_secret);
    worker.setRetryPolicy(RetryPolicy{100, 1000});
    worker.setCircuitBreaker(CircuitBreaker(3, 300, 1000));
    QSignalSpy retries(&worker, &SyncWorker::retryScheduled);
    worker.start(200);
    QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 3, 20000);
    QCOMPARE(outbox.counts().pending, 50); // nothing delivered, nothing lost
    QCOMPARE(worker.status().connection, SyncStatus::Connection::Offline);

    QVERIFY(relay.listen(port)); // the server is back
    QTRY_COMPARE_WITH_TIMEOUT(outbox.counts().pending, qint64(0), 180000);
    QCOMPARE(outbox.counts().failed, 0);
    worker.stop();

    // The realm is in exactly the state the commands describe.
    for (const QUuid& id : ids) {
        const UserState local = m_users->load(id).state();
        const QJsonObject remote = keycloakUser(local.personal.username);
        QCOMPARE(remote.value(QStringLiteral("id")).toString(), local.keycloakId);
        QCOMPARE(remote.value(QStringLiteral("email")).toString(), local.personal.email);
        QCOMPARE(remote.value(QStringLiteral("firstName")).toString(), local.personal.firstName);
        QCOMPARE(remote.value(QStringLiteral("lastName")).toString(), local.personal.lastName);
        QCOMPARE(remote.value(QStringLiteral("enabled")).toBool(), local.enabled);
        QCOMPARE(keycloakRoles(local.keycloakId), local.roles);
    }
}

void TestSyncWorker::droppedOrganizationIsReportedUntilAllowed()
{
    // A realm of its own (its user profile is what this test is about), managed as the master admin.
    const QString realm = QStringLiteral("kl-org-") + randomSuffix();
    ServerProfile master;
    master.name = QStringLiteral("master");
    master.baseUrl = m_url;
    master.realm = realm;
    master.authMode = ServerProfile::AuthMode::AdminPassword;
    master.principal = qEnvironmentVariable("KEYLEDGER_KEYCLOAK_ADMIN");
    const QString adminPassword = qEnvironmentVariable("KEYLEDGER_KEYCLOAK_ADMIN_PASSWORD");
    {
        QNetworkRequest tokenRequest(
            QUrl(m_url.toString() + QStringLiteral("/realms/master/protocol/openid-connect/token")));
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                               QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* token = m_network.post(
            tokenRequest,
            QStringLiteral("grant_type=password&client_id=admin-cli&username=%1&password=%2")
                .arg(master.principal, QString::fromLatin1(QUrl::toPercentEncoding(adminPassword)))
                .toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(token->isFinished(), 30000);
        const QByteArray access = QJsonDocument::fromJson(token->readAll())
                                      .object()
                                      .value(QStringLiteral("access_token"))
                                      .toString()
                                      .toUtf8();
        token->deleteLater();
        QNetworkRequest create(QUrl(m_url.toString() + QStringLiteral("/admin/realms")));
        create.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        create.setRawHeader("Authorization", "Bearer " + access);
        QNetworkReply* created = m_network.post(
            create,
            QJsonDocument(QJsonObject{{QStringLiteral("realm"), realm}, {QStringLiteral("enabled"), true}})
                .toJson(QJsonDocument::Compact));
        QTRY_VERIFY_WITH_TIMEOUT(created->isFinished(), 60000);
        QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        created->deleteLater();
    }
    KeycloakClient keycloak(master, m_network);
    keycloak.setSecret(adminPassword);

    CreateUser create;
    create.username = QStringLiteral("org-") + randomSuffix();
    create.organizationId = QStringLiteral("acme");
    const QUuid id = m_users->create(create, ::admin()).userId;
    {
        SyncWorker worker(m_path, master, adminPassword);
        QSignalSpy warned(&worker, &SyncWorker::warning);
        QSignalSpy drained(&worker, &SyncWorker::drained);
        worker.runOnce();
        QVERIFY(drained.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 1, 30000);
        QVERIFY(warned.first().first().toString().contains(QStringLiteral("organizationId")));
        QVERIFY(!worker.status().warning.isEmpty());
    }
    const QString keycloakId = keycloakIdOf(id);
    QVERIFY(!keycloakId.isEmpty());
    QJsonObject remote = await(keycloak.getUser(keycloakId)).json.toObject();
    QVERIFY(
        !remote.value(QStringLiteral("attributes")).toObject().contains(QStringLiteral("organizationId")));

    // The admin allows it; the next change carries the organisation and Keycloak keeps it.
    QVERIFY(await(keycloak.allowOrganizationAttribute()).ok);
    UpdateUserProfile move;
    move.organizationId = QStringLiteral("globex");
    m_users->updateProfile(id, move, ::admin());
    {
        SyncWorker worker(m_path, master, adminPassword);
        QSignalSpy warned(&worker, &SyncWorker::warning);
        QSignalSpy drained(&worker, &SyncWorker::drained);
        worker.runOnce();
        QVERIFY(drained.wait(60000));
        QTest::qWait(500); // the profile check answers on its own
        QCOMPARE(warned.count(), 0);
    }
    remote = await(keycloak.getUser(keycloakId)).json.toObject();
    QCOMPARE(remote.value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("organizationId"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("globex"));
}

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "tst_syncworker.moc"
