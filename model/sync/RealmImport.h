#pragma once

#include <QCoreApplication>

#include "domain/UserAggregate.h"
#include "keycloak/ServerProfile.h"
#include "sync/ImportReport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace keyledger {

class KeycloakCall;
class KeycloakClient;
class SqliteEventStore;
class UserCommandHandler;

// Brings what Keycloak knows into the ledger: users never seen become UserImported (their stream
// is their Keycloak id), users that differ become UserChangedInKeycloak with the field diff,
// users gone from Keycloak become UserDeletedInKeycloak, and LOGIN events become UserLoggedIn
// (incrementally: from the latest login already recorded). Users with changes still in the
// outbox are left alone: Keycloak is behind them, not different. Realm role mappings come
// along through each role's member list (one request per role page, not one per user).
//
// Owns its store connection and network manager: create it in the thread it runs in.
class RealmImport : public QObject
{
    Q_OBJECT

public:
    RealmImport(const QString& databasePath, const ServerProfile& profile, const QString& secret,
                QObject* parent = nullptr);
    ~RealmImport() override;

    void setPageSize(int pageSize) { m_pageSize = qMax(1, pageSize); }
    void start();
    void cancel();
    const ImportReport& report() const { return m_report; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    struct LocalUser
    {
        QString streamId;
        UserState state;
    };

    void indexLedger();
    void checkProfile();
    void countUsers();
    void loadRoles();
    void loadRoleMembers(QStringList roles, int first);
    void importPage(int first);
    void importUser(const QJsonObject& representation);
    void recordDeletions();
    void importLogins(int first, qint64 sinceMs);
    // Runs `next` with the call's JSON when it succeeds; stops the import otherwise.
    void then(KeycloakCall* call, std::function<void(const QJsonValue&)> next);
    void fail(const QString& error);
    void finish();

    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_users;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KeycloakClient> m_client;
    QString m_realm;
    int m_pageSize = 100;
    bool m_cancelled = false;
    bool m_done = false;
    qint64 m_total = 0;
    ImportReport m_report;

    QHash<QString, LocalUser> m_byKeycloakId;  // live or deleted users whose Keycloak id is known
    QHash<QString, QString> m_liveByUsername;  // username -> stream id, live users without one
    QSet<QString> m_pendingStreams;            // streams with undelivered outbox rows
    QHash<QString, QStringList> m_rolesByUser; // Keycloak id -> realm roles held directly
    QSet<QString> m_seen;                      // Keycloak ids listed by this import
    qint64 m_latestLoginMs = 0;
};

} // namespace keyledger
