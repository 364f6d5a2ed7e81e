#include "keycloak/KeycloakClient.h"
#include "support/FakeKeycloakServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <vector>

using keyledger::FakeKeycloakServer;
using keyledger::KeycloakCall;
using keyledger::KeycloakClient;
using keyledger::KeycloakError;
using keyledger::ServerProfile;

namespace {
struct Outcome
{
    int emissions = 0;
    bool deleted = false;
    bool ok = false;
    KeycloakError error;
    int status = 0;
    QJsonValue json;
    QString createdId;
};

// The server a row talks to: the in-process fake, or the real Keycloak of scripts/run-tests.sh.
struct Backend
{
    bool real = false;
    QUrl url;
    QString realm;
    QString admin;
    QString adminPassword;
    QString clientId;
    QString clientSecret;
    QString limitedUser;
    QString limitedPassword;
};

const QStringList kAllRoles{QStringLiteral("manage-users"), QStringLiteral("view-users"),
                            QStringLiteral("query-users"),  QStringLiteral("view-realm"),
                            QStringLiteral("manage-realm"), QStringLiteral("view-events")};
} // namespace

// The Keycloak contract: every test runs against the fake (always) and the real server (when
// KEYLEDGER_KEYCLOAK_URL is set, as scripts/run-tests.sh does). Same code for both rows; a
// few extra assertions read the fake's request counters.
class TstKeycloakClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void bothAuthModesConnect();
    void userLifecycle();
    void createSendsEnabled();
    void findUserByUsernameIsExact();
    void listAndCountUsers();
    void realmRolesAddAndRemove();
    void unknownRoleIsNotFound();
    void duplicateUsernameIsConflict();
    void duplicateEmailIsConflict();
    void invalidEmailIsValidation();
    void wrongPasswordIsInvalidCredentials();
    void wrongClientSecretIsInvalidCredentials();
    void staleTokenIsRenewedAndRetried();
    void tokenIsRenewedBeforeExpiry();
    void organizationAttributeNeedsTheUserProfile();
    void forbiddenNamesTheMissingRole();
    void loginEventsOldestFirst();
    void actionsEmailNeedsAnEmail();

private:
    Outcome await(KeycloakCall* call, int timeoutMs = 30000);
    std::unique_ptr<KeycloakClient> serviceClient();
    std::unique_ptr<KeycloakClient> adminClient(const QString& password = {});
    std::unique_ptr<KeycloakClient> limitedClient(const QString& password = {});
    QString uniqueName(const char* what);
    // Creates a user through the service client and remembers it for cleanup().
    QString createUser(const QJsonObject& representation);

    FakeKeycloakServer m_fake;
    QNetworkAccessManager m_network;
    Backend m_backend;
    QString m_runId;
    int m_sequence = 0;
    QStringList m_createdIds;
};

void TstKeycloakClient::initTestCase_data()
{
    QTest::addColumn<bool>("real");
    QTest::newRow("fake") << false;
    QTest::newRow("real") << true;
}

void TstKeycloakClient::initTestCase()
{
    QVERIFY(m_fake.start());
    m_fake.addAdmin(QStringLiteral("admin"), QStringLiteral("admin-password"));
    m_fake.addServiceClient(QStringLiteral("keyledger-sync"), QStringLiteral("client-secret"), kAllRoles);
    m_fake.addRealmUser(QStringLiteral("limited-admin"), QStringLiteral("limited-password"),
                        {QStringLiteral("query-users")});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        m_fake.addEvent(QJsonObject{{QStringLiteral("id"), QString::number(i)},
                                    {QStringLiteral("time"), now - (3 - i) * 60000},
                                    {QStringLiteral("type"), QStringLiteral("LOGIN")},
                                    {QStringLiteral("userId"), QStringLiteral("u%1").arg(i)},
                                    {QStringLiteral("ipAddress"), QStringLiteral("10.0.0.%1").arg(i)}});
    }
    m_fake.addEvent(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                {QStringLiteral("time"), now - 30000},
                                {QStringLiteral("type"), QStringLiteral("LOGIN_ERROR")}});
    m_runId = QString::number(QRandomGenerator::global()->generate(), 36);
}

void TstKeycloakClient::init()
{
    QFETCH_GLOBAL(bool, real);
    m_createdIds.clear();
    if (!real) {
        m_backend = Backend{false,
                            m_fake.baseUrl(),
                            FakeKeycloakServer::realm(),
                            QStringLiteral("admin"),
                            QStringLiteral("admin-password"),
                            QStringLiteral("keyledger-sync"),
                            QStringLiteral("client-secret"),
                            QStringLiteral("limited-admin"),
                            QStringLiteral("limited-password")};
        m_fake.resetCounters();
        return;
    }
    if (qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL")) {
        QSKIP("No real Keycloak: KEYLEDGER_KEYCLOAK_URL is not set. Run the tests through "
              "scripts/run-tests.sh, "
              "which starts one and exports its coordinates.");
    }
    m_backend = Backend{true,
                        QUrl(qEnvironmentVariable("KEYLEDGER_KEYCLOAK_URL")),
                        qEnvironmentVariable("KEYLEDGER_KEYCLOAK_REALM"),
                        qEnvironmentVariable("KEYLEDGER_KEYCLOAK_ADMIN"),
                        qEnvironmentVariable("KEYLEDGER_KEYCLOAK_ADMIN_PASSWORD"),
                        qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_ID"),
                        qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_SECRET"),
                        qEnvironmentVariable("KEYLEDGER_KEYCLOAK_LIMITED_USER"),
                        qEnvironmentVariable("KEYLEDGER_KEYCLOAK_LIMITED_PASSWORD")};
}

void TstKeycloakClient::cleanup()
{
    m_fake.setTokenLifetime(std::chrono::seconds(300));
    if (m_createdIds.isEmpty()) {
        return;
    }
    // The real server is shared: remove what this test created, whatever the outcome.
    auto client = serviceClient();
    for (const QString& id : std::as_const(m_createdIds)) {
        await(client->deleteUser(id));
    }
    m_createdIds.clear();
}

Outcome TstKeycloakClient::await(KeycloakCall* call, int timeoutMs)
{
    Outcome outcome;
    if (!call) {
        return outcome;
    }
    QPointer<KeycloakCall> guard(call);
    connect(call, &KeycloakCall::finished, this, [&outcome, call] {
        ++outcome.emissions;
        outcome.ok = call->ok();
        outcome.error = call->error();
        outcome.status = call->httpStatus();
        outcome.json = call->json();
        outcome.createdId = call->createdId();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.emissions > 0; }, timeoutMs)) {
        return outcome;
    }
    outcome.deleted = QTest::qWaitFor([&guard] { return guard.isNull(); }, 5000);
    return outcome;
}

std::unique_ptr<KeycloakClient> TstKeycloakClient::serviceClient()
{
    ServerProfile profile;
    profile.name = QStringLiteral("contract");
    profile.baseUrl = m_backend.url;
    profile.realm = m_backend.realm;
    profile.authMode = ServerProfile::AuthMode::ClientCredentials;
    profile.principal = m_backend.clientId;
    auto client = std::make_unique<KeycloakClient>(profile, m_network);
    client->setSecret(m_backend.clientSecret);
    return client;
}

std::unique_ptr<KeycloakClient> TstKeycloakClient::adminClient(const QString& password)
{
    ServerProfile profile;
    profile.name = QStringLiteral("contract-admin");
    profile.baseUrl = m_backend.url;
    profile.realm = m_backend.realm;
    profile.authMode = ServerProfile::AuthMode::AdminPassword;
    profile.principal = m_backend.admin;
    auto client = std::make_unique<KeycloakClient>(profile, m_network);
    client->setSecret(password.isEmpty() ? m_backend.adminPassword : password);
    return client;
}

std::unique_ptr<KeycloakClient> TstKeycloakClient::limitedClient(const QString& password)
{
    ServerProfile profile;
    profile.name = QStringLiteral("contract-limited");
    profile.baseUrl = m_backend.url;
    profile.realm = m_backend.realm;
    profile.authMode = ServerProfile::AuthMode::AdminPassword;
    profile.principal = m_backend.limitedUser;
    profile.tokenRealm = m_backend.realm;
    auto client = std::make_unique<KeycloakClient>(profile, m_network);
    client->setSecret(password.isEmpty() ? m_backend.limitedPassword : password);
    return client;
}

QString TstKeycloakClient::uniqueName(const char* what)
{
    return QStringLiteral("kl-%1-%2-%3").arg(m_runId, QLatin1String(what)).arg(++m_sequence);
}

QString TstKeycloakClient::createUser(const QJsonObject& representation)
{
    auto client = serviceClient();
    const Outcome created = await(client->createUser(representation));
    if (!created.ok) {
        qWarning("create failed: %s", qPrintable(created.error.userMessage()));
        return {};
    }
    m_createdIds.append(created.createdId);
    return created.createdId;
}

void TstKeycloakClient::bothAuthModesConnect()
{
    std::vector<std::unique_ptr<KeycloakClient>> clients;
    clients.push_back(serviceClient());
    clients.push_back(adminClient());
    for (const auto& client : clients) {
        const Outcome outcome = await(client->testConnection());
        QCOMPARE(outcome.emissions, 1);
        QVERIFY(outcome.deleted);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.userMessage()));
        QCOMPARE(outcome.status, 200);
        QVERIFY(outcome.json.isDouble());
        QVERIFY(outcome.json.toInteger() >= 0);
    }
}

void TstKeycloakClient::userLifecycle()
{
    auto client = serviceClient();
    const QString username = uniqueName("life");
    const QString email = username + QStringLiteral("@Example.ORG");
    const Outcome created =
        await(client->createUser(QJsonObject{{QStringLiteral("username"), username.toUpper()},
                                             {QStringLiteral("email"), email},
                                             {QStringLiteral("firstName"), QStringLiteral("Ada")},
                                             {QStringLiteral("lastName"), QStringLiteral("Lovelace")},
                                             {QStringLiteral("emailVerified"), true}}));
    QVERIFY2(created.ok, qPrintable(created.error.userMessage()));
    QCOMPARE(created.status, 201);
    QVERIFY(!created.createdId.isEmpty());
    m_createdIds.append(created.createdId);
    const QString id = created.createdId;

    const Outcome fetched = await(client->getUser(id));
    QVERIFY2(fetched.ok, qPrintable(fetched.error.userMessage()));
    QJsonObject user = fetched.json.toObject();
    QCOMPARE(user.value(QLatin1String("id")).toString(), id);
    // Keycloak lower-cases usernames and e-mails.
    QCOMPARE(user.value(QLatin1String("username")).toString(), username.toLower());
    QCOMPARE(user.value(QLatin1String("email")).toString(), email.toLower());
    QCOMPARE(user.value(QLatin1String("firstName")).toString(), QStringLiteral("Ada"));
    QCOMPARE(user.value(QLatin1String("enabled")).toBool(), true);
    QVERIFY(user.value(QLatin1String("createdTimestamp")).toDouble() > 0);

    // Only lastName and enabled are sent as changes; the rest must survive the PUT.
    const Outcome updated =
        await(client->updateUser(id, QJsonObject{{QStringLiteral("lastName"), QStringLiteral("King")},
                                                 {QStringLiteral("enabled"), false}}));
    QVERIFY2(updated.ok, qPrintable(updated.error.userMessage()));
    QCOMPARE(updated.status, 204);
    if (!m_backend.real) {
        // One GET then one PUT carrying the whole representation.
        QCOMPARE(m_fake.requests(QStringLiteral("PUT /users/{id}")), 1);
        const QJsonObject sent =
            QJsonDocument::fromJson(m_fake.lastBody(QStringLiteral("PUT /users/{id}"))).object();
        QCOMPARE(sent.value(QLatin1String("firstName")).toString(), QStringLiteral("Ada"));
        QCOMPARE(sent.value(QLatin1String("email")).toString(), email.toLower());
    }
    user = await(client->getUser(id)).json.toObject();
    QCOMPARE(user.value(QLatin1String("lastName")).toString(), QStringLiteral("King"));
    QCOMPARE(user.value(QLatin1String("firstName")).toString(), QStringLiteral("Ada"));
    QCOMPARE(user.value(QLatin1String("email")).toString(), email.toLower());
    QCOMPARE(user.value(QLatin1String("emailVerified")).toBool(), true);
    QCOMPARE(user.value(QLatin1String("enabled")).toBool(), false);

    const Outcome deleted = await(client->deleteUser(id));
    QVERIFY2(deleted.ok, qPrintable(deleted.error.userMessage()));
    QCOMPARE(deleted.status, 204);
    m_createdIds.removeAll(id);

    const Outcome gone = await(client->getUser(id));
    QVERIFY(!gone.ok);
    QCOMPARE(gone.error.kind(), KeycloakError::Kind::NotFound);
    QCOMPARE(gone.status, 404);
    QVERIFY(!gone.error.isTransient());
    const Outcome goneAgain = await(client->deleteUser(id));
    QCOMPARE(goneAgain.error.kind(), KeycloakError::Kind::NotFound);
    const Outcome updateGone =
        await(client->updateUser(id, QJsonObject{{QStringLiteral("firstName"), QStringLiteral("X")}}));
    QCOMPARE(updateGone.error.kind(), KeycloakError::Kind::NotFound);
}

void TstKeycloakClient::createSendsEnabled()
{
    auto client = serviceClient();
    // Without "enabled" Keycloak would create a disabled user: the client sends true.
    const QString implicitId = createUser(QJsonObject{{QStringLiteral("username"), uniqueName("enabled")}});
    QVERIFY(!implicitId.isEmpty());
    if (!m_backend.real) {
        const QJsonObject sent =
            QJsonDocument::fromJson(m_fake.lastBody(QStringLiteral("POST /users"))).object();
        QCOMPARE(sent.value(QLatin1String("enabled")), QJsonValue(true));
    }
    QCOMPARE(await(client->getUser(implicitId)).json.toObject().value(QLatin1String("enabled")),
             QJsonValue(true));

    // An explicit false is kept.
    const QString disabledId = createUser(QJsonObject{{QStringLiteral("username"), uniqueName("disabled")},
                                                      {QStringLiteral("enabled"), false}});
    QVERIFY(!disabledId.isEmpty());
    QCOMPARE(await(client->getUser(disabledId)).json.toObject().value(QLatin1String("enabled")),
             QJsonValue(false));
}

void TstKeycloakClient::findUserByUsernameIsExact()
{
    auto client = serviceClient();
    const QString username = uniqueName("find");
    const QString id = createUser(QJsonObject{{QStringLiteral("username"), username}});
    QVERIFY(!id.isEmpty());
    // A longer name sharing the prefix must not match an exact lookup.
    QVERIFY(!createUser(QJsonObject{{QStringLiteral("username"), username + QStringLiteral("x")}}).isEmpty());

    const Outcome found = await(client->findUserByUsername(username.toUpper()));
    QVERIFY2(found.ok, qPrintable(found.error.userMessage()));
    QVERIFY(found.json.isArray());
    QCOMPARE(found.json.toArray().size(), 1);
    QCOMPARE(found.json.toArray().first().toObject().value(QLatin1String("id")).toString(), id);

    // Query values are percent-encoded: a '+' must not arrive as a space.
    const QString plus = uniqueName("plus") + QStringLiteral("+tag");
    const QString plusId = createUser(QJsonObject{{QStringLiteral("username"), plus}});
    QVERIFY(!plusId.isEmpty());
    const Outcome plusFound = await(client->findUserByUsername(plus));
    QVERIFY(plusFound.ok);
    QCOMPARE(plusFound.json.toArray().size(), 1);
    QCOMPARE(plusFound.json.toArray().first().toObject().value(QLatin1String("id")).toString(), plusId);

    const Outcome missing = await(client->findUserByUsername(uniqueName("nobody")));
    QVERIFY(missing.ok);
    QCOMPARE(missing.json.toArray().size(), 0);
}

void TstKeycloakClient::listAndCountUsers()
{
    auto client = serviceClient();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!createUser(QJsonObject{{QStringLiteral("username"), uniqueName("list")}}).isEmpty());
    }
    const Outcome count = await(client->countUsers());
    QVERIFY2(count.ok, qPrintable(count.error.userMessage()));
    QVERIFY(count.json.isDouble());
    QVERIFY(count.json.toInteger() >= 3);

    const Outcome page = await(client->listUsers(0, 2));
    QVERIFY2(page.ok, qPrintable(page.error.userMessage()));
    QCOMPARE(page.json.toArray().size(), 2);
    for (const QJsonValue& user : page.json.toArray()) {
        QVERIFY(!user.toObject().value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!user.toObject().contains(QLatin1String("attributes"))); // brief representation
    }
    const Outcome second = await(client->listUsers(1, 1));
    QVERIFY(second.ok);
    QCOMPARE(second.json.toArray().size(), 1);

    // Paged search by prefix finds exactly the users of that prefix.
    const QString prefix = uniqueName("srch");
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        made.append(prefix + QString::number(i));
        QVERIFY(!createUser(QJsonObject{{QStringLiteral("username"), made.last()}}).isEmpty());
    }
    QStringList found;
    for (int first = 0;; first += 2) {
        const Outcome hits = await(client->searchUsers(prefix, first, 2));
        QVERIFY2(hits.ok, qPrintable(hits.error.userMessage()));
        for (const QJsonValue& user : hits.json.toArray())
            found.append(user.toObject().value(QLatin1String("username")).toString());
        if (hits.json.toArray().size() < 2)
            break;
    }
    found.sort();
    QCOMPARE(found, made);
}

void TstKeycloakClient::realmRolesAddAndRemove()
{
    const QString auditor = QStringLiteral("kl-contract-auditor");
    const QString operatorRole = QStringLiteral("kl-contract-operator");
    {
        // Roles for the test, created with the admin token when absent (409 = already there).
        auto admin = adminClient();
        for (const QString& role : {auditor, operatorRole}) {
            const Outcome created =
                await(admin->createRealmRole(role, QStringLiteral("Keyledger contract tests")));
            QVERIFY2(created.ok || created.error.kind() == KeycloakError::Kind::Conflict,
                     qPrintable(created.error.userMessage()));
        }
    }
    auto client = serviceClient();
    const Outcome roles = await(client->realmRoles());
    QVERIFY2(roles.ok, qPrintable(roles.error.userMessage()));
    QStringList names;
    for (const QJsonValue& role : roles.json.toArray()) {
        names.append(role.toObject().value(QLatin1String("name")).toString());
    }
    QVERIFY(names.contains(auditor));
    QVERIFY(names.contains(operatorRole));

    const QString id = createUser(QJsonObject{{QStringLiteral("username"), uniqueName("roles")}});
    QVERIFY(!id.isEmpty());
    const Outcome added = await(client->addRealmRoles(id, {auditor, operatorRole}));
    QVERIFY2(added.ok, qPrintable(added.error.userMessage()));

    const auto mapped = [&]() {
        QStringList result;
        const Outcome mappings = await(client->userRealmRoles(id));
        for (const QJsonValue& role : mappings.json.toArray()) {
            result.append(role.toObject().value(QLatin1String("name")).toString());
        }
        return result;
    };
    QStringList now = mapped();
    QVERIFY(now.contains(auditor));
    QVERIFY(now.contains(operatorRole));

    const Outcome removed = await(client->removeRealmRoles(id, {auditor}));
    QVERIFY2(removed.ok, qPrintable(removed.error.userMessage()));
    now = mapped();
    QVERIFY(!now.contains(auditor));
    QVERIFY(now.contains(operatorRole));

    const Outcome nothing = await(client->addRealmRoles(id, {}));
    QVERIFY(nothing.ok);
    QCOMPARE(nothing.emissions, 1);
}

void TstKeycloakClient::unknownRoleIsNotFound()
{
    auto client = serviceClient();
    const QString id = createUser(QJsonObject{{QStringLiteral("username"), uniqueName("norole")}});
    QVERIFY(!id.isEmpty());
    const Outcome outcome = await(client->addRealmRoles(id, {uniqueName("no-such-role")}));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::NotFound);
}

void TstKeycloakClient::duplicateUsernameIsConflict()
{
    auto client = serviceClient();
    const QString username = uniqueName("dupname");
    QVERIFY(!createUser(QJsonObject{{QStringLiteral("username"), username}}).isEmpty());
    const Outcome again =
        await(client->createUser(QJsonObject{{QStringLiteral("username"), username.toUpper()}}));
    QVERIFY(!again.ok);
    QCOMPARE(again.error.kind(), KeycloakError::Kind::Conflict);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.error.field(), QStringLiteral("username"));
    QVERIFY(again.error.userMessage().contains(QLatin1String("username")));
    QVERIFY(!again.error.isTransient());
}

void TstKeycloakClient::duplicateEmailIsConflict()
{
    auto client = serviceClient();
    const QString email = uniqueName("dupmail") + QStringLiteral("@example.org");
    QVERIFY(!createUser(QJsonObject{{QStringLiteral("username"), uniqueName("first")},
                                    {QStringLiteral("email"), email}})
                 .isEmpty());
    const Outcome again = await(client->createUser(QJsonObject{
        {QStringLiteral("username"), uniqueName("second")}, {QStringLiteral("email"), email.toUpper()}}));
    QVERIFY(!again.ok);
    QCOMPARE(again.error.kind(), KeycloakError::Kind::Conflict);
    QCOMPARE(again.error.field(), QStringLiteral("email"));
    QVERIFY(again.error.userMessage().contains(QLatin1String("e-mail")));
}

void TstKeycloakClient::invalidEmailIsValidation()
{
    auto client = serviceClient();
    const Outcome outcome =
        await(client->createUser(QJsonObject{{QStringLiteral("username"), uniqueName("badmail")},
                                             {QStringLiteral("email"), QStringLiteral("not-an-email")}}));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::Validation);
    QCOMPARE(outcome.status, 400);
    QCOMPARE(outcome.error.field(), QStringLiteral("email"));
    QVERIFY(!outcome.error.serverMessage().isEmpty());
    QVERIFY(outcome.error.userMessage().contains(QLatin1String("email")));
    // Nothing was created under that name.
    const Outcome found = await(client->findUserByUsername(uniqueName("unused")));
    QVERIFY(found.ok);
}

void TstKeycloakClient::wrongPasswordIsInvalidCredentials()
{
    auto client = limitedClient(QStringLiteral("wrong-password"));
    const Outcome outcome = await(client->countUsers());
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::InvalidCredentials);
    QVERIFY(!outcome.error.isTransient());
    QVERIFY(!outcome.error.userMessage().contains(QLatin1String("wrong-password")));
}

void TstKeycloakClient::wrongClientSecretIsInvalidCredentials()
{
    auto client = serviceClient();
    client->setSecret(QStringLiteral("not-the-secret"));
    const Outcome outcome = await(client->countUsers());
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::InvalidCredentials);

    // No secret at all: refused without asking the server.
    client->setSecret({});
    const Outcome empty = await(client->countUsers());
    QCOMPARE(empty.emissions, 1);
    QCOMPARE(empty.error.kind(), KeycloakError::Kind::InvalidCredentials);
}

void TstKeycloakClient::staleTokenIsRenewedAndRetried()
{
    std::vector<std::unique_ptr<KeycloakClient>> clients;
    clients.push_back(adminClient());
    clients.push_back(serviceClient());
    for (const auto& client : clients) {
        QVERIFY(await(client->countUsers()).ok);
        client->invalidateAccessTokenForTest();
        const int unauthorizedBefore = m_fake.requests(QStringLiteral("401"));
        const Outcome outcome = await(client->countUsers());
        QVERIFY2(outcome.ok, qPrintable(outcome.error.userMessage()));
        QCOMPARE(outcome.status, 200);
        if (!m_backend.real) {
            QCOMPARE(m_fake.requests(QStringLiteral("401")), unauthorizedBefore + 1);
        }
    }
}

void TstKeycloakClient::tokenIsRenewedBeforeExpiry()
{
    if (m_backend.real) {
        QSKIP("The shared real realm's token lifespan is not shortened here; staleTokenIsRenewedAndRetried "
              "covers "
              "the real server.");
    }
    m_fake.setTokenLifetime(std::chrono::seconds(2), std::chrono::seconds(30));
    auto admin = adminClient();
    QVERIFY(await(admin->countUsers()).ok);
    QCOMPARE(m_fake.requests(QStringLiteral("token:password")), 1);
    // Within 75 % of the lifetime: the same token.
    QVERIFY(await(admin->countUsers()).ok);
    QCOMPARE(m_fake.requests(QStringLiteral("token:password")) +
                 m_fake.requests(QStringLiteral("token:refresh_token")),
             1);
    // Past 75 %: renewed with the refresh token before the call, so the server never says 401.
    QTest::qWait(1600);
    QVERIFY(await(admin->countUsers()).ok);
    QCOMPARE(m_fake.requests(QStringLiteral("token:refresh_token")), 1);
    // Fully expired: renewed again, still without a 401.
    QTest::qWait(2100);
    QVERIFY(await(admin->countUsers()).ok);
    QCOMPARE(m_fake.requests(QStringLiteral("token:refresh_token")), 2);
    QCOMPARE(m_fake.requests(QStringLiteral("401")), 0);

    // Client credentials have no refresh token: a new grant.
    auto service = serviceClient();
    QVERIFY(await(service->countUsers()).ok);
    QTest::qWait(1600);
    QVERIFY(await(service->countUsers()).ok);
    QCOMPARE(m_fake.requests(QStringLiteral("token:client_credentials")), 2);
    QCOMPARE(m_fake.requests(QStringLiteral("401")), 0);
}

void TstKeycloakClient::organizationAttributeNeedsTheUserProfile()
{
    auto client = serviceClient();
    const Outcome before = await(client->userProfileConfig());
    QVERIFY2(before.ok, qPrintable(before.error.userMessage()));
    QVERIFY(before.json.toObject().value(QLatin1String("attributes")).isArray());
    const bool allowedBefore = KeycloakClient::organizationAttributeAllowed(before.json.toObject());

    // An attribute the profile does not declare is dropped silently (201, nothing stored).
    const QString probe = QStringLiteral("klUndeclared") + m_runId;
    const QString firstId = createUser(
        QJsonObject{{QStringLiteral("username"), uniqueName("org-before")},
                    {QStringLiteral("attributes"),
                     QJsonObject{{QStringLiteral("organizationId"), QJsonArray{QStringLiteral("org-1")}},
                                 {probe, QJsonArray{QStringLiteral("x")}}}}});
    QVERIFY(!firstId.isEmpty());
    QJsonObject attributes =
        await(client->getUser(firstId)).json.toObject().value(QLatin1String("attributes")).toObject();
    QVERIFY(!attributes.contains(probe));
    const QJsonObject sentBefore{
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("organizationId"), QJsonArray{QStringLiteral("org-1")}},
                     {probe, QJsonArray{QStringLiteral("x")}}}}};
    const QStringList dropped = KeycloakClient::droppedAttributes(
        sentBefore, QJsonObject{{QStringLiteral("attributes"), attributes}});
    QVERIFY(dropped.contains(probe));
    QCOMPARE(dropped.contains(QStringLiteral("organizationId")), !allowedBefore);
    if (!allowedBefore) {
        QVERIFY(!attributes.contains(QLatin1String("organizationId")));
    } else {
        qInfo(
            "organizationId was already allowed on this server; the 'dropped before' half is not observable");
    }

    const Outcome allowed = await(client->allowOrganizationAttribute());
    QVERIFY2(allowed.ok, qPrintable(allowed.error.userMessage()));
    QVERIFY(KeycloakClient::organizationAttributeAllowed(allowed.json.toObject()));
    const Outcome after = await(client->userProfileConfig());
    QVERIFY(KeycloakClient::organizationAttributeAllowed(after.json.toObject()));
    // The built-in attributes are still there (the whole config was PUT back).
    QStringList names;
    for (const QJsonValue& attribute : after.json.toObject().value(QLatin1String("attributes")).toArray()) {
        names.append(attribute.toObject().value(QLatin1String("name")).toString());
    }
    QVERIFY(names.contains(QLatin1String("username")));
    QVERIFY(names.contains(QLatin1String("email")));
    QCOMPARE(names.count(QStringLiteral("organizationId")), 1);

    // A second call changes nothing.
    const int putsBefore = m_fake.requests(QStringLiteral("PUT /users/profile"));
    QVERIFY(await(client->allowOrganizationAttribute()).ok);
    if (!m_backend.real) {
        QCOMPARE(m_fake.requests(QStringLiteral("PUT /users/profile")), putsBefore);
    }

    const QString secondId = createUser(
        QJsonObject{{QStringLiteral("username"), uniqueName("org-after")},
                    {QStringLiteral("attributes"),
                     QJsonObject{{QStringLiteral("organizationId"), QJsonArray{QStringLiteral("org-1")}}}}});
    QVERIFY(!secondId.isEmpty());
    attributes =
        await(client->getUser(secondId)).json.toObject().value(QLatin1String("attributes")).toObject();
    QCOMPARE(attributes.value(QLatin1String("organizationId")).toArray(),
             QJsonArray{QStringLiteral("org-1")});
    QVERIFY(
        KeycloakClient::droppedAttributes(
            QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("organizationId"),
                                                                    QJsonArray{QStringLiteral("org-1")}}}}},
            QJsonObject{{QStringLiteral("attributes"), attributes}})
            .isEmpty());

    // Updating another field keeps the attribute (whole representation PUT back).
    QVERIFY(await(client->updateUser(secondId,
                                     QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Grace")}}))
                .ok);
    attributes =
        await(client->getUser(secondId)).json.toObject().value(QLatin1String("attributes")).toObject();
    QCOMPARE(attributes.value(QLatin1String("organizationId")).toArray(),
             QJsonArray{QStringLiteral("org-1")});
    // Changing it through "attributes" merges key by key.
    QVERIFY(
        await(client->updateUser(secondId, QJsonObject{{QStringLiteral("attributes"),
                                                        QJsonObject{{QStringLiteral("organizationId"),
                                                                     QJsonArray{QStringLiteral("org-2")}}}}}))
            .ok);
    const QJsonObject user = await(client->getUser(secondId)).json.toObject();
    QCOMPARE(
        user.value(QLatin1String("attributes")).toObject().value(QLatin1String("organizationId")).toArray(),
        QJsonArray{QStringLiteral("org-2")});
    QCOMPARE(user.value(QLatin1String("firstName")).toString(), QStringLiteral("Grace"));

    // The helper reads a config without the declaration as "not allowed".
    QVERIFY(!KeycloakClient::organizationAttributeAllowed(
        QJsonObject{{QStringLiteral("attributes"), QJsonArray{}}}));
    QVERIFY(KeycloakClient::organizationAttributeAllowed(
        QJsonObject{{QStringLiteral("attributes"), QJsonArray{}},
                    {QStringLiteral("unmanagedAttributePolicy"), QStringLiteral("ADMIN_EDIT")}}));
    QVERIFY(!KeycloakClient::organizationAttributeAllowed(
        QJsonObject{{QStringLiteral("attributes"), QJsonArray{}},
                    {QStringLiteral("unmanagedAttributePolicy"), QStringLiteral("ADMIN_VIEW")}}));
}

void TstKeycloakClient::forbiddenNamesTheMissingRole()
{
    auto limited = limitedClient();
    const Outcome count = await(limited->countUsers());
    QVERIFY2(count.ok, qPrintable(count.error.userMessage())); // query-users is enough to count

    const Outcome create =
        await(limited->createUser(QJsonObject{{QStringLiteral("username"), uniqueName("forbidden")}}));
    QVERIFY(!create.ok);
    QCOMPARE(create.error.kind(), KeycloakError::Kind::Forbidden);
    QCOMPARE(create.status, 403);
    QCOMPARE(create.error.requiredRole(), QStringLiteral("manage-users"));
    QVERIFY(create.error.userMessage().contains(QLatin1String("manage-users")));
    QVERIFY(!create.error.isTransient());

    const Outcome events = await(limited->loginEvents(0, 10));
    QCOMPARE(events.error.kind(), KeycloakError::Kind::Forbidden);
    QVERIFY(events.error.userMessage().contains(QLatin1String("view-events")));
}

void TstKeycloakClient::loginEventsOldestFirst()
{
    auto client = serviceClient();
    const Outcome config = await(client->eventsConfig());
    QVERIFY2(config.ok, qPrintable(config.error.userMessage()));
    QVERIFY(config.json.toObject().contains(QLatin1String("eventsEnabled")));

    const Outcome all = await(client->loginEvents(0, 100));
    QVERIFY2(all.ok, qPrintable(all.error.userMessage()));
    QVERIFY(all.json.isArray());
    qint64 previous = 0;
    for (const QJsonValue& value : all.json.toArray()) {
        const QJsonObject event = value.toObject();
        QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("LOGIN"));
        QVERIFY(event.value(QLatin1String("time")).toInteger() >= previous);
        previous = event.value(QLatin1String("time")).toInteger();
    }
    if (!m_backend.real) {
        QCOMPARE(all.json.toArray().size(), 3);
    }
    if (all.json.toArray().size() >= 2) {
        // Incremental: from the second event's time on.
        const qint64 since = all.json.toArray().at(1).toObject().value(QLatin1String("time")).toInteger();
        const Outcome later = await(client->loginEvents(0, 100, since));
        QVERIFY(later.ok);
        for (const QJsonValue& value : later.json.toArray()) {
            QVERIFY(value.toObject().value(QLatin1String("time")).toInteger() >= since);
        }
        QVERIFY(later.json.toArray().size() < all.json.toArray().size());
    }
}

void TstKeycloakClient::actionsEmailNeedsAnEmail()
{
    auto client = serviceClient();
    const QString id = createUser(QJsonObject{{QStringLiteral("username"), uniqueName("noemail")}});
    QVERIFY(!id.isEmpty());
    const Outcome outcome = await(client->executeActionsEmail(id, {QStringLiteral("UPDATE_PASSWORD")}));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::Validation);
    QCOMPARE(outcome.status, 400);
}

QTEST_GUILESS_MAIN(TstKeycloakClient)
#include "tst_keycloakclient.moc"
