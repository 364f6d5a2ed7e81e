#pragma once

#include <QCoreApplication>

#include "keycloak/ServerProfile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace keyledger {

// The server profiles, kept in the application's settings (QSettings), never with a secret:
// secrets go to the keychain under CredentialStore::profileSecretKey(name).
class ServerProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::ServerProfileRepository)

public:
    // settings: nullptr means the application's default QSettings.
    explicit ServerProfileRepository(QSettings* settings = nullptr);
    ~ServerProfileRepository();

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> find(const QString& name) const;
    // Throws KeyledgerError with a clear message when the profile is not usable (bad name, URL
    // that is not http(s), empty realm or principal); nothing is stored then.
    void save(const ServerProfile& profile);
    bool remove(const QString& name);

    QString activeName() const;
    void setActive(const QString& name);
    // The active profile, or the only one when there is exactly one.
    std::optional<ServerProfile> active() const;

    // The reason a profile cannot be saved, or an empty string.
    static QString problemWith(const ServerProfile& profile);

private:
    QSettings& settings() const;

    QSettings* m_external;
    mutable QSettings* m_owned = nullptr;
};

} // namespace keyledger
