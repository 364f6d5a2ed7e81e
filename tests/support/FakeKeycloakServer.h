#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace keyledger {

// An in-memory Keycloak (one managed realm "test" plus "master") on 127.0.0.1, random port,
// for the contract suite and for what a real server cannot be made to do: 500s, 429s, answers
// slower than the client's timeout, connections dropped mid-answer, a revoked token, malformed
// JSON. It follows ../shared/reference/keycloak-admin-api.md: Location on create, lower-cased
// usernames and e-mails, 409 on duplicates, flat 400 ErrorRepresentation, PUT full replace when
// "attributes" is sent, unmanaged attributes dropped unless the user profile declares them,
// role mappings needing id and name, realm-management roles checked per route (403).
class FakeKeycloakServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        Status,    // answer failStatus() without doing anything
        Slow,      // do the work, answer after a delay
        Drop,      // do the work, send headers and half the body, then close the connection
        Malformed, // do the work, answer 200 with a body that is not JSON
    };

    explicit FakeKeycloakServer(QObject* parent = nullptr);
    ~FakeKeycloakServer() override;

    // Plain HTTP, or HTTPS with the given certificate and key.
    bool start(const QSslCertificate& certificate = QSslCertificate(), const QSslKey& key = QSslKey());
    QUrl baseUrl() const;
    static QString realm() { return QStringLiteral("test"); }

    // Principals. Master admins hold every right; the others hold the realm-management roles given.
    void addAdmin(const QString& username, const QString& password);
    void addRealmUser(const QString& username, const QString& password, const QStringList& adminRoles);
    void addServiceClient(const QString& clientId, const QString& secret, const QStringList& adminRoles);
    void setTokenLifetime(std::chrono::seconds accessToken,
                          std::chrono::seconds refreshToken = std::chrono::seconds(1800));

    // Realm data.
    void addRealmRole(const QString& name);
    void addEvent(const QJsonObject& event);
    QJsonObject storedUser(const QString& id) const { return m_users.value(id); }
    int userCount() const { return int(m_users.size()); }

    // Faults, for the next `count` admin API requests (the token endpoint is never faulted).
    void failNext(int count, int status); // 429 comes with Retry-After: 1
    void delayNext(int count, std::chrono::milliseconds delay);
    void dropNext(int count);
    void malformedNext(int count);
    // Every access token issued so far answers 401 (refresh tokens stay valid).
    void revokeAccessTokens();
    // Every admin call answers 401, even with a brand-new token.
    void setRejectAllTokens(bool reject) { m_rejectAllTokens = reject; }
    QByteArray lastIssuedAccessToken() const { return m_lastAccessToken; }

    // Requests received per route, e.g. "POST /users", "GET /users/{id}", "token:password".
    int requests(const QString& route) const { return m_counters.value(route); }
    QByteArray lastBody(const QString& route) const { return m_lastBodies.value(route); }
    void resetCounters();

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Token
    {
        QString realm;
        QSet<QString> roles;
        bool superAdmin = false;
        QDeadlineTimer expiry;
        QString principal;
    };
    struct Principal
    {
        QString secret;
        QSet<QString> roles;
        bool superAdmin = false;
    };

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void send(QHttpServerResponder& responder, const Reply& reply);
    Reply token(const QString& tokenRealm, const QByteArray& body);
    Reply issue(const Principal& principal, const QString& realm, const QString& name, bool withRefresh);
    Reply admin(const QByteArray& method, const QStringList& parts, const QUrlQuery& query,
                const QByteArray& body, const Token& token, QString& route);
    Reply users(const QByteArray& method, const QStringList& parts, const QUrlQuery& query,
                const QByteArray& body, const Token& token, QString& route);
    Reply createUser(const QByteArray& body);
    Reply updateUser(const QString& id, const QByteArray& body);
    Reply roleMappings(const QByteArray& method, const QString& id, const QByteArray& body);
    Reply events(const QUrlQuery& query) const;
    bool allowed(const Token& token, const QString& role) const;
    QJsonObject allowedAttributes(const QJsonObject& attributes) const;
    QString emailError(const QString& email) const;
    QString findByUsername(const QString& username) const;
    QString findByEmail(const QString& email) const;
    QJsonObject roleJson(const QString& name) const;

    static Reply json(int status, const QJsonValue& value);
    static Reply error(int status, const QString& key, const QString& message);

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    bool m_rejectAllTokens = false;
    QByteArray m_lastAccessToken;
    std::chrono::seconds m_accessLifetime{300};
    std::chrono::seconds m_refreshLifetime{1800};

    QHash<QString, Principal> m_admins;     // master realm, password grant
    QHash<QString, Principal> m_realmUsers; // test realm, password grant
    QHash<QString, Principal> m_clients;    // test realm, client credentials
    QHash<QByteArray, Token> m_accessTokens;
    QHash<QByteArray, Token> m_refreshTokens;

    QMap<QString, QJsonObject> m_users; // id -> stored representation
    QHash<QString, QSet<QString>> m_userRoles;
    QMap<QString, QString> m_roles; // name -> id
    QJsonObject m_profile;
    QJsonArray m_events;

    Fault m_fault = Fault::None;
    int m_faultCount = 0;
    int m_failStatus = 500;
    std::chrono::milliseconds m_delay{0};

    QHash<QString, int> m_counters;
    QHash<QString, QByteArray> m_lastBodies;
};

} // namespace keyledger
