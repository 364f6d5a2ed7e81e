#include "commands/UserCommandHandler.h"
#include "domain/UserAggregate.h"
#include "projections/Projector.h"
#include "projections/UserDetailProjection.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"
#include "support/TestStores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

// The "detail" read model against event sequences written by the real command handler on a
// real SQLite ledger, projected by the real Projector.
class TstUserDetailProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createdUserHasEveryField();
    void editsMoveUpdatedAtAndByAndVersion();
    void loginsSetFirstAndLastWithoutCountingAsEdits();
    void deletedUserKeepsItsRowFlagged();
    void everyChangeTouchesUserAndOrganisation();
    void organisationChangeTouchesBothOrganisations();
    void syncStateFollowsDeliveries();
    void importedUserStartsSynced();
    void eventForAUserNeverCreatedStopsTheModel();
    void unknownEventTypesAndStreamsAreIgnored();
    void rebuildEqualsIncremental();

private:
    CreateUser user(const QString& name) const;
    QVariantMap row(const QUuid& id);
    QList<QVariantMap> allRows();
    void project();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_handler;
    std::unique_ptr<ViewDatabase> m_views;
    std::unique_ptr<Projector> m_projector;
    QList<ProjectedChanges> m_changes;
    CommandContext m_context{QStringLiteral("alice@laptop"), EventMetadata::sourceLocal(), {}};
};

void TstUserDetailProjection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqliteEventStore>(ledger, SqliteConnection::OpenMode::CreateIfMissing);
    m_handler = std::make_unique<UserCommandHandler>(*m_store);
    m_views = std::make_unique<ViewDatabase>(ViewDatabase::pathFor(ledger));
    std::vector<std::unique_ptr<ReadModel>> models;
    models.push_back(std::make_unique<UserDetailProjection>());
    m_projector = std::make_unique<Projector>(*m_store, *m_views, std::move(models));
    m_projector->setChangesListener([this](const ProjectedChanges& changes) { m_changes.append(changes); });
    m_projector->initialize();
    m_changes.clear();
}

void TstUserDetailProjection::cleanup()
{
    m_projector.reset();
    m_views.reset();
    m_handler.reset();
    m_store.reset();
    m_dir.reset();
}

CreateUser TstUserDetailProjection::user(const QString& name) const
{
    CreateUser c;
    c.username = name;
    c.email = name + QStringLiteral("@example.org");
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    c.organizationId = QStringLiteral("acme");
    c.roles = {QStringLiteral("viewer"), QStringLiteral("admin")};
    return c;
}

void TstUserDetailProjection::project()
{
    m_changes.clear();
    m_projector->catchUp();
    const auto status = m_projector->status();
    for (const ProjectionStatus& s : status)
        QVERIFY2(s.healthy(), qPrintable(s.error));
}

QVariantMap TstUserDetailProjection::row(const QUuid& id)
{
    QSqlQuery q(m_views->connection().database());
    q.prepare(QStringLiteral("SELECT * FROM user_detail WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return {};
    QVariantMap map;
    for (int i = 0; i < q.record().count(); ++i)
        map.insert(q.record().fieldName(i), q.value(i));
    return map;
}

QList<QVariantMap> TstUserDetailProjection::allRows()
{
    QSqlQuery q(m_views->connection().database());
    q.exec(QStringLiteral("SELECT * FROM user_detail ORDER BY id"));
    QList<QVariantMap> rows;
    while (q.next()) {
        QVariantMap map;
        for (int i = 0; i < q.record().count(); ++i)
            map.insert(q.record().fieldName(i), q.value(i));
        rows.append(map);
    }
    return rows;
}

void TstUserDetailProjection::createdUserHasEveryField()
{
    CreateUser c = user(QStringLiteral("ada"));
    c.emailVerified = true;
    const CommandResult created = m_handler->create(c, m_context);
    project();

    const QVariantMap r = row(created.userId);
    QCOMPARE(r.value("id").toString(), created.userId.toString(QUuid::WithoutBraces));
    QCOMPARE(r.value("username").toString(), QStringLiteral("ada"));
    QCOMPARE(r.value("email").toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(r.value("first_name").toString(), QStringLiteral("Ada"));
    QCOMPARE(r.value("last_name").toString(), QStringLiteral("Lovelace"));
    QCOMPARE(r.value("enabled").toInt(), 1);
    QCOMPARE(r.value("email_verified").toInt(), 1);
    QCOMPARE(r.value("organization_id").toString(), QStringLiteral("acme"));
    QCOMPARE(QJsonDocument::fromJson(r.value("roles").toByteArray()).array(),
             QJsonArray({QStringLiteral("admin"), QStringLiteral("viewer")}));
    const RecordedEvent event = m_store->readAll(1, 1).constFirst();
    QCOMPARE(r.value("created_at").toLongLong(), event.recordedAtMs);
    QCOMPARE(r.value("created_by").toString(), QStringLiteral("alice@laptop"));
    QCOMPARE(r.value("updated_at").toLongLong(), 0); // never changed since creation
    QCOMPARE(r.value("updated_by").toString(), QString());
    QCOMPARE(r.value("first_login_at").toLongLong(), 0);
    QCOMPARE(r.value("last_login_at").toLongLong(), 0);
    QCOMPARE(r.value("metadata").toString(), QStringLiteral("{}"));
    QCOMPARE(r.value("version").toLongLong(), 1);
    QCOMPARE(r.value("deleted").toInt(), 0);
    QCOMPARE(r.value("keycloak_id").toString(), QString());
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("pending"));
    QCOMPARE(r.value("sync_pending_position").toLongLong(), created.position);
    QCOMPARE(r.value("sync_error").toString(), QString());
}

void TstUserDetailProjection::editsMoveUpdatedAtAndByAndVersion()
{
    CreateUser c = user(QStringLiteral("ada"));
    c.emailVerified = true;
    const QUuid id = m_handler->create(c, m_context).userId;
    const CommandContext bob{QStringLiteral("bob@desk"), EventMetadata::sourceLocal(), {}};

    UpdateUserProfile profile;
    profile.email = QStringLiteral("countess@example.org");
    profile.firstName = QStringLiteral("Augusta");
    m_handler->updateProfile(id, profile, bob);
    project();
    QVariantMap r = row(id);
    QCOMPARE(r.value("email").toString(), QStringLiteral("countess@example.org"));
    QCOMPARE(r.value("first_name").toString(), QStringLiteral("Augusta"));
    QCOMPARE(r.value("last_name").toString(), QStringLiteral("Lovelace"));
    QCOMPARE(r.value("email_verified").toInt(), 0); // a new address is not verified
    QCOMPARE(r.value("updated_by").toString(), QStringLiteral("bob@desk"));
    QCOMPARE(r.value("updated_at").toLongLong(), m_store->readAll(2, 1).constFirst().recordedAtMs);
    QCOMPARE(r.value("created_by").toString(), QStringLiteral("alice@laptop"));
    QCOMPARE(r.value("version").toLongLong(), 2);

    m_handler->markEmailVerified(id, m_context);
    m_handler->disable(id, m_context);
    m_handler->changeRoles(id, ChangeUserRoles{{QStringLiteral("auditor")}, {QStringLiteral("admin")}},
                           m_context);
    project();
    r = row(id);
    QCOMPARE(r.value("email_verified").toInt(), 1);
    QCOMPARE(r.value("enabled").toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(r.value("roles").toByteArray()).array(),
             QJsonArray({QStringLiteral("auditor"), QStringLiteral("viewer")}));
    QCOMPARE(r.value("updated_by").toString(), QStringLiteral("alice@laptop"));
    QCOMPARE(r.value("version").toLongLong(), 5);

    m_handler->enable(id, m_context);
    UpdateUserProfile lastName;
    lastName.lastName = QString();
    m_handler->updateProfile(id, lastName, m_context);
    project();
    r = row(id);
    QCOMPARE(r.value("enabled").toInt(), 1);
    QCOMPARE(r.value("last_name").toString(), QString());
    QCOMPARE(r.value("version").toLongLong(), 7);
}

void TstUserDetailProjection::loginsSetFirstAndLastWithoutCountingAsEdits()
{
    const QUuid id = m_handler->create(user(QStringLiteral("ada")), m_context).userId;
    const CommandContext import{QStringLiteral("keycloak"), EventMetadata::sourceKeycloakImport(), {}};
    m_handler->recordLogin(id, 1'700'000'000'000, import);
    m_handler->recordLogin(id, 1'700'000'500'000, import);
    project();
    const QVariantMap r = row(id);
    QCOMPARE(r.value("first_login_at").toLongLong(), 1'700'000'000'000);
    QCOMPARE(r.value("last_login_at").toLongLong(), 1'700'000'500'000);
    QCOMPARE(r.value("updated_at").toLongLong(), 0);
    QCOMPARE(r.value("version").toLongLong(), 3);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("pending")); // logins need no delivery
    QCOMPARE(r.value("sync_pending_position").toLongLong(), 1);
}

void TstUserDetailProjection::deletedUserKeepsItsRowFlagged()
{
    const QUuid id = m_handler->create(user(QStringLiteral("ada")), m_context).userId;
    const QUuid other = m_handler->create(user(QStringLiteral("grace")), m_context).userId;
    const CommandResult removed = m_handler->remove(id, m_context);
    project();
    QVariantMap r = row(id);
    QCOMPARE(r.value("deleted").toInt(), 1);
    QCOMPARE(r.value("username").toString(), QStringLiteral("ada"));
    QCOMPARE(r.value("version").toLongLong(), 2);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("pending"));
    QCOMPARE(r.value("sync_pending_position").toLongLong(), removed.position);
    QCOMPARE(row(other).value("deleted").toInt(), 0);

    // The deletion's delivery is reported after the user is gone.
    const CommandContext worker{QStringLiteral("sync"), EventMetadata::sourceLocal(), {}};
    m_handler->recordSynced(id, UserSyncedToKeycloak{QString(), removed.position, QStringLiteral("delete")},
                            worker);
    project();
    r = row(id);
    QCOMPARE(r.value("deleted").toInt(), 1);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("synced"));
}

void TstUserDetailProjection::everyChangeTouchesUserAndOrganisation()
{
    const QUuid id = m_handler->create(user(QStringLiteral("ada")), m_context).userId;
    project();
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes[0].users, QSet<QUuid>{id});
    QCOMPARE(m_changes[0].organizations, QSet<QString>{QStringLiteral("acme")});

    const CommandContext import{QStringLiteral("keycloak"), EventMetadata::sourceKeycloakImport(), {}};
    m_handler->recordLogin(id, 1'700'000'000'000, import);
    project();
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes[0].users, QSet<QUuid>{id});
    QCOMPARE(m_changes[0].organizations, QSet<QString>{QStringLiteral("acme")});

    m_handler->remove(id, m_context);
    project();
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes[0].users, QSet<QUuid>{id});
    QCOMPARE(m_changes[0].organizations, QSet<QString>{QStringLiteral("acme")});
}

void TstUserDetailProjection::organisationChangeTouchesBothOrganisations()
{
    const QUuid id = m_handler->create(user(QStringLiteral("ada")), m_context).userId;
    project();
    UpdateUserProfile move;
    move.organizationId = QStringLiteral("globex");
    m_handler->updateProfile(id, move, m_context);
    project();
    QCOMPARE(row(id).value("organization_id").toString(), QStringLiteral("globex"));
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes[0].users, QSet<QUuid>{id});
    QCOMPARE(m_changes[0].organizations, (QSet<QString>{QStringLiteral("acme"), QStringLiteral("globex")}));
}

void TstUserDetailProjection::syncStateFollowsDeliveries()
{
    const CommandContext worker{QStringLiteral("sync"), EventMetadata::sourceLocal(), {}};
    const CommandResult created = m_handler->create(user(QStringLiteral("ada")), m_context);
    const QUuid id = created.userId;
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("pending"));

    m_handler->recordSynced(
        id, UserSyncedToKeycloak{QStringLiteral("kc-42"), created.position, QStringLiteral("create")},
        worker);
    project();
    QVariantMap r = row(id);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("synced"));
    QCOMPARE(r.value("keycloak_id").toString(), QStringLiteral("kc-42"));

    UpdateUserProfile first;
    first.firstName = QStringLiteral("Augusta");
    const CommandResult update1 = m_handler->updateProfile(id, first, m_context);
    project();
    r = row(id);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("pending"));
    QCOMPARE(r.value("sync_pending_position").toLongLong(), update1.position);

    m_handler->recordSyncFailed(id,
                                UserSyncFailed{update1.position, QStringLiteral("update"), 409,
                                               QStringLiteral("User exists with same email")},
                                worker);
    project();
    r = row(id);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("failed"));
    QCOMPARE(r.value("sync_error").toString(),
             QStringLiteral("update: HTTP 409 User exists with same email"));

    // A change queued behind the failure does not hide it.
    UpdateUserProfile last;
    last.lastName = QStringLiteral("King");
    const CommandResult update2 = m_handler->updateProfile(id, last, m_context);
    project();
    r = row(id);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("failed"));
    QCOMPARE(r.value("sync_pending_position").toLongLong(), update2.position);
    QVERIFY(!r.value("sync_error").toString().isEmpty());

    // An older delivery (the create) reported late changes nothing.
    m_handler->recordSynced(id, UserSyncedToKeycloak{QString(), created.position, QStringLiteral("create")},
                            worker);
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("failed"));

    // The failed change goes through after all: the later one is still pending.
    m_handler->recordSynced(id, UserSyncedToKeycloak{QString(), update1.position, QStringLiteral("update")},
                            worker);
    project();
    r = row(id);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("pending"));
    QCOMPARE(r.value("sync_error").toString(), QString());

    m_handler->recordSynced(id, UserSyncedToKeycloak{QString(), update2.position, QStringLiteral("update")},
                            worker);
    project();
    r = row(id);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("synced"));
    QCOMPARE(r.value("keycloak_id").toString(), QStringLiteral("kc-42")); // kept when not given again

    // A failure then a delivery of everything since: synced, error cleared.
    m_handler->disable(id, m_context);
    const CommandResult disabled = m_handler->enable(id, m_context);
    m_handler->recordSyncFailed(
        id, UserSyncFailed{disabled.position - 1, QStringLiteral("disable"), 500, QString()}, worker);
    project();
    QCOMPARE(row(id).value("sync_error").toString(), QStringLiteral("disable: HTTP 500"));
    m_handler->recordSynced(id, UserSyncedToKeycloak{QString(), disabled.position, QStringLiteral("enable")},
                            worker);
    project();
    r = row(id);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("synced"));
    QCOMPARE(r.value("sync_error").toString(), QString());
}

void TstUserDetailProjection::importedUserStartsSynced()
{
    const CommandContext import{QStringLiteral("keycloak"), EventMetadata::sourceKeycloakImport(), {}};
    const QUuid id = m_handler->create(user(QStringLiteral("ada")), import).userId;
    UpdateUserProfile drift;
    drift.firstName = QStringLiteral("Augusta");
    m_handler->updateProfile(id, drift, import); // a change made in Keycloak: nothing to deliver
    project();
    QVariantMap r = row(id);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("synced"));
    QCOMPARE(r.value("created_by").toString(), QStringLiteral("keycloak"));
    QCOMPARE(r.value("first_name").toString(), QStringLiteral("Augusta"));

    // The same user edited here afterwards must be delivered.
    m_handler->disable(id, m_context);
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("pending"));

    // Any other source (a script, a test) makes a user Keycloak has never heard of.
    const CommandContext script{QStringLiteral("ci"), QStringLiteral("script"), {}};
    const QUuid local = m_handler->create(user(QStringLiteral("grace")), script).userId;
    project();
    QCOMPARE(row(local).value("sync_state").toString(), QStringLiteral("local-only"));
}

void TstUserDetailProjection::eventForAUserNeverCreatedStopsTheModel()
{
    const QUuid ghost = QUuid::createUuid();
    m_store->append(UserAggregate::streamIdFor(ghost),
                    {test::TestStores::event(QStringLiteral("UserEnabled"))}, ExpectedVersion::noStream());
    m_handler->create(user(QStringLiteral("ada")), m_context);
    m_projector->catchUp();
    const ProjectionStatus status = m_projector->status().constFirst();
    QCOMPARE(status.failedPosition, 1);
    QVERIFY2(status.error.contains(ghost.toString(QUuid::WithoutBraces)), qPrintable(status.error));
    QVERIFY(allRows().isEmpty()); // nothing skipped silently: the model stopped before the create
}

void TstUserDetailProjection::unknownEventTypesAndStreamsAreIgnored()
{
    m_store->append(QStringLiteral("settings-1"), {test::TestStores::event(QStringLiteral("UserEnabled"))},
                    ExpectedVersion::noStream());
    m_store->append(UserAggregate::streamIdFor(QUuid::createUuid()),
                    {test::TestStores::event(QStringLiteral("SomethingNew"))}, ExpectedVersion::noStream());
    const QUuid id = m_handler->create(user(QStringLiteral("ada")), m_context).userId;
    project();
    QCOMPARE(allRows().size(), 1);
    QCOMPARE(row(id).value("username").toString(), QStringLiteral("ada"));
}

void TstUserDetailProjection::rebuildEqualsIncremental()
{
    const CommandContext worker{QStringLiteral("sync"), EventMetadata::sourceLocal(), {}};
    const CommandContext import{QStringLiteral("keycloak"), EventMetadata::sourceKeycloakImport(), {}};
    QList<QUuid> ids;
    for (int i = 0; i < 30; ++i) {
        CreateUser c = user(QStringLiteral("user%1").arg(i));
        c.organizationId = QStringLiteral("org%1").arg(i % 3);
        const CommandResult created = m_handler->create(c, i % 4 == 0 ? import : m_context);
        ids.append(created.userId);
        if (i % 2 == 0)
            m_handler->recordSynced(created.userId,
                                    UserSyncedToKeycloak{QStringLiteral("kc%1").arg(i), created.position,
                                                         QStringLiteral("create")},
                                    worker);
        if (i % 3 == 0)
            m_handler->recordLogin(created.userId, 1'700'000'000'000 + i, import);
        if (i % 5 == 0)
            m_handler->disable(created.userId, m_context);
        if (i % 6 == 1) {
            UpdateUserProfile move;
            move.organizationId = QStringLiteral("org9");
            move.email = QStringLiteral("moved%1@example.org").arg(i);
            m_handler->updateProfile(created.userId, move, m_context);
        }
        if (i % 7 == 0)
            m_handler->remove(created.userId, m_context);
        if (i % 2 == 1)
            m_projector->catchUp(); // incremental, in several batches
    }
    project();
    const QList<QVariantMap> incremental = allRows();
    QCOMPARE(incremental.size(), 30);
    QVERIFY(m_projector->rebuild({QStringLiteral("detail")}));
    QCOMPARE(allRows(), incremental);
}

QTEST_GUILESS_MAIN(TstUserDetailProjection)
#include "tst_userdetailprojection.moc"
