#include "keycloak/KeycloakClient.h"
#include "support/FakeKeycloakServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

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

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logLines.append(message);
    g_previousHandler(type, context, message);
}

const QString kSecret = QStringLiteral("fault-suite-s3cret");
} // namespace

// What the real Keycloak cannot be made to do, against the fake only: 5xx, 429, answers slower
// than the timeout, connections dropped mid-answer, revoked tokens, malformed JSON, no server,
// TLS certificates, cancellation. Each fault must map to its KeycloakError kind.
class TstKeycloakFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void serverErrorIsTransient_data();
    void serverErrorIsTransient();
    void rateLimitedCarriesRetryAfter();
    void slowAnswerIsTimeoutNotNetwork();
    void timedOutCreateMayStillHaveHappened();
    void droppedConnectionIsNetwork();
    void revokedTokenIsRenewedOnce();
    void unauthorizedAfterRenewalFails();
    void malformedJsonIsReported();
    void connectionRefusedIsNetwork();
    void abortCancelsInFlight();
    void abortWhileWaitingForToken();
    void concurrentCallsShareOneToken();
    void destroyingTheClientDropsItsCalls();
    void untrustedCertificateIsRejected();
    void trustedFingerprintIsAccepted();
    void secretsAndTokensNeverReachTheLog();
    void errorBodiesAreParsed();
    void actionsEmailSendsTheActions();

private:
    Outcome await(KeycloakCall* call, int timeoutMs = 30000);
    std::unique_ptr<KeycloakClient>
    client(ServerProfile::AuthMode mode = ServerProfile::AuthMode::ClientCredentials, const QUrl& url = {});

    FakeKeycloakServer m_fake;
    QNetworkAccessManager m_network;
};

void TstKeycloakFaults::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(m_fake.start());
    m_fake.addAdmin(QStringLiteral("admin"), kSecret);
    m_fake.addServiceClient(QStringLiteral("keyledger-sync"), kSecret,
                            {QStringLiteral("manage-users"), QStringLiteral("view-realm")});
}

void TstKeycloakFaults::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TstKeycloakFaults::init()
{
    m_fake.resetCounters();
    m_fake.failNext(0, 500);
    m_fake.setRejectAllTokens(false);
}

Outcome TstKeycloakFaults::await(KeycloakCall* call, int timeoutMs)
{
    Outcome outcome;
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
    // Nothing else arrives later.
    QTest::qWait(20);
    return outcome;
}

std::unique_ptr<KeycloakClient> TstKeycloakFaults::client(ServerProfile::AuthMode mode, const QUrl& url)
{
    ServerProfile profile;
    profile.name = QStringLiteral("faults");
    profile.baseUrl = url.isEmpty() ? m_fake.baseUrl() : url;
    profile.realm = FakeKeycloakServer::realm();
    profile.authMode = mode;
    profile.principal = mode == ServerProfile::AuthMode::ClientCredentials ? QStringLiteral("keyledger-sync")
                                                                           : QStringLiteral("admin");
    auto result = std::make_unique<KeycloakClient>(profile, m_network);
    result->setSecret(kSecret);
    return result;
}

void TstKeycloakFaults::serverErrorIsTransient_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void TstKeycloakFaults::serverErrorIsTransient()
{
    QFETCH(int, status);
    auto c = client();
    m_fake.failNext(1, status);
    const Outcome failed = await(c->countUsers());
    QCOMPARE(failed.emissions, 1);
    QVERIFY(failed.deleted);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.error.kind(), KeycloakError::Kind::Server);
    QCOMPARE(failed.status, status);
    QVERIFY(failed.error.isTransient());
    QVERIFY(failed.error.userMessage().contains(QString::number(status)));
    // Only the next request was faulted.
    QVERIFY(await(c->countUsers()).ok);
}

void TstKeycloakFaults::rateLimitedCarriesRetryAfter()
{
    auto c = client();
    m_fake.failNext(1, 429);
    const Outcome outcome = await(c->countUsers());
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::RateLimited);
    QCOMPARE(outcome.status, 429);
    QVERIFY(outcome.error.isTransient());
    QCOMPARE(outcome.error.retryAfter(), std::chrono::seconds(1));
}

void TstKeycloakFaults::slowAnswerIsTimeoutNotNetwork()
{
    auto c = client();
    QVERIFY(await(c->countUsers()).ok); // token first, so only the admin call is slow
    c->setTimeout(std::chrono::milliseconds(300));
    m_fake.delayNext(1, std::chrono::milliseconds(2000));
    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome outcome = await(c->countUsers());
    QCOMPARE(outcome.emissions, 1);
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::Timeout);
    QVERIFY(outcome.error.isTransient());
    QVERIFY2(elapsed.elapsed() < 1500, qPrintable(QString::number(elapsed.elapsed())));
    // The client keeps working afterwards.
    c->setTimeout(std::chrono::seconds(10));
    QVERIFY(await(c->countUsers()).ok);
}

void TstKeycloakFaults::timedOutCreateMayStillHaveHappened()
{
    // The sync worker's "outcome unknown" case: the create timed out but Keycloak did it.
    auto c = client();
    QVERIFY(await(c->countUsers()).ok);
    c->setTimeout(std::chrono::milliseconds(300));
    m_fake.delayNext(1, std::chrono::milliseconds(1500));
    const QString username = QStringLiteral("slow-create-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const Outcome created = await(c->createUser(QJsonObject{{QStringLiteral("username"), username}}));
    QCOMPARE(created.error.kind(), KeycloakError::Kind::Timeout);
    c->setTimeout(std::chrono::seconds(10));
    const Outcome found = await(c->findUserByUsername(username));
    QVERIFY(found.ok);
    QCOMPARE(found.json.toArray().size(), 1);
}

void TstKeycloakFaults::droppedConnectionIsNetwork()
{
    auto c = client();
    QVERIFY(await(c->countUsers()).ok);
    m_fake.dropNext(1);
    const Outcome outcome = await(c->listUsers(0, 10));
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::Network);
    QVERIFY(outcome.error.isTransient());
    QVERIFY(await(c->countUsers()).ok);
}

void TstKeycloakFaults::revokedTokenIsRenewedOnce()
{
    auto c = client(ServerProfile::AuthMode::AdminPassword);
    QVERIFY(await(c->countUsers()).ok);
    QCOMPARE(m_fake.requests(QStringLiteral("token:password")), 1);
    m_fake.revokeAccessTokens();
    const Outcome outcome = await(c->countUsers());
    QVERIFY2(outcome.ok, qPrintable(outcome.error.userMessage()));
    QCOMPARE(m_fake.requests(QStringLiteral("401")), 1);
    QCOMPARE(m_fake.requests(QStringLiteral("GET /users/count")), 2);
    // Renewed through the refresh token, not a new password grant.
    QCOMPARE(m_fake.requests(QStringLiteral("token:refresh_token")), 1);
    QCOMPARE(m_fake.requests(QStringLiteral("token:password")), 1);
}

void TstKeycloakFaults::unauthorizedAfterRenewalFails()
{
    auto c = client();
    m_fake.setRejectAllTokens(true);
    const Outcome outcome = await(c->countUsers());
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::Unauthorized);
    QCOMPARE(outcome.status, 401);
    QVERIFY(!outcome.error.isTransient());
    // One retry, not a loop.
    QCOMPARE(m_fake.requests(QStringLiteral("401")), 2);
    QCOMPARE(m_fake.requests(QStringLiteral("token:client_credentials")), 2);
}

void TstKeycloakFaults::malformedJsonIsReported()
{
    auto c = client();
    QVERIFY(await(c->countUsers()).ok);
    m_fake.malformedNext(1);
    const Outcome outcome = await(c->listUsers(0, 10));
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::MalformedResponse);
    QVERIFY(!outcome.error.detail().isEmpty());
    QVERIFY(!outcome.error.isTransient());
}

void TstKeycloakFaults::connectionRefusedIsNetwork()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    auto c = client(ServerProfile::AuthMode::ClientCredentials, url);
    const Outcome outcome = await(c->countUsers());
    QCOMPARE(outcome.emissions, 1);
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::Network);
    QVERIFY(outcome.error.isTransient());
    QVERIFY(!outcome.error.userMessage().isEmpty());
}

void TstKeycloakFaults::abortCancelsInFlight()
{
    auto c = client();
    QVERIFY(await(c->countUsers()).ok);
    m_fake.delayNext(1, std::chrono::milliseconds(2000));
    KeycloakCall* call = c->countUsers();
    QTimer::singleShot(100, call, &KeycloakCall::abort);
    const Outcome outcome = await(call);
    QCOMPARE(outcome.emissions, 1);
    QVERIFY(outcome.deleted);
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::Cancelled);
}

void TstKeycloakFaults::abortWhileWaitingForToken()
{
    auto c = client();
    KeycloakCall* call = c->countUsers();
    int emissions = 0;
    connect(call, &KeycloakCall::finished, this, [&emissions] { ++emissions; });
    call->abort();
    QCOMPARE(emissions, 1);
    QTest::qWait(200);
    QCOMPARE(emissions, 1);
    // The token fetched meanwhile serves the next call.
    QVERIFY(await(c->countUsers()).ok);
}

void TstKeycloakFaults::concurrentCallsShareOneToken()
{
    auto c = client();
    QList<KeycloakCall*> calls;
    int finished = 0;
    int succeeded = 0;
    for (int i = 0; i < 5; ++i) {
        KeycloakCall* call = c->countUsers();
        connect(call, &KeycloakCall::finished, this, [&finished, &succeeded, call] {
            ++finished;
            succeeded += call->ok() ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 5, 10000);
    QCOMPARE(succeeded, 5);
    QCOMPARE(m_fake.requests(QStringLiteral("token:client_credentials")), 1);
}

void TstKeycloakFaults::destroyingTheClientDropsItsCalls()
{
    auto c = client();
    QVERIFY(await(c->countUsers()).ok);
    m_fake.delayNext(2, std::chrono::milliseconds(500));
    QPointer<KeycloakCall> first = c->countUsers();
    QPointer<KeycloakCall> second = c->getUser(QStringLiteral("someone"));
    QTest::qWait(100); // both requests are out
    c.reset();
    QVERIFY(first.isNull());
    QVERIFY(second.isNull());
    QTest::qWait(700); // the late answers find nobody, and nothing crashes
    QVERIFY(await(client()->countUsers()).ok);
}

namespace {
// A self-signed certificate for 127.0.0.1, made with the openssl command.
bool makeCertificate(const QString& dir, QSslCertificate& certificate, QSslKey& key)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                   dir + QStringLiteral("/cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        return false;
    }
    QFile certFile(dir + QStringLiteral("/cert.pem"));
    QFile keyFile(dir + QStringLiteral("/key.pem"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    certificate = QSslCertificate(&certFile, QSsl::Pem);
    key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    return !certificate.isNull() && !key.isNull();
}
} // namespace

void TstKeycloakFaults::untrustedCertificateIsRejected()
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    QSslKey key;
    QVERIFY2(makeCertificate(dir.path(), certificate, key),
             "the openssl command could not make a certificate");
    FakeKeycloakServer tlsServer;
    QVERIFY(tlsServer.start(certificate, key));
    tlsServer.addServiceClient(QStringLiteral("keyledger-sync"), kSecret, {QStringLiteral("manage-users")});
    QCOMPARE(tlsServer.baseUrl().scheme(), QStringLiteral("https"));

    auto c = client(ServerProfile::AuthMode::ClientCredentials, tlsServer.baseUrl());
    QSignalSpy rejected(c.get(), &KeycloakClient::certificateRejected);
    const Outcome outcome = await(c->countUsers());
    QCOMPARE(outcome.error.kind(), KeycloakError::Kind::Tls);
    const QString fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    QCOMPARE(outcome.error.certificateFingerprint(), fingerprint);
    QVERIFY(outcome.error.certificateDetails().contains(QLatin1String("127.0.0.1")));
    QVERIFY(outcome.error.userMessage().contains(fingerprint));
    QVERIFY(!outcome.error.isTransient());
    QVERIFY(rejected.count() >= 1);
    QCOMPARE(rejected.first().at(0).toString(), fingerprint);
    QCOMPARE(tlsServer.requests(QStringLiteral("token:client_credentials")), 0);

    // Trusting some other certificate changes nothing.
    ServerProfile other = c->profile();
    other.trustedCertificateSha256 = QByteArray(64, 'a');
    KeycloakClient otherClient(other, m_network);
    otherClient.setSecret(kSecret);
    QCOMPARE(await(otherClient.countUsers()).error.kind(), KeycloakError::Kind::Tls);
}

void TstKeycloakFaults::trustedFingerprintIsAccepted()
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    QSslKey key;
    QVERIFY2(makeCertificate(dir.path(), certificate, key),
             "the openssl command could not make a certificate");
    FakeKeycloakServer tlsServer;
    QVERIFY(tlsServer.start(certificate, key));
    tlsServer.addServiceClient(QStringLiteral("keyledger-sync"), kSecret, {QStringLiteral("manage-users")});

    ServerProfile profile = client()->profile();
    profile.baseUrl = tlsServer.baseUrl();
    // Upper case with colons, as certificate viewers show it.
    QByteArray shown = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    profile.trustedCertificateSha256 = shown;
    KeycloakClient trusting(profile, m_network);
    trusting.setSecret(kSecret);
    const Outcome outcome = await(trusting.countUsers());
    QVERIFY2(outcome.ok, qPrintable(outcome.error.userMessage()));
    QCOMPARE(tlsServer.requests(QStringLiteral("GET /users/count")), 1);
}

void TstKeycloakFaults::secretsAndTokensNeverReachTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("keyledger.keycloak.debug=true"));
    g_logLines.clear();
    auto c = client(ServerProfile::AuthMode::AdminPassword);
    const Outcome created =
        await(c->createUser(QJsonObject{{QStringLiteral("username"), QStringLiteral("log-probe")}}));
    QVERIFY(created.ok);
    QVERIFY(await(c->getUser(created.createdId)).ok);
    m_fake.failNext(1, 500);
    QVERIFY(!await(c->countUsers()).ok);
    QLoggingCategory::setFilterRules(QString());
    const QByteArray token = m_fake.lastIssuedAccessToken();
    QVERIFY(!token.isEmpty());
    QVERIFY2(!g_logLines.isEmpty(), "the debug category logged nothing, so the check would prove nothing");
    for (const QString& line : std::as_const(g_logLines)) {
        QVERIFY2(!line.contains(kSecret), qPrintable(line));
        QVERIFY2(!line.contains(QString::fromLatin1(token)), qPrintable(line));
    }
}

void TstKeycloakFaults::errorBodiesAreParsed()
{
    // The three shapes Keycloak uses for 400, and the 409 messages.
    KeycloakError flat = KeycloakError::fromHttpStatus(
        400, R"({"field":"email","errorMessage":"error-invalid-email","params":["email","x@"]})", {}, false);
    QCOMPARE(flat.kind(), KeycloakError::Kind::Validation);
    QCOMPARE(flat.field(), QStringLiteral("email"));
    QCOMPARE(flat.serverMessage(), QStringLiteral("error-invalid-email"));

    KeycloakError several = KeycloakError::fromHttpStatus(
        400, R"({"errors":[{"field":"firstName","errorMessage":"error-person-name-invalid-character"}]})", {},
        false);
    QCOMPARE(several.field(), QStringLiteral("firstName"));
    QCOMPARE(several.serverMessage(), QStringLiteral("error-person-name-invalid-character"));

    KeycloakError oauth = KeycloakError::fromHttpStatus(
        400,
        R"({"error":"invalidPasswordMinLengthMessage","error_description":"Invalid password: minimum length 8."})",
        {}, false);
    QCOMPARE(oauth.kind(), KeycloakError::Kind::Validation);
    QCOMPARE(oauth.serverMessage(), QStringLiteral("Invalid password: minimum length 8."));

    QCOMPARE(KeycloakError::fromHttpStatus(400, R"({"error":"invalid_grant"})", {}, true).kind(),
             KeycloakError::Kind::InvalidCredentials);
    QCOMPARE(KeycloakError::fromHttpStatus(401, R"({"error":"unauthorized_client"})", {}, true).kind(),
             KeycloakError::Kind::InvalidCredentials);

    KeycloakError both = KeycloakError::fromHttpStatus(
        409, R"({"errorMessage":"User exists with same username or email"})", {}, false);
    QCOMPARE(both.kind(), KeycloakError::Kind::Conflict);
    QVERIFY(both.field().isEmpty());

    KeycloakError forbidden = KeycloakError::fromHttpStatus(403, R"({"error":"unknown_error"})",
                                                            QStringLiteral("view-events"), false);
    QCOMPARE(forbidden.requiredRole(), QStringLiteral("view-events"));
    QVERIFY(forbidden.userMessage().contains(QLatin1String("view-events")));

    KeycloakError html = KeycloakError::fromHttpStatus(502, "<html>Bad gateway</html>", {}, false);
    QCOMPARE(html.kind(), KeycloakError::Kind::Server);
    QVERIFY(html.isTransient());
}

// The real test server has no SMTP (Keycloak answers 500 there), so the success path is here.
void TstKeycloakFaults::actionsEmailSendsTheActions()
{
    auto c = client();
    const Outcome created =
        await(c->createUser(QJsonObject{{QStringLiteral("username"), QStringLiteral("mailme")},
                                        {QStringLiteral("email"), QStringLiteral("mailme@example.org")}}));
    QVERIFY(created.ok);
    const Outcome sent = await(c->executeActionsEmail(
        created.createdId, {QStringLiteral("UPDATE_PASSWORD"), QStringLiteral("VERIFY_EMAIL")}));
    QVERIFY2(sent.ok, qPrintable(sent.error.userMessage()));
    QCOMPARE(sent.status, 204);
    QCOMPARE(QJsonDocument::fromJson(m_fake.lastBody(QStringLiteral("PUT /users/{id}/execute-actions-email")))
                 .array(),
             (QJsonArray{QStringLiteral("UPDATE_PASSWORD"), QStringLiteral("VERIFY_EMAIL")}));
    const Outcome unknown =
        await(c->executeActionsEmail(created.createdId, {QStringLiteral("NOT_AN_ACTION")}));
    QCOMPARE(unknown.error.kind(), KeycloakError::Kind::Validation);
    QCOMPARE(unknown.error.serverMessage(), QStringLiteral("Provided invalid required actions"));
}

QTEST_GUILESS_MAIN(TstKeycloakFaults)
#include "tst_keycloakfaults.moc"
