#include "users/RealmRoles.h"

#include "credentials/CredentialJob.h"
#include "credentials/CredentialStore.h"
#include "keycloak/KeycloakClient.h"
#include "sync/SyncController.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace keyledger {

RealmRoles::RealmRoles(SyncController* sync, QObject* parent)
    : QObject(parent)
    , m_sync(sync)
{
    if (m_sync) {
        // Another server, other roles: read them again when next asked.
        connect(m_sync, &SyncController::profileChanged, this, [this] {
            m_client.reset();
            m_roles.clear();
            m_profileName.clear();
            m_state = State::NoServer;
            Q_EMIT changed();
            request(); // once per session and profile, before a dialog needs them
        });
    }
}

RealmRoles::~RealmRoles() = default;

QStringList RealmRoles::choices(const QStringList& localRoles) const
{
    return m_state == State::Known ? m_roles : localRoles;
}

QString RealmRoles::note() const
{
    switch (m_state) {
    case State::Known:
        return {};
    case State::NoServer:
        return tr("No server profile: the roles offered are those already used in this ledger.");
    case State::Reading:
        return tr("Reading the realm's roles… meanwhile the roles already used in this ledger are offered.");
    case State::Failed:
        return tr("The realm's roles could not be read (%1): the roles already used in this ledger are "
                  "offered.")
            .arg(m_error);
    }
    return {};
}

void RealmRoles::request()
{
    if (!m_sync || !m_sync->profile())
        return;
    const ServerProfile& profile = *m_sync->profile();
    if (m_profileName == profile.name && (m_state == State::Known || m_state == State::Reading))
        return;
    m_profileName = profile.name;
    m_state = State::Reading;
    Q_EMIT changed();
    if (const std::optional<QString> secret = m_sync->rememberedSecret(profile.name)) {
        fetch(*secret);
        return;
    }
    CredentialJob* job = m_sync->credentials().readSecret(CredentialStore::profileSecretKey(profile.name));
    const QString name = profile.name;
    connect(job, &CredentialJob::finished, this, [this, name](CredentialJob* finished) {
        if (name != m_profileName)
            return; // the profile changed meanwhile
        if (finished->error() != CredentialJob::Error::NoError || finished->value().isEmpty()) {
            finish(State::Failed, {}, tr("no secret in the keychain"));
            return;
        }
        fetch(finished->value());
    });
}

void RealmRoles::fetch(const QString& secret)
{
    if (!m_sync || !m_sync->profile())
        return;
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<KeycloakClient>(*m_sync->profile(), *m_network);
    m_client->setSecret(secret);
    KeycloakCall* call = m_client->realmRoles();
    const QString realm = m_sync->profile()->realm;
    connect(call, &KeycloakCall::finished, this, [this, call, realm] {
        if (!call->ok()) {
            finish(State::Failed, {}, call->error().userMessage());
            return;
        }
        QStringList roles;
        for (const QJsonValue& value : call->json().toArray()) {
            const QString name = value.toObject().value(QStringLiteral("name")).toString();
            // Keycloak's composite of the realm's defaults is given to everyone automatically.
            if (!name.isEmpty() && name != QStringLiteral("default-roles-") + realm.toLower())
                roles.append(name);
        }
        roles.sort(Qt::CaseInsensitive);
        finish(State::Known, roles, {});
    });
}

void RealmRoles::finish(State state, const QStringList& roles, const QString& error)
{
    m_state = state;
    m_roles = roles;
    m_error = error;
    Q_EMIT changed();
}

} // namespace keyledger
