#include "keycloak/KeycloakClient.h"

#include "keycloak/KeycloakTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace keyledger {

namespace {
// One line per finished request: verb, path and status only. Never headers (the bearer token),
// bodies (personal data, passwords) or query strings (usernames).
Q_LOGGING_CATEGORY(lcKeycloak, "keyledger.keycloak", QtInfoMsg)

const QString kManageUsers = QStringLiteral("manage-users");
const QString kViewUsers = QStringLiteral("view-users");
const QString kQueryUsers = QStringLiteral("query-users");
const QString kViewRealm = QStringLiteral("view-realm");
const QString kManageRealm = QStringLiteral("manage-realm");
const QString kViewEvents = QStringLiteral("view-events");
const QString kOrganizationAttribute = QStringLiteral("organizationId");

QString segment(const QString& value)
{
    return KeycloakTransport::pathSegment(value);
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

QString lastPathSegment(const QByteArray& location)
{
    const QString path = QUrl(QString::fromUtf8(location)).path();
    return path.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
}

} // namespace

KeycloakClient::KeycloakClient(const ServerProfile& profile, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_transport(network, profile.trustedCertificateSha256)
    , m_tokens(m_profile, m_transport)
{
    connect(&m_transport, &KeycloakTransport::certificateRejected, this,
            &KeycloakClient::certificateRejected);
}

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
}

void KeycloakClient::setSecret(const QString& secret)
{
    m_tokens.setSecret(secret);
}

void KeycloakClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_transport.setTimeout(timeout);
}

void KeycloakClient::invalidateAccessTokenForTest()
{
    m_tokens.invalidateForTest();
}

// ---- Requests

QUrl KeycloakClient::adminUrl(const QString& path, const QString& query) const
{
    return KeycloakTransport::endpoint(
        m_profile.baseUrl, QLatin1String("/admin/realms/") + segment(m_profile.realm) + path, query);
}

KeycloakCall* KeycloakClient::newCall()
{
    return new KeycloakCall(this);
}

void KeycloakClient::send(KeycloakCall* call, const Request& request, Continuation next)
{
    QPointer<KeycloakCall> guard(call);
    m_tokens.withToken(guard, [this, guard, request, next = std::move(next)] {
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
    const QByteArray usedToken = m_tokens.accessToken();
    networkRequest.setRawHeader("Authorization", "Bearer " + usedToken);
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply* reply = m_transport.start(networkRequest, request.verb, request.body);
    call->setReply(reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, request, next, retried, usedToken] {
        reply->deleteLater();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCDebug(lcKeycloak) << request.verb.constData() << request.path << status;
        if (!call || call->isFinished()) {
            return;
        }
        const KeycloakError error =
            m_transport.errorOf(reply, body, request.role, false, call->isCancelled());
        if (error.kind() == KeycloakError::Kind::Unauthorized && !retried) {
            // Expired or revoked token: renew once and send this request once more.
            m_tokens.discard(usedToken);
            m_tokens.withToken(call,
                               [this, call, request, next] { sendAuthorized(call, request, next, true); });
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
            if (!KeycloakTransport::parseJson(body, response.json, parseError)) {
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

KeycloakCall* KeycloakClient::searchUsers(const QString& search, int first, int max)
{
    const QString query = QStringLiteral("search=%1&first=%2&max=%3&briefRepresentation=true")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(search)))
                              .arg(first)
                              .arg(max);
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

KeycloakCall* KeycloakClient::realmRoleMembers(const QString& roleName, int first, int max)
{
    return simple(Request{"GET",
                          QLatin1String("/roles/") + segment(roleName) + QLatin1String("/users"),
                          QStringLiteral("first=%1&max=%2&briefRepresentation=true").arg(first).arg(max),
                          {},
                          kViewUsers,
                          true});
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
