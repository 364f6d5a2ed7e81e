#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace keyledger {

class KeycloakClient;
class SyncController;

// The role names the editor and the bulk roles dialog offer. With an active server profile they
// are the realm's roles, read from Keycloak once per session (per profile); without one, or when
// Keycloak cannot be asked, the roles already used in this ledger, with a note saying so.
class RealmRoles : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NoServer, // no active profile: local roles
        Reading,
        Known,  // the realm's roles
        Failed, // local roles, with the reason in note()
    };

    // sync may be nullptr (no sync in this window): local roles only.
    explicit RealmRoles(SyncController* sync, QObject* parent = nullptr);
    ~RealmRoles() override;

    State state() const { return m_state; }
    // The realm's roles when known, else localRoles.
    QStringList choices(const QStringList& localRoles) const;
    // Empty when the realm's roles are shown; otherwise says where the choices come from.
    QString note() const;

public Q_SLOTS:
    // Starts reading the realm's roles if that was not done yet for the active profile.
    void request();

Q_SIGNALS:
    void changed();

private:
    void fetch(const QString& secret);
    void finish(State state, const QStringList& roles, const QString& error);

    QPointer<SyncController> m_sync;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeycloakClient> m_client;
    State m_state = State::NoServer;
    QString m_profileName; // the profile m_roles belong to
    QStringList m_roles;
    QString m_error;
};

} // namespace keyledger
