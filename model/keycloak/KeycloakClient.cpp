#include "keycloak/KeycloakClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace keyledger {

namespace {
// One line per finished request: verb, path and status only. Never headers (the bearer token),
// bodies (personal data, passwords) or query strings (usernames).
Q_LOGGING_CATEGORY(lcKeycloak, "keyledger.keycloak", QtInfoMsg)

const char* const kTimedOutProperty = "keyledgerTimedOut";
const char* const kTlsFingerprintProperty = "keyledgerTlsFingerprint";
const char* const kTlsDetailsProperty = "keyledgerTlsDetails";
const char* const kTlsErrorsProperty = "keyledgerTlsErrors";

const QString kManageUsers = QStringLiteral("manage-users");
const QString kViewUsers = QStringLiteral("view-users");
const QString kQueryUsers = QStringLiteral("query-users");
const QString kViewRealm = QStringLiteral("view-realm");
const QString kManageRealm = QStringLiteral("manage-realm");
const QString kViewEvents = QStringLiteral("view-events");
const QString kOrganizationAttribute = QStringLiteral("organizationId");

QString segment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString queryItem(const char* key, const QString& value)
{
    return QLatin1String(key) + QLatin1Char('=') + segment(value);
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compactJson(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Keycloak answers objects, arrays and bare numbers (users/count); QJsonDocument only parses
// the first two, so the body is wrapped in an array.
bool parseJsonValue(const QByteArray& body, QJsonValue& value, QString& error)
{
    if (body.trimmed().isEmpty()) {
        value = QJsonValue(QJsonValue::Undefined);
        return true;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson('[' + body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                             : QStringLiteral("not a single JSON value");
        return false;
    }
    value = document.array().first();
    return true;
}

QString lastPathSegment(const QByteArray& location)
{
    const QString path = QUrl(QString::fromUtf8(location)).path();
    return path.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
}

QByteArray normalisedFingerprint(QByteArray hex)
{
    hex = hex.trimmed().toLower();
    hex.replace(':', QByteArray());
    return hex;
}
} // namespace

KeycloakClient::KeycloakClient(const ServerProfile& profile, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(network)
{}

KeycloakClient::~KeycloakClient()
{
    // Calls still running are our children and die with us without finished(); their replies
    // must not call back into a half-destroyed client.
    const QList<KeycloakCall*> calls = findChildren<KeycloakCall*>(QString(), Qt::FindDirectChildrenOnly);
    for (KeycloakCall* call : calls) {
        if (QNetworkReply* reply = call->m_reply.data()) {
            reply->disconnect(this);
            reply->disconnect(call);
            reply->abort();
            reply->deleteLater();
            call->m_reply = nullptr;
        }
    }
    if (m_tokenReply) {
        m_tokenReply->disconnect(this);
        m_tokenReply->abort();
        m_tokenReply->deleteLater();
    }
}

void KeycloakClient::setSecret(const QString& secret)
{
    m_secret = secret;
    m_accessToken.clear();
    m_refreshToken.clear();
}

void KeycloakClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void KeycloakClient::invalidateAccessTokenForTest()
{
    if (!m_accessToken.isEmpty()) {
        m_accessToken = "keyledger-invalidated-token";
    }
}

// ---- Token

bool KeycloakClient::hasFreshToken() const
{
    return !m_accessToken.isEmpty() && m_tokenAge.isValid() && m_tokenAge.elapsed() < m_renewAfterMs;
}

void KeycloakClient::withToken(QPointer<KeycloakCall> call, std::function<void()> next)
{
    if (!call || call->isFinished()) {
        return;
    }
    if (hasFreshToken()) {
        next();
        return;
    }
    if (m_secret.isEmpty()) {
        KeycloakError error(KeycloakError::Kind::InvalidCredentials);
        error.setDetail(QStringLiteral("no secret given"));
        call->failLater(error);
        return;
    }
    m_tokenWaiters.append(TokenWaiter{call, std::move(next)});
    requestToken();
}

void KeycloakClient::requestToken()
{
    if (m_tokenReply) {
        return; // the waiters are served when it answers
    }
    const bool clientCredentials = m_profile.authMode == ServerProfile::AuthMode::ClientCredentials;
    // client_credentials gives no refresh token; for the password grant, use the refresh token
    // while its session lasts (5 s margin), then sign in again.
    const bool refreshGrant = !m_refreshToken.isEmpty() && m_tokenAge.isValid() &&
                              m_tokenAge.elapsed() < m_refreshTokenValidMs - 5000;
    QByteArray form;
    const auto add = [&form](const char* key, const QString& value) {
        if (!form.isEmpty()) {
            form += '&';
        }
        form += key;
        form += '=';
        form += QUrl::toPercentEncoding(value);
    };
    const QString clientId = clientCredentials ? m_profile.principal : QStringLiteral("admin-cli");
    if (refreshGrant) {
        add("grant_type", QStringLiteral("refresh_token"));
        add("client_id", clientId);
        add("refresh_token", QString::fromLatin1(m_refreshToken));
        if (clientCredentials) {
            add("client_secret", m_secret);
        }
    } else if (clientCredentials) {
        add("grant_type", QStringLiteral("client_credentials"));
        add("client_id", clientId);
        add("client_secret", m_secret);
    } else {
        add("grant_type", QStringLiteral("password"));
        add("client_id", clientId);
        add("username", m_profile.principal);
        add("password", m_secret);
    }

    QUrl url = m_profile.baseUrl;
    const QString basePath =
        url.path(QUrl::FullyEncoded).chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0);
    url.setPath(basePath + QLatin1String("/realms/") + segment(m_profile.effectiveTokenRealm()) +
                    QLatin1String("/protocol/openid-connect/token"),
                QUrl::TolerantMode);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = startReply(request, "POST", form);
    m_tokenReply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, refreshGrant] { onTokenReply(reply, refreshGrant); });
}

void KeycloakClient::onTokenReply(QNetworkReply* reply, bool refreshGrant)
{
    reply->deleteLater();
    if (m_tokenReply == reply) {
        m_tokenReply = nullptr;
    }
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    KeycloakError error = replyError(reply, body, {}, true, false);
    qCDebug(lcKeycloak) << "token" << (refreshGrant ? "refresh" : "grant")
                        << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QJsonObject token;
    if (!error.isError()) {
        QJsonParseError parseError{};
        token = QJsonDocument::fromJson(body, &parseError).object();
        if (token.value(QLatin1String("access_token")).toString().isEmpty() ||
            token.value(QLatin1String("expires_in")).toDouble() <= 0) {
            error = KeycloakError::malformed(
                parseError.error != QJsonParseError::NoError
                    ? parseError.errorString()
                    : QStringLiteral("no access_token/expires_in in the token answer"));
        }
    }
    if (error.isError() && refreshGrant && error.kind() != KeycloakError::Kind::Cancelled &&
        (error.kind() == KeycloakError::Kind::InvalidCredentials ||
         error.kind() == KeycloakError::Kind::Validation)) {
        // The refresh token's session ended (idle or max): sign in again with the secret.
        m_refreshToken.clear();
        requestToken();
        return;
    }
    const QList<TokenWaiter> waiters = std::exchange(m_tokenWaiters, {});
    if (error.isError()) {
        m_accessToken.clear();
        m_refreshToken.clear();
        for (const TokenWaiter& waiter : waiters) {
            if (waiter.call) {
                waiter.call->fail(error);
            }
        }
        return;
    }
    m_accessToken = token.value(QLatin1String("access_token")).toString().toLatin1();
    m_refreshToken = token.value(QLatin1String("refresh_token")).toString().toLatin1();
    const qint64 expiresMs = qint64(token.value(QLatin1String("expires_in")).toDouble() * 1000);
    m_renewAfterMs = expiresMs * 3 / 4;
    m_refreshTokenValidMs = qint64(token.value(QLatin1String("refresh_expires_in")).toDouble() * 1000);
    m_tokenAge.start();
    for (const TokenWaiter& waiter : waiters) {
        if (waiter.call && !waiter.call->isFinished()) {
            waiter.next();
        }
    }
}

// ---- Requests

QUrl KeycloakClient::adminUrl(const QString& path, const QString& query) const
{
    QUrl url = m_profile.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + QLatin1String("/admin/realms/") + segment(m_profile.realm) + path,
                QUrl::TolerantMode);
    url.setQuery(query.isEmpty() ? QString() : query, QUrl::TolerantMode);
    return url;
}

QNetworkReply* KeycloakClient::startReply(QNetworkRequest& request, const QByteArray& verb,
                                          const QByteArray& body)
{
    QNetworkReply* reply = nullptr;
    if (verb == "GET") {
        reply = m_network.get(request);
    } else if (verb == "POST") {
        reply = m_network.post(request, body);
    } else if (verb == "PUT") {
        reply = m_network.put(request, body);
    } else if (verb == "DELETE" && body.isEmpty()) {
        reply = m_network.deleteResource(request);
    } else {
        reply = m_network.sendCustomRequest(request, verb, body);
    }
    // One deadline for the whole request (Qt's transfer timeout only measures inactivity).
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOutProperty, true);
        reply->abort();
    });
    timer->start(m_timeout);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError>& errors) { onSslErrors(reply, errors); });
    return reply;
}

void KeycloakClient::onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors)
{
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    if (certificate.isNull() && !errors.isEmpty()) {
        certificate = errors.first().certificate();
    }
    const QByteArray fingerprint =
        certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256).toHex();
    const QByteArray trusted = normalisedFingerprint(m_profile.trustedCertificateSha256);
    const bool onlyThatCertificate =
        std::all_of(errors.begin(), errors.end(), [&certificate](const QSslError& e) {
            return e.certificate().isNull() || e.certificate() == certificate;
        });
    if (!fingerprint.isEmpty() && fingerprint == trusted && onlyThatCertificate) {
        // The admin trusted exactly this certificate: ignore exactly these errors, nothing else.
        reply->ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    for (const QSslError& e : errors) {
        texts.append(e.errorString());
    }
    const QString details = tr("Subject: %1. Issuer: %2. Valid until: %3.")
                                .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                                     certificate.expiryDate().toUTC().toString(Qt::ISODate));
    reply->setProperty(kTlsFingerprintProperty, QString::fromLatin1(fingerprint));
    reply->setProperty(kTlsDetailsProperty, details);
    reply->setProperty(kTlsErrorsProperty, texts.join(QLatin1String("; ")));
    Q_EMIT certificateRejected(QString::fromLatin1(fingerprint), details);
}

KeycloakError KeycloakClient::replyError(QNetworkReply* reply, const QByteArray& body, const QString& role,
                                         bool tokenEndpoint, bool cancelled) const
{
    if (cancelled) {
        return KeycloakError(KeycloakError::Kind::Cancelled);
    }
    if (reply->property(kTimedOutProperty).toBool()) {
        KeycloakError error(KeycloakError::Kind::Timeout);
        error.setDetail(tr("no complete answer within %1 ms").arg(m_timeout.count()));
        return error;
    }
    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (networkError == QNetworkReply::SslHandshakeFailedError ||
        !reply->property(kTlsDetailsProperty).isNull()) {
        const QString tlsErrors = reply->property(kTlsErrorsProperty).toString();
        return KeycloakError::tls(reply->property(kTlsFingerprintProperty).toString(),
                                  reply->property(kTlsDetailsProperty).toString(),
                                  tlsErrors.isEmpty() ? reply->errorString() : tlsErrors);
    }
    if (networkError == QNetworkReply::OperationCanceledError) {
        return KeycloakError(KeycloakError::Kind::Cancelled);
    }
    if (networkError == QNetworkReply::TimeoutError) {
        return KeycloakError(KeycloakError::Kind::Timeout);
    }
    // Transport failures (refused, host not found, closed mid-answer, proxy) win over a status
    // already received: a 200 whose body was cut is not a success.
    const bool transport =
        (networkError > QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied) ||
        networkError == QNetworkReply::ProtocolFailure ||
        networkError == QNetworkReply::ProtocolUnknownError || status == 0;
    if (transport && networkError != QNetworkReply::NoError) {
        return KeycloakError::network(reply->errorString());
    }
    if (status >= 200 && status < 300) {
        return {};
    }
    if (status == 0) {
        return KeycloakError::network(reply->errorString());
    }
    KeycloakError error = KeycloakError::fromHttpStatus(status, body, role, tokenEndpoint);
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && retryAfter > 0) {
        error.setRetryAfter(std::chrono::seconds(retryAfter));
    }
    return error;
}

KeycloakCall* KeycloakClient::newCall()
{
    return new KeycloakCall(this);
}

void KeycloakClient::send(KeycloakCall* call, const Request& request, Continuation next)
{
    QPointer<KeycloakCall> guard(call);
    withToken(guard, [this, guard, request, next = std::move(next)] {
        sendAuthorized(guard, request, next, false);
    });
}

void KeycloakClient::sendAuthorized(QPointer<KeycloakCall> call, const Request& request,
                                    const Continuation& next, bool retried)
{
    if (!call || call->isFinished()) {
        return;
    }
    QNetworkRequest networkRequest(adminUrl(request.path, request.query));
    const QByteArray usedToken = m_accessToken;
    networkRequest.setRawHeader("Authorization", "Bearer " + usedToken);
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply* reply = startReply(networkRequest, request.verb, request.body);
    call->setReply(reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, request, next, retried, usedToken] {
        reply->deleteLater();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCDebug(lcKeycloak) << request.verb.constData() << request.path << status;
        if (!call || call->isFinished()) {
            return;
        }
        const KeycloakError error = replyError(reply, body, request.role, false, call->isCancelled());
        if (error.kind() == KeycloakError::Kind::Unauthorized && !retried) {
            // Expired or revoked token: renew once and send this request once more.
            if (m_accessToken == usedToken) {
                m_accessToken.clear();
            }
            withToken(call, [this, call, request, next] { sendAuthorized(call, request, next, true); });
            return;
        }
        if (error.isError()) {
            call->fail(error, status);
            return;
        }
        Response response;
        response.status = status;
        response.location = reply->rawHeader("Location");
        if (request.expectJson) {
            QString parseError;
            if (!parseJsonValue(body, response.json, parseError)) {
                call->fail(KeycloakError::malformed(parseError), status);
                return;
            }
        }
        next(response);
    });
}

KeycloakCall* KeycloakClient::simple(const Request& request)
{
    KeycloakCall* call = newCall();
    QPointer<KeycloakCall> guard(call);
    send(call, request, [guard](const Response& response) {
        if (guard) {
            guard->succeed(response.status, response.json);
        }
    });
    return call;
}

// ---- Operations

KeycloakCall* KeycloakClient::testConnection()
{
    return countUsers();
}

KeycloakCall* KeycloakClient::createUser(const QJsonObject& representation)
{
    QJsonObject body = representation;
    // Keycloak creates a disabled user when "enabled" is missing; ids are Keycloak's to assign.
    if (!body.value(QLatin1String("enabled")).isBool()) {
        body.insert(QLatin1String("enabled"), true);
    }
    body.remove(QLatin1String("id"));
    KeycloakCall* call = newCall();
    QPointer<KeycloakCall> guard(call);
    send(call, Request{"POST", QStringLiteral("/users"), {}, compactJson(body), kManageUsers, false},
         [guard](const Response& response) {
             if (!guard) {
                 return;
             }
             const QString id = lastPathSegment(response.location);
             if (id.isEmpty()) {
                 guard->fail(
                     KeycloakError::malformed(QStringLiteral("no Location header in the create answer")),
                     response.status);
                 return;
             }
             guard->succeed(response.status, QJsonValue(QJsonValue::Undefined), id);
         });
    return call;
}

KeycloakCall* KeycloakClient::getUser(const QString& keycloakId)
{
    if (keycloakId.isEmpty()) {
        KeycloakCall* call = newCall();
        call->failLater(KeycloakError(KeycloakError::Kind::NotFound, 0, QStringLiteral("empty user id")));
        return call;
    }
    return simple(Request{"GET", QLatin1String("/users/") + segment(keycloakId), {}, {}, kViewUsers, true});
}

KeycloakCall* KeycloakClient::findUserByUsername(const QString& username)
{
    // Keycloak stores usernames lower-cased.
    const QString wanted = username.toLower();
    KeycloakCall* call = newCall();
    QPointer<KeycloakCall> guard(call);
    const QString query =
        queryItem("username", wanted) + QLatin1String("&exact=true&briefRepresentation=false");
    send(call, Request{"GET", QStringLiteral("/users"), query, {}, kQueryUsers, true},
         [guard, wanted](const Response& response) {
             if (!guard) {
                 return;
             }
             if (!response.json.isArray()) {
                 guard->fail(KeycloakError::malformed(QStringLiteral("user search did not answer an array")),
                             response.status);
                 return;
             }
             QJsonArray matches;
             for (const QJsonValue& user : response.json.toArray()) {
                 if (user.toObject().value(QLatin1String("username")).toString().toLower() == wanted) {
                     matches.append(user);
                 }
             }
             guard->succeed(response.status, matches);
         });
    return call;
}

KeycloakCall* KeycloakClient::updateUser(const QString& keycloakId, const QJsonObject& changes)
{
    KeycloakCall* call = newCall();
    if (keycloakId.isEmpty()) {
        call->failLater(KeycloakError(KeycloakError::Kind::NotFound, 0, QStringLiteral("empty user id")));
        return call;
    }
    QPointer<KeycloakCall> guard(call);
    const QString path = QLatin1String("/users/") + segment(keycloakId);
    // A PUT with "attributes" replaces every editable field, so the whole representation is sent.
    send(call, Request{"GET", path, {}, {}, kManageUsers, true},
         [this, guard, path, changes](const Response& current) {
             if (!guard) {
                 return;
             }
             if (!current.json.isObject()) {
                 guard->fail(KeycloakError::malformed(QStringLiteral("user representation is not an object")),
                             current.status);
                 return;
             }
             QJsonObject merged = current.json.toObject();
             for (auto it = changes.begin(); it != changes.end(); ++it) {
                 if (it.key() == QLatin1String("attributes") && it.value().isObject()) {
                     QJsonObject attributes = merged.value(QLatin1String("attributes")).toObject();
                     const QJsonObject changed = it.value().toObject();
                     for (auto attribute = changed.begin(); attribute != changed.end(); ++attribute) {
                         if (attribute.value().isNull()) {
                             attributes.remove(attribute.key());
                         } else {
                             attributes.insert(attribute.key(), attribute.value());
                         }
                     }
                     merged.insert(QLatin1String("attributes"), attributes);
                 } else {
                     merged.insert(it.key(), it.value());
                 }
             }
             send(guard, Request{"PUT", path, {}, compactJson(merged), kManageUsers, false},
                  [guard, merged](const Response& response) {
                      if (guard) {
                          guard->succeed(response.status, merged);
                      }
                  });
         });
    return call;
}

KeycloakCall* KeycloakClient::deleteUser(const QString& keycloakId)
{
    if (keycloakId.isEmpty()) {
        KeycloakCall* call = newCall();
        call->failLater(KeycloakError(KeycloakError::Kind::NotFound, 0, QStringLiteral("empty user id")));
        return call;
    }
    return simple(
        Request{"DELETE", QLatin1String("/users/") + segment(keycloakId), {}, {}, kManageUsers, false});
}

KeycloakCall* KeycloakClient::countUsers()
{
    return simple(Request{"GET", QStringLiteral("/users/count"), {}, {}, kQueryUsers, true});
}

KeycloakCall* KeycloakClient::listUsers(int first, int max, bool brief)
{
    const QString query = QStringLiteral("first=%1&max=%2&briefRepresentation=%3")
                              .arg(first)
                              .arg(max)
                              .arg(brief ? QLatin1String("true") : QLatin1String("false"));
    return simple(Request{"GET", QStringLiteral("/users"), query, {}, kQueryUsers, true});
}

KeycloakCall* KeycloakClient::realmRoles()
{
    return simple(Request{
        "GET", QStringLiteral("/roles"), QStringLiteral("briefRepresentation=true"), {}, kViewRealm, true});
}

KeycloakCall* KeycloakClient::createRealmRole(const QString& name, const QString& description)
{
    QJsonObject role{{QStringLiteral("name"), name}};
    if (!description.isEmpty()) {
        role.insert(QStringLiteral("description"), description);
    }
    return simple(Request{"POST", QStringLiteral("/roles"), {}, compactJson(role), kManageRealm, false});
}

KeycloakCall* KeycloakClient::userRealmRoles(const QString& keycloakId)
{
    return simple(
        Request{"GET",
                QLatin1String("/users/") + segment(keycloakId) + QLatin1String("/role-mappings/realm"),
                {},
                {},
                kViewUsers,
                true});
}

void KeycloakClient::resolveRoles(KeycloakCall* call, const QString& keycloakId, QStringList remaining,
                                  QJsonArray resolved, const QByteArray& verb)
{
    QPointer<KeycloakCall> guard(call);
    if (remaining.isEmpty()) {
        // Keycloak looks each role up by name and requires the id to match: send both.
        send(call,
             Request{verb,
                     QLatin1String("/users/") + segment(keycloakId) + QLatin1String("/role-mappings/realm"),
                     {},
                     compactJson(resolved),
                     kManageUsers,
                     false},
             [guard, resolved](const Response& response) {
                 if (guard) {
                     guard->succeed(response.status, resolved);
                 }
             });
        return;
    }
    const QString name = remaining.takeFirst();
    send(call, Request{"GET", QLatin1String("/roles/") + segment(name), {}, {}, kViewRealm, true},
         [this, guard, keycloakId, remaining, resolved, verb, name](const Response& response) mutable {
             if (!guard) {
                 return;
             }
             const QJsonObject role = response.json.toObject();
             const QString id = role.value(QLatin1String("id")).toString();
             if (id.isEmpty()) {
                 guard->fail(KeycloakError::malformed(QStringLiteral("role without an id")), response.status);
                 return;
             }
             resolved.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
             resolveRoles(guard, keycloakId, remaining, resolved, verb);
         });
}

KeycloakCall* KeycloakClient::addRealmRoles(const QString& keycloakId, const QStringList& roleNames)
{
    KeycloakCall* call = newCall();
    if (roleNames.isEmpty()) {
        QMetaObject::invokeMethod(
            call, [call] { call->succeed(0, QJsonArray()); }, Qt::QueuedConnection);
        return call;
    }
    resolveRoles(call, keycloakId, roleNames, {}, "POST");
    return call;
}

KeycloakCall* KeycloakClient::removeRealmRoles(const QString& keycloakId, const QStringList& roleNames)
{
    KeycloakCall* call = newCall();
    if (roleNames.isEmpty()) {
        QMetaObject::invokeMethod(
            call, [call] { call->succeed(0, QJsonArray()); }, Qt::QueuedConnection);
        return call;
    }
    resolveRoles(call, keycloakId, roleNames, {}, "DELETE");
    return call;
}

KeycloakCall* KeycloakClient::executeActionsEmail(const QString& keycloakId, const QStringList& actions)
{
    return simple(
        Request{"PUT",
                QLatin1String("/users/") + segment(keycloakId) + QLatin1String("/execute-actions-email"),
                {},
                compactJson(QJsonArray::fromStringList(actions)),
                kManageUsers,
                false});
}

KeycloakCall* KeycloakClient::loginEvents(int first, int max, qint64 sinceMs)
{
    QString query = QStringLiteral("type=LOGIN&first=%1&max=%2&direction=asc").arg(first).arg(max);
    if (sinceMs > 0) {
        query += QStringLiteral("&dateFrom=%1").arg(sinceMs);
    }
    return simple(Request{"GET", QStringLiteral("/events"), query, {}, kViewEvents, true});
}

KeycloakCall* KeycloakClient::eventsConfig()
{
    return simple(Request{"GET", QStringLiteral("/events/config"), {}, {}, kViewEvents, true});
}

KeycloakCall* KeycloakClient::userProfileConfig()
{
    return simple(Request{"GET", QStringLiteral("/users/profile"), {}, {}, kViewRealm, true});
}

KeycloakCall* KeycloakClient::allowOrganizationAttribute()
{
    KeycloakCall* call = newCall();
    QPointer<KeycloakCall> guard(call);
    send(call, Request{"GET", QStringLiteral("/users/profile"), {}, {}, kViewRealm, true},
         [this, guard](const Response& current) {
             if (!guard) {
                 return;
             }
             QJsonObject config = current.json.toObject();
             if (!config.value(QLatin1String("attributes")).isArray()) {
                 guard->fail(
                     KeycloakError::malformed(QStringLiteral("user profile without an attributes list")),
                     current.status);
                 return;
             }
             if (organizationAttributeAllowed(config)) {
                 guard->succeed(current.status, config);
                 return;
             }
             // Declared (managed) rather than opening all unmanaged attributes; "admin" here means
             // the admin API context, not a role.
             QJsonArray attributes;
             for (const QJsonValue& attribute : config.value(QLatin1String("attributes")).toArray()) {
                 if (attribute.toObject().value(QLatin1String("name")).toString() != kOrganizationAttribute) {
                     attributes.append(attribute);
                 }
             }
             const QJsonArray admin{QStringLiteral("admin")};
             attributes.append(QJsonObject{
                 {QStringLiteral("name"), kOrganizationAttribute},
                 {QStringLiteral("displayName"), QStringLiteral("Organization")},
                 {QStringLiteral("multivalued"), false},
                 {QStringLiteral("permissions"),
                  QJsonObject{{QStringLiteral("view"), admin}, {QStringLiteral("edit"), admin}}},
                 {QStringLiteral("validations"),
                  QJsonObject{{QStringLiteral("length"), QJsonObject{{QStringLiteral("max"), 64}}}}}});
             config.insert(QLatin1String("attributes"), attributes);
             send(guard,
                  Request{
                      "PUT", QStringLiteral("/users/profile"), {}, compactJson(config), kManageRealm, true},
                  [guard, config](const Response& response) {
                      if (guard) {
                          guard->succeed(response.status, response.json.isObject() ? response.json : config);
                      }
                  });
         });
    return call;
}

bool KeycloakClient::organizationAttributeAllowed(const QJsonObject& profileConfig)
{
    const QString policy = profileConfig.value(QLatin1String("unmanagedAttributePolicy")).toString();
    if (policy == QLatin1String("ENABLED") || policy == QLatin1String("ADMIN_EDIT")) {
        return true;
    }
    for (const QJsonValue& attribute : profileConfig.value(QLatin1String("attributes")).toArray()) {
        const QJsonObject object = attribute.toObject();
        if (object.value(QLatin1String("name")).toString() != kOrganizationAttribute) {
            continue;
        }
        const QJsonArray edit =
            object.value(QLatin1String("permissions")).toObject().value(QLatin1String("edit")).toArray();
        return edit.contains(QStringLiteral("admin"));
    }
    return false;
}

QStringList KeycloakClient::droppedAttributes(const QJsonObject& sentRepresentation,
                                              const QJsonObject& storedRepresentation)
{
    const QJsonObject sent = sentRepresentation.value(QLatin1String("attributes")).toObject();
    const QJsonObject stored = storedRepresentation.value(QLatin1String("attributes")).toObject();
    QStringList dropped;
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        // A null or empty value asks for removal; only values that should be there count.
        const bool wanted =
            it.value().isArray() ? !it.value().toArray().isEmpty() : !it.value().toString().isEmpty();
        if (wanted && !stored.contains(it.key())) {
            dropped.append(it.key());
        }
    }
    return dropped;
}

} // namespace keyledger
