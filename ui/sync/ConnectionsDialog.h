#pragma once

#include "keycloak/ServerProfile.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QSettings;

namespace keyledger {

class CredentialStore;
class KeycloakClient;
class SyncController;

// Server profiles: the list on the left (the active one in bold), the selected profile's form
// on the right. Add / edit (name, URL, realm, admin user or client credentials, principal,
// secret), remove, test the connection, use as the active profile. The form is checked as it
// is typed (ServerProfileRepository::problemWith); Save stays disabled while it is invalid.
// The secret goes to the keychain only (QSettings never sees it); without a keychain it is
// handed to the SyncController for this session. A server whose certificate does not verify
// is shown with its fingerprint: once trusted, the fingerprint is stored in the profile.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    using TrustPrompt = std::function<bool(const QString& fingerprintSha256, const QString& details)>;
    using Confirm = std::function<bool(const QString& title, const QString& text)>;

    // controller may be null; settings: nullptr = the application's.
    ConnectionsDialog(CredentialStore& credentials, SyncController* controller, QSettings* settings = nullptr,
                      QWidget* parent = nullptr);
    ~ConnectionsDialog() override;

    void setTrustPrompt(TrustPrompt prompt) { m_trustPrompt = std::move(prompt); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // The profile as the form describes it now.
    ServerProfile formProfile() const;
    // Why the form cannot be saved (empty when it can).
    QString formProblem() const;
    QString resultText() const;

public Q_SLOTS:
    void addProfile();
    void saveProfile();
    void removeSelected();
    void useSelected();
    void testConnection();

Q_SIGNALS:
    // Save finished, the secret included (written to the keychain or kept in memory).
    void profileSaved(const QString& name);
    void activeProfileChanged(const QString& name);
    // A connection test finished (ok or not); resultText() tells how.
    void testFinished(bool ok);

private:
    void buildForm();
    void reloadList(const QString& select);
    void loadSelected();
    void loadProfile(const ServerProfile& profile, bool existing);
    void validate();
    void updateAuthLabels();
    void showResult(const QString& text, bool ok);
    void runTest(const ServerProfile& profile, const QString& secret);
    void onTestFinished(bool ok, const QString& message, const QString& fingerprint, const QString& details,
                        const ServerProfile& profile, const QString& secret);
    void afterSave(const QString& name);
    QString selectedName() const;

    CredentialStore& m_credentials;
    SyncController* m_controller;
    QSettings* m_settings;
    TrustPrompt m_trustPrompt;
    Confirm m_confirm;

    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_use = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_realm = nullptr;
    QComboBox* m_auth = nullptr;
    QLabel* m_principalLabel = nullptr;
    QLineEdit* m_principal = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_tokenRealm = nullptr;
    QLabel* m_trustLabel = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_test = nullptr;

    QString m_editing; // the saved profile the form shows; empty for a new one
    QByteArray m_trusted;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeycloakClient> m_client;
    bool m_testing = false;
};

} // namespace keyledger
