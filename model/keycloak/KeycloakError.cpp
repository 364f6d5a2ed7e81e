#include "keycloak/KeycloakError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyledger {

namespace {
// Keycloak answers errors in three shapes: ErrorRepresentation flat ({field, errorMessage}),
// several of them ({errors: [...]}), and OAuth ({error, error_description}).
struct ParsedBody
{
    QString field;
    QString message;
    QString oauthError;
};

ParsedBody parseErrorBody(const QByteArray& body)
{
    ParsedBody parsed;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.isEmpty()) {
        // Not JSON (a proxy's HTML page, a bare string): keep a short excerpt as the message.
        parsed.message = QString::fromUtf8(body.left(200)).trimmed();
        return parsed;
    }
    QJsonObject first = object;
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty() && errors.first().isObject()) {
        first = errors.first().toObject();
    }
    parsed.field = first.value(QLatin1String("field")).toString();
    parsed.message = first.value(QLatin1String("errorMessage")).toString();
    parsed.oauthError = object.value(QLatin1String("error")).toString();
    if (parsed.message.isEmpty()) {
        parsed.message = object.value(QLatin1String("error_description")).toString();
    }
    if (parsed.message.isEmpty()) {
        parsed.message = parsed.oauthError;
    }
    return parsed;
}

// Keycloak's 409 messages: "User exists with same username", "... same email",
// "... same username or email".
QString conflictField(const QString& message)
{
    const QString lower = message.toLower();
    if (lower.contains(QLatin1String("username or email"))) {
        return {};
    }
    if (lower.contains(QLatin1String("username"))) {
        return QStringLiteral("username");
    }
    if (lower.contains(QLatin1String("email"))) {
        return QStringLiteral("email");
    }
    return {};
}
} // namespace

KeycloakError::KeycloakError(Kind kind, int httpStatus, QString serverMessage)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(std::move(serverMessage))
{}

KeycloakError KeycloakError::fromHttpStatus(int status, const QByteArray& body, const QString& requiredRole,
                                            bool tokenEndpoint)
{
    const ParsedBody parsed = parseErrorBody(body);
    Kind kind = Kind::Server;
    if (tokenEndpoint && (status == 400 || status == 401)) {
        // 400 invalid_grant (26.6+) or 401 (before 26.6, and a bad client secret).
        const bool credentials = status == 401 || parsed.oauthError == QLatin1String("invalid_grant") ||
                                 parsed.oauthError == QLatin1String("unauthorized_client") ||
                                 parsed.oauthError == QLatin1String("invalid_client");
        kind = credentials ? Kind::InvalidCredentials : Kind::Validation;
    } else if (status == 400) {
        kind = Kind::Validation;
    } else if (status == 401) {
        kind = Kind::Unauthorized;
    } else if (status == 403) {
        kind = Kind::Forbidden;
    } else if (status == 404) {
        kind = Kind::NotFound;
    } else if (status == 409) {
        kind = Kind::Conflict;
    } else if (status == 429) {
        kind = Kind::RateLimited;
    } else if (status >= 500) {
        kind = Kind::Server;
    } else {
        // Another 4xx (405, 413, 415...): a request Keycloak will never accept as it is.
        kind = Kind::Validation;
    }
    KeycloakError error(kind, status, parsed.message);
    error.m_field = kind == Kind::Conflict ? conflictField(parsed.message) : parsed.field;
    if (kind == Kind::Forbidden) {
        error.m_requiredRole = requiredRole;
    }
    return error;
}

KeycloakError KeycloakError::network(const QString& detail)
{
    KeycloakError error(Kind::Network);
    error.m_detail = detail;
    return error;
}

KeycloakError KeycloakError::malformed(const QString& detail)
{
    KeycloakError error(Kind::MalformedResponse);
    error.m_detail = detail;
    return error;
}

KeycloakError KeycloakError::tls(const QString& fingerprintSha256, const QString& certificateDetails,
                                 const QString& detail)
{
    KeycloakError error(Kind::Tls);
    error.m_certificateFingerprint = fingerprintSha256;
    error.m_certificateDetails = certificateDetails;
    error.m_detail = detail;
    return error;
}

bool KeycloakError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

QString KeycloakError::kindName() const
{
    return kindName(m_kind);
}

QString KeycloakError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InvalidCredentials:
        return QStringLiteral("invalid-credentials");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString KeycloakError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return m_detail.isEmpty() ? tr("Keycloak cannot be reached.")
                                  : tr("Keycloak cannot be reached: %1").arg(m_detail);
    case Kind::Timeout:
        return tr("Keycloak did not answer in time.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted (SHA-256 fingerprint %1). %2")
            .arg(m_certificateFingerprint, m_certificateDetails);
    case Kind::InvalidCredentials:
        return tr("Keycloak refused the credentials: check the user or client id and the secret.");
    case Kind::Validation:
        if (!m_field.isEmpty()) {
            return tr("Keycloak rejected the value of \"%1\": %2").arg(m_field, m_serverMessage);
        }
        return tr("Keycloak rejected the request: %1").arg(m_serverMessage);
    case Kind::Unauthorized:
        return tr("Keycloak no longer accepts the session; signing in again did not help.");
    case Kind::Forbidden:
        if (!m_requiredRole.isEmpty()) {
            return tr("The account lacks the realm-management role \"%1\" needed for this operation.")
                .arg(m_requiredRole);
        }
        return tr("The account is not allowed to do this in Keycloak.");
    case Kind::NotFound:
        return tr("Keycloak does not know this object (it may have been deleted there).");
    case Kind::Conflict:
        if (m_field == QLatin1String("username")) {
            return tr("A user with this username already exists in Keycloak.");
        }
        if (m_field == QLatin1String("email")) {
            return tr("A user with this e-mail address already exists in Keycloak.");
        }
        return tr("A user with this username or e-mail address already exists in Keycloak.");
    case Kind::RateLimited:
        return tr("Keycloak asks to slow down (too many requests); it will be tried again later.");
    case Kind::Server:
        return tr("Keycloak failed with an internal error (HTTP %1).").arg(m_httpStatus);
    case Kind::MalformedResponse:
        return tr("Keycloak's answer could not be read: %1").arg(m_detail);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

} // namespace keyledger
