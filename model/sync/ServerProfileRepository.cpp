#include "sync/ServerProfileRepository.h"

#include "common/KeyledgerError.h"

#include <QRegularExpression>
#include <QSettings>

namespace keyledger {

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kActive = QStringLiteral("activeProfile");

QString modeText(ServerProfile::AuthMode mode)
{
    return mode == ServerProfile::AuthMode::ClientCredentials ? QStringLiteral("client")
                                                              : QStringLiteral("admin");
}

} // namespace

ServerProfileRepository::ServerProfileRepository(QSettings* settings)
    : m_external(settings)
{}

ServerProfileRepository::~ServerProfileRepository()
{
    delete m_owned;
}

QSettings& ServerProfileRepository::settings() const
{
    if (m_external)
        return *m_external;
    if (!m_owned)
        m_owned = new QSettings();
    return *m_owned;
}

QString ServerProfileRepository::problemWith(const ServerProfile& profile)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!namePattern.match(profile.name).hasMatch())
        return tr(
            "A profile name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
    const QString scheme = profile.baseUrl.scheme();
    if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("The server URL must be an http:// or https:// address, e.g. https://sso.example.com.");
    if (profile.realm.trimmed().isEmpty())
        return tr("The realm is missing.");
    if (profile.principal.trimmed().isEmpty())
        return profile.authMode == ServerProfile::AuthMode::ClientCredentials
                   ? tr("The client id is missing.")
                   : tr("The admin username is missing.");
    return {};
}

QList<ServerProfile> ServerProfileRepository::profiles() const
{
    QSettings& s = settings();
    s.beginGroup(kGroup);
    const QStringList names = s.childGroups();
    s.endGroup();
    QList<ServerProfile> list;
    for (const QString& name : names) {
        if (std::optional<ServerProfile> profile = find(name))
            list.append(*profile);
    }
    return list;
}

std::optional<ServerProfile> ServerProfileRepository::find(const QString& name) const
{
    QSettings& s = settings();
    s.beginGroup(kGroup);
    const bool exists = !name.isEmpty() && s.childGroups().contains(name);
    s.endGroup();
    if (!exists)
        return std::nullopt;
    s.beginGroup(kGroup + QLatin1Char('/') + name);
    ServerProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(s.value(QStringLiteral("url")).toString());
    profile.realm = s.value(QStringLiteral("realm")).toString();
    profile.authMode = s.value(QStringLiteral("auth")).toString() == QLatin1String("client")
                           ? ServerProfile::AuthMode::ClientCredentials
                           : ServerProfile::AuthMode::AdminPassword;
    profile.principal = s.value(QStringLiteral("principal")).toString();
    profile.tokenRealm = s.value(QStringLiteral("tokenRealm")).toString();
    profile.trustedCertificateSha256 = s.value(QStringLiteral("trustedCertificateSha256")).toByteArray();
    s.endGroup();
    return profile;
}

void ServerProfileRepository::save(const ServerProfile& profile)
{
    if (const QString problem = problemWith(profile); !problem.isEmpty())
        throw KeyledgerError(problem);
    QSettings& s = settings();
    s.beginGroup(kGroup + QLatin1Char('/') + profile.name);
    s.setValue(QStringLiteral("url"), profile.baseUrl.toString());
    s.setValue(QStringLiteral("realm"), profile.realm.trimmed());
    s.setValue(QStringLiteral("auth"), modeText(profile.authMode));
    s.setValue(QStringLiteral("principal"), profile.principal.trimmed());
    s.setValue(QStringLiteral("tokenRealm"), profile.tokenRealm);
    s.setValue(QStringLiteral("trustedCertificateSha256"), profile.trustedCertificateSha256);
    s.endGroup();
    s.sync();
}

bool ServerProfileRepository::remove(const QString& name)
{
    if (!find(name))
        return false;
    QSettings& s = settings();
    s.remove(kGroup + QLatin1Char('/') + name);
    if (s.value(kActive).toString() == name)
        s.remove(kActive);
    s.sync();
    return true;
}

QString ServerProfileRepository::activeName() const
{
    return settings().value(kActive).toString();
}

void ServerProfileRepository::setActive(const QString& name)
{
    if (!find(name))
        throw KeyledgerError(tr("There is no server profile named %1.").arg(name));
    settings().setValue(kActive, name);
    settings().sync();
}

std::optional<ServerProfile> ServerProfileRepository::active() const
{
    if (std::optional<ServerProfile> profile = find(activeName()))
        return profile;
    const QList<ServerProfile> all = profiles();
    if (all.size() == 1)
        return all.first();
    return std::nullopt;
}

} // namespace keyledger
