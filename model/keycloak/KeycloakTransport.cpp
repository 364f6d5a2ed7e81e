#include "keycloak/KeycloakTransport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace keyledger {

namespace {
// Per-reply facts kept on the reply itself until its finished() is handled.
const char* const kTimedOutProperty = "keyledgerTimedOut";
const char* const kTlsFingerprintProperty = "keyledgerTlsFingerprint";
const char* const kTlsDetailsProperty = "keyledgerTlsDetails";
const char* const kTlsErrorsProperty = "keyledgerTlsErrors";

QByteArray normalisedFingerprint(QByteArray hex)
{
    hex = hex.trimmed().toLower();
    hex.replace(':', QByteArray());
    return hex;
}
} // namespace

KeycloakTransport::KeycloakTransport(QNetworkAccessManager& network, QByteArray trustedCertificateSha256,
                                     QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_trustedCertificateSha256(normalisedFingerprint(std::move(trustedCertificateSha256)))
{}

QUrl KeycloakTransport::endpoint(const QUrl& base, const QString& encodedPath, const QString& encodedQuery)
{
    QUrl url = base;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + encodedPath, QUrl::TolerantMode);
    url.setQuery(encodedQuery.isEmpty() ? QString() : encodedQuery, QUrl::TolerantMode);
    return url;
}

QString KeycloakTransport::pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// QJsonDocument only parses objects and arrays, so the body is wrapped in an array.
bool KeycloakTransport::parseJson(const QByteArray& body, QJsonValue& value, QString& error)
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

QNetworkReply* KeycloakTransport::start(QNetworkRequest& request, const QByteArray& verb,
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

void KeycloakTransport::onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors)
{
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    if (certificate.isNull() && !errors.isEmpty()) {
        certificate = errors.first().certificate();
    }
    const QByteArray fingerprint =
        certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256).toHex();
    const QByteArray trusted = m_trustedCertificateSha256;
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

KeycloakError KeycloakTransport::errorOf(QNetworkReply* reply, const QByteArray& body, const QString& role,
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

} // namespace keyledger
