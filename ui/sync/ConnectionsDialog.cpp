#include "sync/ConnectionsDialog.h"

#include "common/KeyledgerError.h"
#include "credentials/CredentialJob.h"
#include "credentials/CredentialStore.h"
#include "keycloak/KeycloakCall.h"
#include "keycloak/KeycloakClient.h"
#include "sync/ServerProfileRepository.h"
#include "sync/SyncController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace keyledger {

namespace {

constexpr auto testTimeout = std::chrono::seconds(15);

// "ab:cd:ef…" for a hex fingerprint: easier to compare by eye with the server's.
QString grouped(const QString& hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

} // namespace

ConnectionsDialog::ConnectionsDialog(CredentialStore& credentials, SyncController* controller,
                                     QSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_controller(controller)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Server Connections"));
    m_trustPrompt = [this](const QString& fingerprint, const QString& details) {
        QMessageBox box(QMessageBox::Warning, tr("Untrusted Certificate"),
                        tr("The server's certificate could not be verified.\n\nSHA-256 fingerprint:\n%1\n\n"
                           "Trust it only if it is the fingerprint your Keycloak administrator gave you.")
                            .arg(grouped(fingerprint)),
                        QMessageBox::Cancel, this);
        box.setDetailedText(details);
        QPushButton* trust = box.addButton(tr("Trust This Certificate"), QMessageBox::AcceptRole);
        box.exec();
        return box.clickedButton() == trust;
    };
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    buildForm();
    reloadList(ServerProfileRepository(m_settings).activeName());
    if (m_list->count() == 0)
        addProfile();
    resize(820, 460);
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::buildForm()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    m_use = new QPushButton(tr("&Use This Profile"), this);
    m_use->setObjectName(QStringLiteral("useProfileButton"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_use);

    auto line = [this](const char* name, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsDialog::validate);
        return edit;
    };
    m_name = line("nameEdit", tr("e.g. prod"));
    m_url = line("urlEdit", tr("https://sso.example.com"));
    m_realm = line("realmEdit", tr("the realm whose users you manage"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->addItem(tr("Admin user and password"), int(ServerProfile::AuthMode::AdminPassword));
    m_auth->addItem(tr("Client credentials (service account)"),
                    int(ServerProfile::AuthMode::ClientCredentials));
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthLabels();
        validate();
    });
    m_principal = line("principalEdit", {});
    m_principalLabel = new QLabel(this);
    m_secret = line("secretEdit", {});
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(this);
    m_tokenRealm = line("tokenRealmEdit", {});
    m_trustLabel = new QLabel(this);
    m_trustLabel->setObjectName(QStringLiteral("trustLabel"));
    m_trustLabel->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&Realm:"), m_realm);
    form->addRow(tr("Sign in &with:"), m_auth);
    form->addRow(m_principalLabel, m_principal);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(tr("&Token realm:"), m_tokenRealm);
    form->addRow(QString(), m_trustLabel);
    m_principalLabel->setBuddy(m_principal);
    m_secretLabel->setBuddy(m_secret);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_problem);
    right->addLayout(formButtons);
    right->addWidget(m_result);
    right->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addLayout(right, 5);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::loadSelected);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(m_use, &QPushButton::clicked, this, &ConnectionsDialog::useSelected);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    updateAuthLabels();
}

QString ConnectionsDialog::selectedName() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionsDialog::reloadList(const QString& select)
{
    const ServerProfileRepository repository(m_settings);
    const QString active = repository.active() ? repository.active()->name : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ServerProfile& profile : repository.profiles()) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, profile.name);
        item->setToolTip(tr("%1, realm %2").arg(profile.baseUrl.toString(), profile.realm));
        if (profile.name == active) {
            item->setText(tr("%1 (active)").arg(profile.name));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        } else {
            item->setText(profile.name);
        }
        if (profile.name == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    loadSelected();
}

void ConnectionsDialog::loadSelected()
{
    const QString name = selectedName();
    const bool hasSelection = !name.isEmpty();
    m_remove->setEnabled(hasSelection);
    m_use->setEnabled(hasSelection);
    if (!hasSelection)
        return;
    if (const std::optional<ServerProfile> profile = ServerProfileRepository(m_settings).find(name))
        loadProfile(*profile, true);
}

void ConnectionsDialog::addProfile()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
    m_remove->setEnabled(false);
    m_use->setEnabled(false);
    ServerProfile profile;
    profile.authMode = ServerProfile::AuthMode::ClientCredentials;
    loadProfile(profile, false);
    m_name->setFocus();
}

void ConnectionsDialog::loadProfile(const ServerProfile& profile, bool existing)
{
    m_editing = existing ? profile.name : QString();
    m_trusted = profile.trustedCertificateSha256;
    m_name->setText(profile.name);
    m_name->setReadOnly(existing); // a renamed profile would leave its secret behind
    m_name->setToolTip(existing ? tr("A profile keeps its name; add a new one to use another.") : QString());
    m_url->setText(profile.baseUrl.toString());
    m_realm->setText(profile.realm);
    m_auth->setCurrentIndex(m_auth->findData(int(profile.authMode)));
    m_principal->setText(profile.principal);
    m_secret->clear();
    m_secret->setPlaceholderText(existing ? tr("kept in the keychain; type to replace it")
                                          : tr("stored in the keychain only"));
    m_tokenRealm->setText(profile.tokenRealm);
    m_trustLabel->setVisible(!m_trusted.isEmpty());
    m_trustLabel->setText(
        tr("Trusted certificate (SHA-256): %1").arg(grouped(QString::fromLatin1(m_trusted))));
    m_result->clear();
    updateAuthLabels();
    validate();
}

void ConnectionsDialog::updateAuthLabels()
{
    const bool client = m_auth->currentData().toInt() == int(ServerProfile::AuthMode::ClientCredentials);
    m_principalLabel->setText(client ? tr("&Client id:") : tr("Admin &username:"));
    m_secretLabel->setText(client ? tr("Client s&ecret:") : tr("Pass&word:"));
    m_tokenRealm->setPlaceholderText(client ? tr("default: the realm above") : tr("default: master"));
}

ServerProfile ConnectionsDialog::formProfile() const
{
    ServerProfile profile;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    profile.realm = m_realm->text().trimmed();
    profile.authMode = ServerProfile::AuthMode(m_auth->currentData().toInt());
    profile.principal = m_principal->text().trimmed();
    profile.tokenRealm = m_tokenRealm->text().trimmed();
    profile.trustedCertificateSha256 = m_trusted;
    return profile;
}

QString ConnectionsDialog::formProblem() const
{
    const ServerProfile profile = formProfile();
    if (QString problem = ServerProfileRepository::problemWith(profile); !problem.isEmpty())
        return problem;
    if (m_editing.isEmpty() && ServerProfileRepository(m_settings).find(profile.name))
        return tr("A profile named %1 exists already.").arg(profile.name);
    return {};
}

void ConnectionsDialog::validate()
{
    const QString problem = formProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
    m_test->setEnabled(problem.isEmpty() && !m_testing);
}

QString ConnectionsDialog::resultText() const
{
    return m_result->text();
}

void ConnectionsDialog::showResult(const QString& text, bool ok)
{
    m_result->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    m_result->setText(text);
}

void ConnectionsDialog::saveProfile()
{
    if (!formProblem().isEmpty())
        return;
    const ServerProfile profile = formProfile();
    ServerProfileRepository repository(m_settings);
    try {
        repository.save(profile);
        if (repository.activeName().isEmpty())
            repository.setActive(profile.name); // the first profile is the one to use
    } catch (const KeyledgerError& error) {
        showResult(error.message(), false);
        return;
    }
    m_editing = profile.name;
    const QString secret = m_secret->text();
    m_secret->clear();
    reloadList(profile.name);
    if (secret.isEmpty()) {
        showResult(tr("Saved."), true);
        afterSave(profile.name);
        return;
    }
    showResult(tr("Saving the secret in the keychain…"), true);
    CredentialJob* job = m_credentials.writeSecret(CredentialStore::profileSecretKey(profile.name), secret);
    const QString name = profile.name;
    connect(job, &CredentialJob::finished, this, [this, name, secret](CredentialJob* finished) {
        if (finished->error() == CredentialJob::Error::NoError) {
            if (m_controller)
                m_controller->forgetSecret(name);
            showResult(tr("Saved; the secret is in the keychain."), true);
        } else {
            if (m_controller)
                m_controller->rememberSecret(name, secret);
            showResult(tr("Saved, but the keychain cannot keep the secret (%1): it is kept for this session "
                          "only and will be asked for again next time.")
                           .arg(finished->errorString()),
                       false);
        }
        afterSave(name);
    });
}

void ConnectionsDialog::afterSave(const QString& name)
{
    const std::optional<ServerProfile> active = ServerProfileRepository(m_settings).active();
    if (m_controller && active && active->name == name)
        m_controller->restart();
    Q_EMIT profileSaved(name);
}

void ConnectionsDialog::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!m_confirm(tr("Remove Profile"),
                   tr("Remove server profile %1 and its secret from the keychain?\n\nThe ledger keeps every "
                      "change; waiting changes are sent once another profile is used.")
                       .arg(name)))
        return;
    ServerProfileRepository repository(m_settings);
    const bool wasActive = repository.active() && repository.active()->name == name;
    repository.remove(name);
    // Gone from the keychain too; "nothing was there" is as good as removed.
    m_credentials.removeSecret(CredentialStore::profileSecretKey(name));
    if (m_controller) {
        m_controller->forgetSecret(name);
        if (wasActive)
            m_controller->restart();
    }
    reloadList({});
    if (m_list->count() == 0)
        addProfile();
    showResult(tr("Profile %1 removed.").arg(name), true);
    if (wasActive)
        Q_EMIT activeProfileChanged({});
}

void ConnectionsDialog::useSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    try {
        ServerProfileRepository(m_settings).setActive(name);
    } catch (const KeyledgerError& error) {
        showResult(error.message(), false);
        return;
    }
    if (m_controller)
        m_controller->restart();
    reloadList(name);
    showResult(tr("Keyledger now syncs with %1.").arg(name), true);
    Q_EMIT activeProfileChanged(name);
}

void ConnectionsDialog::testConnection()
{
    if (!formProblem().isEmpty() || m_testing)
        return;
    const ServerProfile profile = formProfile();
    if (!m_secret->text().isEmpty()) {
        runTest(profile, m_secret->text());
        return;
    }
    if (m_controller && !m_editing.isEmpty()) {
        if (const std::optional<QString> remembered = m_controller->rememberedSecret(m_editing)) {
            runTest(profile, *remembered);
            return;
        }
    }
    if (m_editing.isEmpty()) {
        showResult(tr("Type the secret to test the connection."), false);
        return;
    }
    m_testing = true;
    validate();
    showResult(tr("Reading the secret from the keychain…"), true);
    CredentialJob* job = m_credentials.readSecret(CredentialStore::profileSecretKey(m_editing));
    connect(job, &CredentialJob::finished, this, [this, profile](CredentialJob* finished) {
        m_testing = false;
        if (finished->error() != CredentialJob::Error::NoError || finished->value().isEmpty()) {
            validate();
            showResult(tr("No secret to test with (%1): type it in the secret field.")
                           .arg(finished->error() == CredentialJob::Error::NotFound
                                    ? tr("the keychain holds none for this profile")
                                    : finished->errorString()),
                       false);
            return;
        }
        runTest(profile, finished->value());
    });
}

void ConnectionsDialog::runTest(const ServerProfile& profile, const QString& secret)
{
    m_testing = true;
    validate();
    showResult(tr("Connecting to %1…").arg(profile.baseUrl.toString()), true);
    // A client per test: the form may have changed since the last one.
    m_client.reset();
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<KeycloakClient>(profile, *m_network);
    m_client->setSecret(secret);
    m_client->setTimeout(testTimeout);
    auto rejected = std::make_shared<std::pair<QString, QString>>();
    connect(m_client.get(), &KeycloakClient::certificateRejected, this,
            [rejected](const QString& fingerprint, const QString& details) {
                *rejected = {fingerprint, details};
            });
    KeycloakCall* call = m_client->testConnection();
    connect(call, &KeycloakCall::finished, this, [this, call, rejected, profile, secret] {
        QString fingerprint = rejected->first;
        QString details = rejected->second;
        if (call->error().kind() == KeycloakError::Kind::Tls && fingerprint.isEmpty()) {
            fingerprint = call->error().certificateFingerprint();
            details = call->error().certificateDetails();
        }
        const QString message =
            call->ok()
                ? tr("Connected to realm %1: %n user(s).", nullptr, call->json().toInt()).arg(profile.realm)
                : call->error().userMessage();
        const bool ok = call->ok();
        // Not inside the call's signal: a retry replaces the client that owns the call.
        QTimer::singleShot(0, this, [this, ok, message, fingerprint, details, profile, secret] {
            onTestFinished(ok, message, fingerprint, details, profile, secret);
        });
    });
}

void ConnectionsDialog::onTestFinished(bool ok, const QString& message, const QString& fingerprint,
                                       const QString& details, const ServerProfile& profile,
                                       const QString& secret)
{
    m_testing = false;
    validate();
    showResult(message, ok);
    if (ok || fingerprint.isEmpty()) {
        Q_EMIT testFinished(ok);
        return;
    }
    if (!m_trustPrompt || !m_trustPrompt(fingerprint, details)) {
        Q_EMIT testFinished(false);
        return;
    }
    m_trusted = fingerprint.toLatin1();
    m_trustLabel->setText(tr("Trusted certificate (SHA-256): %1").arg(grouped(fingerprint)));
    m_trustLabel->setVisible(true);
    ServerProfile trusted = profile;
    trusted.trustedCertificateSha256 = m_trusted;
    // A saved profile keeps the decision at once; a new one keeps it when it is saved.
    if (!m_editing.isEmpty() && m_editing == trusted.name) {
        try {
            ServerProfileRepository(m_settings).save(trusted);
        } catch (const KeyledgerError& error) {
            showResult(error.message(), false);
            return;
        }
        const std::optional<ServerProfile> active = ServerProfileRepository(m_settings).active();
        if (m_controller && active && active->name == trusted.name)
            m_controller->restart();
    }
    runTest(trusted, secret);
}

} // namespace keyledger
