#pragma once

#include "keycloak/KeycloakCall.h"
#include "keycloak/KeycloakTokenSource.h"
#include "keycloak/KeycloakTransport.h"
#include "keycloak/ServerProfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslError;

namespace keyledger {

// The Keycloak Admin REST API for one server profile. Lives in one thread and sends everything
// through the QNetworkAccessManager it is given (not owned). Every operation returns a
// KeycloakCall that finishes once, after the whole chain of requests it needs (token first,
// GET before PUT...). Tokens live in memory only: fetched on first use, renewed at 75 % of their
// lifetime, and on a 401 renewed once and the request retried once. Destroying the client drops
// the calls still running, without finished().
class KeycloakClient : public QObject
{
    Q_OBJECT
public:
    KeycloakClient(const ServerProfile& profile, QNetworkAccessManager& network, QObject* parent = nullptr);
    ~KeycloakClient() override;

    void setSecret(const QString& secret);              // memory only; drops the current token
    void setTimeout(std::chrono::milliseconds timeout); // per HTTP request, default 30 s
    std::chrono::milliseconds timeout() const { return m_transport.timeout(); }
    const ServerProfile& profile() const { return m_profile; }

    KeycloakCall* testConnection(); // token + GET users/count; json() = the count
    KeycloakCall* createUser(const QJsonObject& representation); // always sends "enabled"; createdId()
    KeycloakCall* getUser(const QString& keycloakId);
    KeycloakCall* findUserByUsername(const QString& username); // json() = array of 0 or 1 user
    // GET, merge (top-level fields replace; "attributes" merged key by key, a null value removes
    // the attribute), PUT the whole representation. json() = the representation sent.
    KeycloakCall* updateUser(const QString& keycloakId, const QJsonObject& changes);
    KeycloakCall* deleteUser(const QString& keycloakId);
    KeycloakCall* countUsers();
    KeycloakCall* listUsers(int first, int max, bool brief = true);
    // Keycloak's search: a prefix of username, e-mail, first or last name (brief representations).
    KeycloakCall* searchUsers(const QString& search, int first, int max);
    KeycloakCall* realmRoles(); // json() = array of role objects
    KeycloakCall* createRealmRole(const QString& name, const QString& description = {}); // 409 if it exists
    KeycloakCall* userRealmRoles(const QString& keycloakId); // direct realm role mappings
    // The users holding a realm role directly, paged (json() = array of brief users).
    KeycloakCall* realmRoleMembers(const QString& roleName, int first, int max);
    KeycloakCall* addRealmRoles(const QString& keycloakId, const QStringList& roleNames);
    KeycloakCall* removeRealmRoles(const QString& keycloakId, const QStringList& roleNames);
    KeycloakCall* executeActionsEmail(const QString& keycloakId, const QStringList& actions);
    // type=LOGIN, oldest first, from sinceMs (epoch ms) when given.
    KeycloakCall* loginEvents(int first, int max, qint64 sinceMs = 0);
    KeycloakCall* eventsConfig();
    KeycloakCall* userProfileConfig();
    // GET users/profile, declare organizationId (admin view/edit), PUT the whole config back.
    // json() = the stored config. Nothing is PUT when the attribute is already allowed.
    KeycloakCall* allowOrganizationAttribute();
    // Whether Keycloak keeps an organizationId attribute under this user profile config
    // (declared with admin edit permission, or unmanaged attributes enabled for admins).
    static bool organizationAttributeAllowed(const QJsonObject& profileConfig);
    // Attributes sent in a create/update that the stored user (a GET afterwards) does not have:
    // Keycloak drops undeclared attributes silently (201/204), this is how to notice.
    static QStringList droppedAttributes(const QJsonObject& sentRepresentation,
                                         const QJsonObject& storedRepresentation);

    // Test seam: makes the cached access token unusable (the server will answer 401), to prove
    // the renew-and-retry path against a real server whose token lifespan cannot be shortened.
    void invalidateAccessTokenForTest();

Q_SIGNALS:
    // A certificate failed verification and was not the one trusted for this profile.
    void certificateRejected(const QString& fingerprintSha256, const QString& details);

private:
    // One HTTP request of an admin call, relative to /admin/realms/{realm}.
    struct Request
    {
        QByteArray verb;
        QString path;  // percent-encoded segments, e.g. "/users/ID"
        QString query; // percent-encoded, without '?'
        QByteArray body;
        QString role; // realm-management role it needs, named on 403
        bool expectJson = true;
    };
    struct Response
    {
        int status = 0;
        QJsonValue json;
        QByteArray location;
    };
    using Continuation = std::function<void(const Response&)>;

    KeycloakCall* newCall();
    // Runs one admin request for `call` (token first if needed); on success calls `next`, on
    // failure finishes the call with the error.
    void send(KeycloakCall* call, const Request& request, Continuation next);
    void sendAuthorized(QPointer<KeycloakCall> call, const Request& request, const Continuation& next,
                        bool retried);
    // Finishes the call with the answer of `request`.
    KeycloakCall* simple(const Request& request);
    QUrl adminUrl(const QString& path, const QString& query) const;

    void resolveRoles(KeycloakCall* call, const QString& keycloakId, QStringList remaining,
                      QJsonArray resolved, const QByteArray& verb);

    ServerProfile m_profile;
    KeycloakTransport m_transport;
    KeycloakTokenSource m_tokens;
};

} // namespace keyledger
