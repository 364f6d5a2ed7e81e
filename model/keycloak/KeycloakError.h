#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace keyledger {

// What went wrong with one Keycloak call, typed so the sync worker can decide (retry or stop)
// and the GUI can explain. serverMessage() is Keycloak's own text, verbatim; userMessage() is a
// translated sentence for the admin. Neither ever contains a token or a secret.
class KeycloakError
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::KeycloakError)
public:
    enum class Kind
    {
        None,
        Network,
        Timeout,
        Tls,
        InvalidCredentials,
        Validation,   // 400
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 409
        RateLimited,  // 429
        Server,       // 5xx
        MalformedResponse,
        Cancelled
    };

    KeycloakError() = default;
    explicit KeycloakError(Kind kind, int httpStatus = 0, QString serverMessage = {});

    // Maps an HTTP answer that is not a success. `requiredRole` is the realm-management role the
    // call needs (named on 403); `tokenEndpoint` turns 400 invalid_grant and 401 into
    // InvalidCredentials. Pure: tested without a network.
    static KeycloakError fromHttpStatus(int status, const QByteArray& body, const QString& requiredRole,
                                        bool tokenEndpoint);
    static KeycloakError network(const QString& detail);
    static KeycloakError malformed(const QString& detail);
    static KeycloakError tls(const QString& fingerprintSha256, const QString& certificateDetails,
                             const QString& detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    // Keycloak's field for 400 (e.g. "email"); for 409 "username" or "email" from its message.
    const QString& field() const { return m_field; }
    // Keycloak's errorMessage / error_description, verbatim.
    const QString& serverMessage() const { return m_serverMessage; }
    // The realm-management role the call needs (set on 403).
    const QString& requiredRole() const { return m_requiredRole; }
    // Low-level detail: Qt's network error text, the JSON parse error, the TLS errors.
    const QString& detail() const { return m_detail; }
    // For Tls: the peer certificate's SHA-256 (hex) and its subject, issuer and expiry.
    const QString& certificateFingerprint() const { return m_certificateFingerprint; }
    const QString& certificateDetails() const { return m_certificateDetails; }
    // For 429/503 with a Retry-After header; zero when the server gave none.
    std::chrono::seconds retryAfter() const { return m_retryAfter; }

    // Worth retrying later: Network, Timeout, RateLimited, Server.
    bool isTransient() const;
    QString userMessage() const;
    // Stable English name of the kind, for events and logs ("conflict", "timeout").
    QString kindName() const;
    static QString kindName(Kind kind);

    void setRequiredRole(const QString& role) { m_requiredRole = role; }
    void setRetryAfter(std::chrono::seconds seconds) { m_retryAfter = seconds; }
    void setField(const QString& field) { m_field = field; }
    void setDetail(const QString& detail) { m_detail = detail; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_field;
    QString m_serverMessage;
    QString m_requiredRole;
    QString m_detail;
    QString m_certificateFingerprint;
    QString m_certificateDetails;
    std::chrono::seconds m_retryAfter{0};
};

} // namespace keyledger

Q_DECLARE_METATYPE(keyledger::KeycloakError)
