#include "ProfileCommand.h"

#include "CallWaiter.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ProfileChoice.h"
#include "ProfileSecrets.h"
#include "TextTable.h"

#include "keycloak/KeycloakClient.h"
#include "sync/ServerProfileRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace keyledger::cli {

namespace {

QString authText(const ServerProfile& profile)
{
    return profile.authMode == ServerProfile::AuthMode::ClientCredentials ? QStringLiteral("client")
                                                                          : QStringLiteral("admin");
}

} // namespace

void ProfileCommand::addOptions(CommandLine& line) const
{
    if (m_action == Action::AllowOrganization)
        line.addFlag(QStringLiteral("yes"));
    if (m_action == Action::Add) {
        line.addValueOption(QStringLiteral("url"), QStringLiteral("URL"));
        line.addValueOption(QStringLiteral("realm"), QStringLiteral("REALM"));
        line.addValueOption(QStringLiteral("client"), QStringLiteral("CLIENT_ID"));
        line.addValueOption(QStringLiteral("admin"), QStringLiteral("USERNAME"));
        line.addValueOption(QStringLiteral("token-realm"), QStringLiteral("REALM"));
    }
}

ExitCode ProfileCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    ServerProfileRepository profiles;
    switch (m_action) {
    case Action::Add:
        return add(line, console);
    case Action::List:
        line.requirePositional({});
        return list(options, console);
    case Action::Remove: {
        const QString name = line.requirePositional({QStringLiteral("NAME")}).constFirst();
        if (!profiles.remove(name))
            throw CliError(ExitCode::Validation, tr("There is no server profile named %1.").arg(name));
        ProfileSecrets::remove(name);
        console.result(tr("Profile %1 removed, with its secret in the keychain.").arg(name));
        return ExitCode::Ok;
    }
    case Action::Use: {
        const QString name = line.requirePositional({QStringLiteral("NAME")}).constFirst();
        try {
            profiles.setActive(name);
        } catch (const KeyledgerError& error) {
            throw CliError(ExitCode::Validation, error.message());
        }
        console.result(tr("Profile %1 is now the active one.").arg(name));
        return ExitCode::Ok;
    }
    case Action::Login:
        return login(line, console);
    case Action::AllowOrganization:
        return allowOrganization(line, console);
    case Action::Trust:
        return trust(line, console);
    }
    return ExitCode::Internal;
}

ExitCode ProfileCommand::add(const CommandLine& line, Console& console)
{
    const QString name = line.requirePositional({QStringLiteral("NAME")}).constFirst();
    if (line.isSet(QStringLiteral("client")) == line.isSet(QStringLiteral("admin")))
        throw CliError::usage(tr("Give either --client CLIENT_ID (a service account) or --admin USERNAME."));
    ServerProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(line.required(QStringLiteral("url")));
    profile.realm = line.required(QStringLiteral("realm"));
    const bool client = line.isSet(QStringLiteral("client"));
    profile.authMode =
        client ? ServerProfile::AuthMode::ClientCredentials : ServerProfile::AuthMode::AdminPassword;
    profile.principal = line.value(client ? QStringLiteral("client") : QStringLiteral("admin"));
    profile.tokenRealm = line.value(QStringLiteral("token-realm"));
    ServerProfileRepository profiles;
    try {
        profiles.save(profile);
    } catch (const KeyledgerError& error) {
        throw CliError(ExitCode::Validation, error.message());
    }
    if (profiles.activeName().isEmpty())
        profiles.setActive(name);
    console.result(tr("Profile %1 saved. Store its secret with: keyledger-cli login %1").arg(name));
    return ExitCode::Ok;
}

ExitCode ProfileCommand::list(const CliOptions& options, Console& console)
{
    ServerProfileRepository profiles;
    const QString active = profiles.activeName();
    const QList<ServerProfile> all = profiles.profiles();
    if (options.json()) {
        QJsonArray array;
        for (const ServerProfile& p : all)
            array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("url"), p.baseUrl.toString()},
                                     {QStringLiteral("realm"), p.realm},
                                     {QStringLiteral("auth"), authText(p)},
                                     {QStringLiteral("principal"), p.principal},
                                     {QStringLiteral("active"), p.name == active}});
        console.result(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        return ExitCode::Ok;
    }
    if (all.isEmpty()) {
        console.result(tr("No server profile yet. Add one with: keyledger-cli profile add NAME --url URL "
                          "--realm REALM --client CLIENT_ID"));
        return ExitCode::Ok;
    }
    TextTable table({tr("Active"), tr("Name"), tr("URL"), tr("Realm"), tr("Auth"), tr("As")});
    for (const ServerProfile& p : all)
        table.addRow({p.name == active ? QStringLiteral("*") : QString(), p.name, p.baseUrl.toString(),
                      p.realm, authText(p), p.principal});
    for (const QString& text : table.lines())
        console.result(text);
    return ExitCode::Ok;
}

ExitCode ProfileCommand::trust(const CommandLine& line, Console& console)
{
    const QStringList arguments = line.requirePositional({QStringLiteral("NAME"), QStringLiteral("SHA256")});
    ServerProfileRepository profiles;
    std::optional<ServerProfile> profile = profiles.find(arguments.at(0));
    if (!profile)
        throw CliError(ExitCode::Validation, tr("There is no server profile named %1.").arg(arguments.at(0)));
    // Accepts the fingerprint as printed (hex, with or without colons, any case).
    QByteArray hex = arguments.at(1).toLatin1().toLower();
    hex.replace(':', "");
    if (hex.size() != 64 || QByteArray::fromHex(hex).toHex() != hex)
        throw CliError(
            ExitCode::Validation,
            tr("A SHA-256 fingerprint is 64 hexadecimal digits (colons allowed), as the certificate "
               "error shows it."));
    profile->trustedCertificateSha256 = hex;
    profiles.save(*profile);
    console.result(
        tr("Profile %1 now trusts the certificate with SHA-256 fingerprint %2 (that certificate only; "
           "every other certificate problem is still refused).")
            .arg(profile->name, QString::fromLatin1(hex)));
    return ExitCode::Ok;
}

ExitCode ProfileCommand::allowOrganization(const CommandLine& line, Console& console)
{
    const QStringList names = line.positional();
    if (names.size() > 1)
        throw CliError::usage(tr("allow-organization takes at most one profile name."));
    const ServerProfile profile = ProfileChoice::resolve(names.value(0));
    if (!line.isSet(QStringLiteral("yes")))
        throw CliError::usage(
            tr("This changes realm %1's user profile on %2: it declares the attribute "
               "organizationId (administrators may view and edit it), so that Keycloak keeps "
               "the organisations Keyledger sends. Run again with --yes to do it.")
                .arg(profile.realm, profile.baseUrl.toString()));
    const QString secret = ProfileSecrets::read(profile.name, console);
    QNetworkAccessManager network;
    KeycloakClient client(profile, network);
    client.setSecret(secret);
    const CallWaiter::Answer answer = CallWaiter::wait(client.allowOrganizationAttribute());
    if (!answer.ok)
        throw CliError(ExitCode::Remote,
                       tr("Keycloak refused to change the user profile: %1").arg(answer.error.userMessage()));
    console.result(
        tr("Realm %1 now keeps organizationId. Changes already delivered without it are sent again "
           "with the next change of each user.")
            .arg(profile.realm));
    return ExitCode::Ok;
}

ExitCode ProfileCommand::login(const CommandLine& line, Console& console)
{
    const QStringList names = line.positional();
    if (names.size() > 1)
        throw CliError::usage(tr("login takes at most one profile name."));
    const ServerProfile profile = ProfileChoice::resolve(names.value(0));
    const QString secret = ProfileSecrets::prompt(
        profile.authMode == ServerProfile::AuthMode::ClientCredentials
            ? tr("Client secret of %1 for profile %2: ").arg(profile.principal, profile.name)
            : tr("Password of %1 for profile %2: ").arg(profile.principal, profile.name),
        console);
    if (secret.isEmpty())
        throw CliError(ExitCode::Validation, tr("No secret given; nothing was stored."));

    // Checked before it is stored: a typo should not wait for the first sync to show.
    QNetworkAccessManager network;
    KeycloakClient client(profile, network);
    client.setSecret(secret);
    const CallWaiter::Answer answer = CallWaiter::wait(client.testConnection());
    QString problem = answer.error.userMessage();
    const QString fingerprint =
        answer.error.kind() == KeycloakError::Kind::Tls ? answer.error.certificateFingerprint() : QString();
    if (!answer.ok) {
        if (!fingerprint.isEmpty())
            problem +=
                QLatin1Char(' ') + tr("If you trust this certificate: keyledger-cli profile trust %1 %2")
                                       .arg(profile.name, fingerprint);
        throw CliError(ExitCode::Remote,
                       tr("Login to %1 failed: %2 Nothing was stored.").arg(profile.name, problem));
    }
    QString error;
    if (!ProfileSecrets::write(profile.name, secret, error))
        throw CliError(ExitCode::Remote,
                       tr("The credentials work, but the keychain refused to store them (%1). Keyledger "
                          "will ask for the secret each time instead.")
                           .arg(error));
    console.result(tr("Logged in to %1; the secret is in the OS keychain.").arg(profile.name));
    return ExitCode::Ok;
}

} // namespace keyledger::cli
