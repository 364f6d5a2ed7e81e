#include "FakeKeycloakServer.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace keyledger {

namespace {
const QStringList kBuiltInAttributes{QStringLiteral("username"), QStringLiteral("email"),
                                     QStringLiteral("firstName"), QStringLiteral("lastName")};
const QStringList kKnownActions{QStringLiteral("VERIFY_EMAIL"), QStringLiteral("UPDATE_PROFILE"),
                                QStringLiteral("CONFIGURE_TOTP"), QStringLiteral("UPDATE_PASSWORD"),
                                QStringLiteral("TERMS_AND_CONDITIONS")};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject defaultProfile()
{
    QJsonArray attributes;
    for (const QString& name : kBuiltInAttributes) {
        attributes.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("displayName"), QStringLiteral("${") + name + QLatin1Char('}')},
            {QStringLiteral("permissions"),
             QJsonObject{
                 {QStringLiteral("view"), QJsonArray{QStringLiteral("admin"), QStringLiteral("user")}},
                 {QStringLiteral("edit"), QJsonArray{QStringLiteral("admin"), QStringLiteral("user")}}}},
            {QStringLiteral("multivalued"), false}});
    }
    return QJsonObject{
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("groups"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("user-metadata")},
                                {QStringLiteral("displayHeader"), QStringLiteral("User metadata")}}}}};
}

QJsonArray asArray(const QJsonValue& value)
{
    if (value.isArray()) {
        return value.toArray();
    }
    return QJsonArray{value.toString()};
}
} // namespace

FakeKeycloakServer::FakeKeycloakServer(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_profile(defaultProfile())
{
    for (const QString& role : {QStringLiteral("offline_access"), QStringLiteral("uma_authorization"),
                                QStringLiteral("default-roles-test")}) {
        addRealmRole(role);
    }
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
}

FakeKeycloakServer::~FakeKeycloakServer() = default;

bool FakeKeycloakServer::start(const QSslCertificate& certificate, const QSslKey& key)
{
    if (!certificate.isNull()) {
        m_server->sslSetup(certificate, key);
        m_tls = true;
    }
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeKeycloakServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QLatin1String("https") : QLatin1String("http"))
                    .arg(m_port));
}

void FakeKeycloakServer::addAdmin(const QString& username, const QString& password)
{
    m_admins.insert(username.toLower(), Principal{password, {}, true});
}

void FakeKeycloakServer::addRealmUser(const QString& username, const QString& password,
                                      const QStringList& adminRoles)
{
    m_realmUsers.insert(username.toLower(),
                        Principal{password, QSet<QString>(adminRoles.begin(), adminRoles.end()), false});
}

void FakeKeycloakServer::addServiceClient(const QString& clientId, const QString& secret,
                                          const QStringList& adminRoles)
{
    m_clients.insert(clientId, Principal{secret, QSet<QString>(adminRoles.begin(), adminRoles.end()), false});
}

void FakeKeycloakServer::setTokenLifetime(std::chrono::seconds accessToken, std::chrono::seconds refreshToken)
{
    m_accessLifetime = accessToken;
    m_refreshLifetime = refreshToken;
}

void FakeKeycloakServer::addRealmRole(const QString& name)
{
    if (!m_roles.contains(name)) {
        m_roles.insert(name, newId());
    }
}

void FakeKeycloakServer::addEvent(const QJsonObject& event)
{
    m_events.append(event);
}

void FakeKeycloakServer::failNext(int count, int status)
{
    m_fault = Fault::Status;
    m_faultCount = count;
    m_failStatus = status;
}

void FakeKeycloakServer::delayNext(int count, std::chrono::milliseconds delay)
{
    m_fault = Fault::Slow;
    m_faultCount = count;
    m_delay = delay;
}

void FakeKeycloakServer::dropNext(int count)
{
    m_fault = Fault::Drop;
    m_faultCount = count;
}

void FakeKeycloakServer::malformedNext(int count)
{
    m_fault = Fault::Malformed;
    m_faultCount = count;
}

void FakeKeycloakServer::revokeAccessTokens()
{
    m_accessTokens.clear();
}

void FakeKeycloakServer::resetCounters()
{
    m_counters.clear();
    m_lastBodies.clear();
}

FakeKeycloakServer::Reply FakeKeycloakServer::json(int status, const QJsonValue& value)
{
    Reply reply;
    reply.status = status;
    if (value.isObject()) {
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    } else if (value.isArray()) {
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else {
        reply.body = QByteArray::number(value.toInteger());
    }
    return reply;
}

FakeKeycloakServer::Reply FakeKeycloakServer::error(int status, const QString& key, const QString& message)
{
    return json(status, QJsonObject{{key, message}});
}

void FakeKeycloakServer::send(QHttpServerResponder& responder, const Reply& reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (!reply.body.isEmpty()) {
        responder.writeHeader("Content-Type", reply.contentType);
    }
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto& header : reply.headers) {
        responder.writeHeader(header.first, header.second);
    }
    responder.writeBody(reply.body);
}

void FakeKeycloakServer::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const QString path = request.url().path();
    QByteArray method =
        QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
            .toUpper();
    const QByteArray body = request.body();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    // POST /realms/{realm}/protocol/openid-connect/token
    if (parts.size() == 5 && parts[0] == QLatin1String("realms") && parts[2] == QLatin1String("protocol") &&
        parts[4] == QLatin1String("token") && method == "POST") {
        Reply reply = token(parts[1], body);
        send(responder, reply);
        return;
    }
    if (parts.size() < 3 || parts[0] != QLatin1String("admin") || parts[1] != QLatin1String("realms")) {
        send(responder, error(404, QStringLiteral("error"), QStringLiteral("Not found")));
        return;
    }

    QString route = QString::fromLatin1(method) + QLatin1Char(' ') + QStringLiteral("(unknown)");
    Reply reply;
    const QByteArray authorization = request.value("Authorization");
    const QByteArray bearer = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
    const auto token = m_accessTokens.constFind(bearer);
    if (m_rejectAllTokens || token == m_accessTokens.constEnd() || token->expiry.hasExpired()) {
        route = QStringLiteral("401");
        reply = error(401, QStringLiteral("error"), QStringLiteral("HTTP 401 Unauthorized"));
    } else {
        reply = admin(method, parts.mid(2), request.query(), body, *token, route);
    }
    ++m_counters[route];
    ++m_counters[QStringLiteral("admin")];
    m_lastBodies[route] = body;

    Fault fault = Fault::None;
    if (m_faultCount > 0 && route != QLatin1String("401")) {
        --m_faultCount;
        fault = m_fault;
    }
    switch (fault) {
    case Fault::None:
        send(responder, reply);
        return;
    case Fault::Status: {
        Reply failure = error(m_failStatus, QStringLiteral("error"), QStringLiteral("injected failure"));
        if (m_failStatus == 429) {
            failure.headers.append(QPair<QByteArray, QByteArray>{"Retry-After", "1"});
        }
        send(responder, failure);
        return;
    }
    case Fault::Malformed:
        reply.status = 200;
        reply.body = "{\"id\": \"broken";
        send(responder, reply);
        return;
    case Fault::Drop: {
        // Promise more than is sent, then close: the client sees the connection end mid-answer.
        QByteArray partial =
            reply.body.isEmpty() ? QByteArray("{\"id\":") : reply.body.left(reply.body.size() / 2);
        responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(partial.size() + 100));
        responder.writeBody(partial);
        if (QTcpSocket* socket = responder.socket()) {
            socket->flush();
            socket->disconnectFromHost();
        }
        return;
    }
    case Fault::Slow: {
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket = held->socket();
        QTimer::singleShot(m_delay, this, [this, held, socket, reply] {
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                send(*held, reply);
            }
        });
        return;
    }
    }
}

FakeKeycloakServer::Reply FakeKeycloakServer::token(const QString& tokenRealm, const QByteArray& body)
{
    const QUrlQuery form(QString::fromUtf8(body));
    const auto value = [&form](const char* key) {
        return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    const QString grant = value("grant_type");
    ++m_counters[QStringLiteral("token:") + grant];
    const Reply invalidGrant = json(
        400, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                         {QStringLiteral("error_description"), QStringLiteral("Invalid user credentials")}});
    if (tokenRealm != QLatin1String("master") && tokenRealm != realm()) {
        return error(404, QStringLiteral("error"), QStringLiteral("Realm does not exist"));
    }
    if (grant == QLatin1String("password")) {
        const auto& users = tokenRealm == QLatin1String("master") ? m_admins : m_realmUsers;
        const QString username = value("username").toLower();
        const auto user = users.constFind(username);
        if (value("client_id") != QLatin1String("admin-cli") || user == users.constEnd() ||
            user->secret != value("password")) {
            return invalidGrant;
        }
        return issue(*user, tokenRealm, username, true);
    }
    if (grant == QLatin1String("client_credentials")) {
        const auto client = m_clients.constFind(value("client_id"));
        if (tokenRealm != realm() || client == m_clients.constEnd() ||
            client->secret != value("client_secret")) {
            return json(401, QJsonObject{{QStringLiteral("error"), QStringLiteral("unauthorized_client")},
                                         {QStringLiteral("error_description"),
                                          QStringLiteral("Invalid client or Invalid client credentials")}});
        }
        return issue(*client, tokenRealm, value("client_id"), false);
    }
    if (grant == QLatin1String("refresh_token")) {
        const QByteArray refresh = value("refresh_token").toLatin1();
        const auto stored = m_refreshTokens.constFind(refresh);
        if (stored == m_refreshTokens.constEnd() || stored->expiry.hasExpired()) {
            return json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                                         {QStringLiteral("error_description"),
                                          QStringLiteral("Invalid refresh token")}});
        }
        const Token previous = *stored;
        m_refreshTokens.remove(refresh);
        return issue(Principal{{}, previous.roles, previous.superAdmin}, previous.realm, previous.principal,
                     true);
    }
    return error(400, QStringLiteral("error"), QStringLiteral("unsupported_grant_type"));
}

FakeKeycloakServer::Reply FakeKeycloakServer::issue(const Principal& principal, const QString& tokenRealm,
                                                    const QString& name, bool withRefresh)
{
    const Token token{tokenRealm, principal.roles, principal.superAdmin,
                      QDeadlineTimer(std::chrono::duration_cast<std::chrono::milliseconds>(m_accessLifetime)),
                      name};
    const QByteArray access =
        QUuid::createUuid().toByteArray(QUuid::Id128) + QUuid::createUuid().toByteArray(QUuid::Id128);
    m_accessTokens.insert(access, token);
    m_lastAccessToken = access;
    QJsonObject answer{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                       {QStringLiteral("expires_in"), qint64(m_accessLifetime.count())},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("refresh_expires_in"), 0}};
    if (withRefresh) {
        const QByteArray refresh = QUuid::createUuid().toByteArray(QUuid::Id128);
        Token refreshToken = token;
        refreshToken.expiry =
            QDeadlineTimer(std::chrono::duration_cast<std::chrono::milliseconds>(m_refreshLifetime));
        m_refreshTokens.insert(refresh, refreshToken);
        answer.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refresh));
        answer.insert(QStringLiteral("refresh_expires_in"), qint64(m_refreshLifetime.count()));
    }
    return json(200, answer);
}

bool FakeKeycloakServer::allowed(const Token& token, const QString& role) const
{
    if (token.superAdmin) {
        return true;
    }
    // Composite realm-management roles: manage-users implies view-users implies query-users.
    static const QHash<QString, QStringList> grantedBy{
        {QStringLiteral("query-users"),
         {QStringLiteral("query-users"), QStringLiteral("view-users"), QStringLiteral("manage-users")}},
        {QStringLiteral("view-users"), {QStringLiteral("view-users"), QStringLiteral("manage-users")}},
        {QStringLiteral("manage-users"), {QStringLiteral("manage-users")}},
        {QStringLiteral("view-realm"), {QStringLiteral("view-realm"), QStringLiteral("manage-realm")}},
        {QStringLiteral("manage-realm"), {QStringLiteral("manage-realm")}},
        {QStringLiteral("view-events"), {QStringLiteral("view-events"), QStringLiteral("manage-events")}},
    };
    const QStringList granting = grantedBy.value(role, {role});
    return std::any_of(granting.begin(), granting.end(),
                       [&token](const QString& r) { return token.roles.contains(r); });
}

FakeKeycloakServer::Reply FakeKeycloakServer::admin(const QByteArray& method, const QStringList& parts,
                                                    const QUrlQuery& query, const QByteArray& body,
                                                    const Token& token, QString& route)
{
    if (parts.isEmpty() || parts[0] != realm()) {
        return error(404, QStringLiteral("error"), QStringLiteral("Realm not found."));
    }
    if (token.realm != QLatin1String("master") && token.realm != realm()) {
        return error(403, QStringLiteral("error"), QStringLiteral("unknown_error"));
    }
    const QString m = QString::fromLatin1(method);
    const Reply forbidden = error(403, QStringLiteral("error"), QStringLiteral("unknown_error"));
    if (parts.size() >= 2 && parts[1] == QLatin1String("users")) {
        return users(method, parts.mid(2), query, body, token, route);
    }
    if (parts.size() >= 2 && parts[1] == QLatin1String("roles")) {
        if (parts.size() == 2 && method == "GET") {
            route = QStringLiteral("GET /roles");
            if (!allowed(token, QStringLiteral("view-realm"))) {
                return forbidden;
            }
            QJsonArray roles;
            for (auto it = m_roles.begin(); it != m_roles.end(); ++it) {
                roles.append(roleJson(it.key()));
            }
            return json(200, roles);
        }
        if (parts.size() == 2 && method == "POST") {
            route = QStringLiteral("POST /roles");
            if (!allowed(token, QStringLiteral("manage-realm"))) {
                return forbidden;
            }
            const QString name =
                QJsonDocument::fromJson(body).object().value(QLatin1String("name")).toString();
            if (name.isEmpty()) {
                return error(400, QStringLiteral("errorMessage"), QStringLiteral("Role name is missing"));
            }
            if (m_roles.contains(name)) {
                return error(409, QStringLiteral("errorMessage"),
                             QStringLiteral("Role with name %1 already exists").arg(name));
            }
            addRealmRole(name);
            Reply reply;
            reply.status = 201;
            reply.headers.append(QPair<QByteArray, QByteArray>{
                "Location",
                baseUrl().toString().toUtf8() + "/admin/realms/test/roles/" + QUrl::toPercentEncoding(name)});
            return reply;
        }
        if (parts.size() == 3 && method == "GET") {
            route = QStringLiteral("GET /roles/{name}");
            if (!allowed(token, QStringLiteral("view-realm"))) {
                return forbidden;
            }
            if (!m_roles.contains(parts[2])) {
                return error(404, QStringLiteral("error"), QStringLiteral("Could not find role"));
            }
            return json(200, roleJson(parts[2]));
        }
    }
    if (parts.size() >= 2 && parts[1] == QLatin1String("events")) {
        if (parts.size() == 2 && method == "GET") {
            route = QStringLiteral("GET /events");
            return allowed(token, QStringLiteral("view-events")) ? events(query) : forbidden;
        }
        if (parts.size() == 3 && parts[2] == QLatin1String("config") && method == "GET") {
            route = QStringLiteral("GET /events/config");
            if (!allowed(token, QStringLiteral("view-events"))) {
                return forbidden;
            }
            return json(200, QJsonObject{{QStringLiteral("eventsEnabled"), !m_events.isEmpty()},
                                         {QStringLiteral("eventsExpiration"), 0},
                                         {QStringLiteral("eventsListeners"),
                                          QJsonArray{QStringLiteral("jboss-logging")}},
                                         {QStringLiteral("enabledEventTypes"),
                                          QJsonArray{QStringLiteral("LOGIN"), QStringLiteral("LOGIN_ERROR")}},
                                         {QStringLiteral("adminEventsEnabled"), false},
                                         {QStringLiteral("adminEventsDetailsEnabled"), false}});
        }
    }
    route = m + QStringLiteral(" (unknown)");
    return error(404, QStringLiteral("error"), QStringLiteral("RESTEASY003210: Could not find resource"));
}

FakeKeycloakServer::Reply FakeKeycloakServer::users(const QByteArray& method, const QStringList& parts,
                                                    const QUrlQuery& query, const QByteArray& body,
                                                    const Token& token, QString& route)
{
    const Reply forbidden = error(403, QStringLiteral("error"), QStringLiteral("unknown_error"));
    const Reply notFound = error(404, QStringLiteral("error"), QStringLiteral("User not found"));
    if (parts.isEmpty()) {
        if (method == "POST") {
            route = QStringLiteral("POST /users");
            return allowed(token, QStringLiteral("manage-users")) ? createUser(body) : forbidden;
        }
        route = QStringLiteral("GET /users");
        if (!allowed(token, QStringLiteral("query-users"))) {
            return forbidden;
        }
        const bool exact = query.queryItemValue(QStringLiteral("exact")) == QLatin1String("true");
        const QString username =
            query.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded).toLower();
        const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).toLower();
        const bool brief =
            query.queryItemValue(QStringLiteral("briefRepresentation")) == QLatin1String("true");
        const int first = query.hasQueryItem(QStringLiteral("first"))
                              ? query.queryItemValue(QStringLiteral("first")).toInt()
                              : 0;
        const int max = query.hasQueryItem(QStringLiteral("max"))
                            ? query.queryItemValue(QStringLiteral("max")).toInt()
                            : 100;
        QList<QJsonObject> matches;
        for (const QJsonObject& user : m_users) {
            const QString name = user.value(QLatin1String("username")).toString();
            if (!search.isEmpty() && !name.startsWith(search) &&
                !user.value(QLatin1String("email")).toString().startsWith(search)) {
                continue;
            }
            if (!username.isEmpty() && (exact ? name != username : !name.contains(username))) {
                continue;
            }
            matches.append(user);
        }
        std::sort(matches.begin(), matches.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QLatin1String("username")).toString() <
                   b.value(QLatin1String("username")).toString();
        });
        QJsonArray page;
        for (qsizetype i = first; i < matches.size() && page.size() < max; ++i) {
            QJsonObject user = matches[i];
            if (brief) {
                user.remove(QStringLiteral("attributes"));
                user.remove(QStringLiteral("requiredActions"));
            }
            page.append(user);
        }
        return json(200, page);
    }
    if (parts.size() == 1 && parts[0] == QLatin1String("count") && method == "GET") {
        route = QStringLiteral("GET /users/count");
        return allowed(token, QStringLiteral("query-users")) ? json(200, int(m_users.size())) : forbidden;
    }
    if (parts.size() == 1 && parts[0] == QLatin1String("profile")) {
        if (method == "GET") {
            route = QStringLiteral("GET /users/profile");
            return allowed(token, QStringLiteral("query-users")) ||
                           allowed(token, QStringLiteral("view-realm"))
                       ? json(200, m_profile)
                       : forbidden;
        }
        route = QStringLiteral("PUT /users/profile");
        if (!allowed(token, QStringLiteral("manage-realm"))) {
            return forbidden;
        }
        const QJsonObject config = QJsonDocument::fromJson(body).object();
        if (!config.value(QLatin1String("attributes")).isArray()) {
            return error(
                400, QStringLiteral("errorMessage"),
                QStringLiteral("UserProfile configuration without 'attributes' section is not allowed"));
        }
        m_profile = config;
        return json(200, m_profile);
    }
    const QString id = parts[0];
    if (parts.size() == 1) {
        if (method == "GET") {
            route = QStringLiteral("GET /users/{id}");
            if (!allowed(token, QStringLiteral("view-users"))) {
                return forbidden;
            }
            return m_users.contains(id) ? json(200, m_users.value(id)) : notFound;
        }
        if (method == "PUT") {
            route = QStringLiteral("PUT /users/{id}");
            return allowed(token, QStringLiteral("manage-users")) ? updateUser(id, body) : forbidden;
        }
        if (method == "DELETE") {
            route = QStringLiteral("DELETE /users/{id}");
            if (!allowed(token, QStringLiteral("manage-users"))) {
                return forbidden;
            }
            if (!m_users.remove(id)) {
                return notFound;
            }
            m_userRoles.remove(id);
            return Reply{204, {}, {}, {}};
        }
    }
    if (parts.size() == 3 && parts[1] == QLatin1String("role-mappings") &&
        parts[2] == QLatin1String("realm")) {
        route = QString::fromLatin1(method) + QStringLiteral(" /users/{id}/role-mappings/realm");
        const QString needed =
            method == "GET" ? QStringLiteral("view-users") : QStringLiteral("manage-users");
        return allowed(token, needed) ? roleMappings(method, id, body) : forbidden;
    }
    if (parts.size() == 2 && parts[1] == QLatin1String("execute-actions-email") && method == "PUT") {
        route = QStringLiteral("PUT /users/{id}/execute-actions-email");
        if (!allowed(token, QStringLiteral("manage-users"))) {
            return forbidden;
        }
        if (!m_users.contains(id)) {
            return notFound;
        }
        const QJsonObject user = m_users.value(id);
        if (user.value(QLatin1String("email")).toString().isEmpty()) {
            return error(400, QStringLiteral("errorMessage"), QStringLiteral("User email missing"));
        }
        if (!user.value(QLatin1String("enabled")).toBool()) {
            return error(400, QStringLiteral("errorMessage"), QStringLiteral("User is disabled"));
        }
        for (const QJsonValue& action : QJsonDocument::fromJson(body).array()) {
            if (!kKnownActions.contains(action.toString())) {
                return error(400, QStringLiteral("errorMessage"),
                             QStringLiteral("Provided invalid required actions"));
            }
        }
        return Reply{204, {}, {}, {}};
    }
    route = QString::fromLatin1(method) + QStringLiteral(" (unknown)");
    return error(404, QStringLiteral("error"), QStringLiteral("RESTEASY003210: Could not find resource"));
}

QString FakeKeycloakServer::emailError(const QString& email) const
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.isEmpty() || pattern.match(email).hasMatch() ? QString()
                                                              : QStringLiteral("error-invalid-email");
}

QString FakeKeycloakServer::findByUsername(const QString& username) const
{
    for (auto it = m_users.begin(); it != m_users.end(); ++it) {
        if (it->value(QLatin1String("username")).toString() == username) {
            return it.key();
        }
    }
    return {};
}

QString FakeKeycloakServer::findByEmail(const QString& email) const
{
    for (auto it = m_users.begin(); it != m_users.end(); ++it) {
        if (!email.isEmpty() && it->value(QLatin1String("email")).toString() == email) {
            return it.key();
        }
    }
    return {};
}

QJsonObject FakeKeycloakServer::allowedAttributes(const QJsonObject& attributes) const
{
    // Keycloak 24+ silently drops attributes the user profile does not declare (admin-editable),
    // unless unmanaged attributes are enabled for admins.
    const QString policy = m_profile.value(QLatin1String("unmanagedAttributePolicy")).toString();
    const bool unmanagedAllowed = policy == QLatin1String("ENABLED") || policy == QLatin1String("ADMIN_EDIT");
    QSet<QString> declared;
    for (const QJsonValue& attribute : m_profile.value(QLatin1String("attributes")).toArray()) {
        const QJsonObject object = attribute.toObject();
        const QJsonArray edit =
            object.value(QLatin1String("permissions")).toObject().value(QLatin1String("edit")).toArray();
        if (edit.contains(QStringLiteral("admin"))) {
            declared.insert(object.value(QLatin1String("name")).toString());
        }
    }
    QJsonObject kept;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (kBuiltInAttributes.contains(it.key())) {
            continue;
        }
        if (unmanagedAllowed || declared.contains(it.key())) {
            kept.insert(it.key(), asArray(it.value()));
        }
    }
    return kept;
}

FakeKeycloakServer::Reply FakeKeycloakServer::createUser(const QByteArray& body)
{
    const QJsonObject input = QJsonDocument::fromJson(body).object();
    const QString username = input.value(QLatin1String("username")).toString().trimmed().toLower();
    const QString email = input.value(QLatin1String("email")).toString().trimmed().toLower();
    if (username.isEmpty()) {
        return error(400, QStringLiteral("errorMessage"), QStringLiteral("User name is missing"));
    }
    if (!emailError(email).isEmpty()) {
        return json(400, QJsonObject{{QStringLiteral("field"), QStringLiteral("email")},
                                     {QStringLiteral("errorMessage"), emailError(email)},
                                     {QStringLiteral("params"), QJsonArray{QStringLiteral("email"), email}}});
    }
    if (!findByUsername(username).isEmpty()) {
        return error(409, QStringLiteral("errorMessage"), QStringLiteral("User exists with same username"));
    }
    if (!findByEmail(email).isEmpty()) {
        return error(409, QStringLiteral("errorMessage"), QStringLiteral("User exists with same email"));
    }
    const QString id = newId();
    QJsonObject user{
        {QStringLiteral("id"), id},
        {QStringLiteral("username"), username},
        // A missing "enabled" creates a disabled user, as in Keycloak.
        {QStringLiteral("enabled"), input.value(QLatin1String("enabled")).toBool(false)},
        {QStringLiteral("emailVerified"), input.value(QLatin1String("emailVerified")).toBool(false)},
        {QStringLiteral("createdTimestamp"), QDateTime::currentMSecsSinceEpoch()},
        {QStringLiteral("requiredActions"), input.value(QLatin1String("requiredActions")).toArray()}};
    if (!email.isEmpty()) {
        user.insert(QStringLiteral("email"), email);
    }
    for (const char* field : {"firstName", "lastName"}) {
        const QString value = input.value(QLatin1String(field)).toString();
        if (!value.isEmpty()) {
            user.insert(QLatin1String(field), value);
        }
    }
    const QJsonObject attributes = allowedAttributes(input.value(QLatin1String("attributes")).toObject());
    if (!attributes.isEmpty()) {
        user.insert(QStringLiteral("attributes"), attributes);
    }
    m_users.insert(id, user);
    m_userRoles[id] = {QStringLiteral("default-roles-test")};
    Reply reply;
    reply.status = 201;
    reply.headers.append(QPair<QByteArray, QByteArray>{
        "Location", baseUrl().toString().toUtf8() + "/admin/realms/test/users/" + id.toUtf8()});
    return reply;
}

FakeKeycloakServer::Reply FakeKeycloakServer::updateUser(const QString& id, const QByteArray& body)
{
    if (!m_users.contains(id)) {
        return error(404, QStringLiteral("error"), QStringLiteral("User not found"));
    }
    const QJsonObject input = QJsonDocument::fromJson(body).object();
    QJsonObject user = m_users.value(id);
    const bool fullReplace = input.contains(QLatin1String("attributes"));
    for (const char* field : {"firstName", "lastName", "email"}) {
        const QLatin1String key(field);
        if (input.contains(key)) {
            QString value = input.value(key).toString().trimmed();
            if (key == QLatin1String("email")) {
                value = value.toLower();
            }
            if (value.isEmpty()) {
                user.remove(key);
            } else {
                user.insert(key, value);
            }
        } else if (fullReplace) {
            // 24.0.4+: with "attributes" in the body, an editable field left out is removed.
            user.remove(key);
        }
    }
    const QString email = user.value(QLatin1String("email")).toString();
    if (!emailError(email).isEmpty()) {
        return json(400, QJsonObject{{QStringLiteral("field"), QStringLiteral("email")},
                                     {QStringLiteral("errorMessage"), emailError(email)},
                                     {QStringLiteral("params"), QJsonArray{QStringLiteral("email"), email}}});
    }
    const QString owner = findByEmail(email);
    if (!owner.isEmpty() && owner != id) {
        return error(409, QStringLiteral("errorMessage"), QStringLiteral("User exists with same email"));
    }
    for (const char* field : {"enabled", "emailVerified"}) {
        if (input.value(QLatin1String(field)).isBool()) {
            user.insert(QLatin1String(field), input.value(QLatin1String(field)));
        }
    }
    if (input.value(QLatin1String("requiredActions")).isArray()) {
        user.insert(QStringLiteral("requiredActions"), input.value(QLatin1String("requiredActions")));
    }
    if (fullReplace) {
        const QJsonObject attributes = allowedAttributes(input.value(QLatin1String("attributes")).toObject());
        if (attributes.isEmpty()) {
            user.remove(QStringLiteral("attributes"));
        } else {
            user.insert(QStringLiteral("attributes"), attributes);
        }
    }
    m_users.insert(id, user);
    return Reply{204, {}, {}, {}};
}

QJsonObject FakeKeycloakServer::roleJson(const QString& name) const
{
    return QJsonObject{{QStringLiteral("id"), m_roles.value(name)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("composite"), name == QLatin1String("default-roles-test")},
                       {QStringLiteral("clientRole"), false},
                       {QStringLiteral("containerId"), realm()}};
}

FakeKeycloakServer::Reply FakeKeycloakServer::roleMappings(const QByteArray& method, const QString& id,
                                                           const QByteArray& body)
{
    if (!m_users.contains(id)) {
        return error(404, QStringLiteral("error"), QStringLiteral("User not found"));
    }
    QSet<QString>& mapped = m_userRoles[id];
    if (method == "GET") {
        QStringList names(mapped.begin(), mapped.end());
        names.sort();
        QJsonArray roles;
        for (const QString& name : names) {
            roles.append(roleJson(name));
        }
        return json(200, roles);
    }
    // Looked up by name, and the id must match.
    QStringList names;
    for (const QJsonValue& value : QJsonDocument::fromJson(body).array()) {
        const QJsonObject role = value.toObject();
        const QString name = role.value(QLatin1String("name")).toString();
        if (!m_roles.contains(name) || m_roles.value(name) != role.value(QLatin1String("id")).toString()) {
            return error(404, QStringLiteral("error"), QStringLiteral("Role not found"));
        }
        names.append(name);
    }
    for (const QString& name : names) {
        if (method == "POST") {
            mapped.insert(name);
        } else {
            mapped.remove(name);
        }
    }
    return Reply{204, {}, {}, {}};
}

FakeKeycloakServer::Reply FakeKeycloakServer::events(const QUrlQuery& query) const
{
    const QStringList types = query.allQueryItemValues(QStringLiteral("type"));
    const QString user = query.queryItemValue(QStringLiteral("user"));
    const qint64 dateFrom = query.queryItemValue(QStringLiteral("dateFrom")).toLongLong();
    const int first = query.queryItemValue(QStringLiteral("first")).toInt();
    const int max =
        query.hasQueryItem(QStringLiteral("max")) ? query.queryItemValue(QStringLiteral("max")).toInt() : 100;
    const bool ascending = query.queryItemValue(QStringLiteral("direction")) == QLatin1String("asc");
    QList<QJsonObject> matches;
    for (const QJsonValue& value : m_events) {
        const QJsonObject event = value.toObject();
        if ((!types.isEmpty() && !types.contains(event.value(QLatin1String("type")).toString())) ||
            (!user.isEmpty() && event.value(QLatin1String("userId")).toString() != user) ||
            event.value(QLatin1String("time")).toInteger() < dateFrom) {
            continue;
        }
        matches.append(event);
    }
    std::stable_sort(matches.begin(), matches.end(), [ascending](const QJsonObject& a, const QJsonObject& b) {
        const qint64 ta = a.value(QLatin1String("time")).toInteger();
        const qint64 tb = b.value(QLatin1String("time")).toInteger();
        return ascending ? ta < tb : ta > tb;
    });
    QJsonArray page;
    for (qsizetype i = first; i < matches.size() && page.size() < max; ++i) {
        page.append(matches[i]);
    }
    return json(200, page);
}

} // namespace keyledger
