#include "commands/UserCommandHandler.h"
#include "domain/UserAggregate.h"
#include "projections/Projector.h"
#include "projections/UserListProjection.h"
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

// The "list" read model against event sequences written by the real command handler on a real
// SQLite ledger, projected by the real Projector.
class TstUserListProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fullNameRule();
    void createdUserRow();
    void statusFollowsEnableDisableAndVerification();
    void profileChangesKeepSearchColumnsLowerCased();
    void rolesAndLogins();
    void deletedUserIsRemoved();
    void organisationChangeTouchesBothOrganisations();
    void syncStates();
    void everySortAndFilterHasAnIndex();
    void eventForAMissingRowStopsTheModel();
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
    CommandContext m_import{QStringLiteral("keycloak"), EventMetadata::sourceKeycloakImport(), {}};
    CommandContext m_worker{QStringLiteral("sync"), EventMetadata::sourceLocal(), {}};
};

void TstUserListProjection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_store = std::make_unique<SqliteEventStore>(ledger, SqliteConnection::OpenMode::CreateIfMissing);
    m_handler = std::make_unique<UserCommandHandler>(*m_store);
    m_views = std::make_unique<ViewDatabase>(ViewDatabase::pathFor(ledger));
    std::vector<std::unique_ptr<ReadModel>> models;
    models.push_back(std::make_unique<UserListProjection>());
    m_projector = std::make_unique<Projector>(*m_store, *m_views, std::move(models));
    m_projector->setChangesListener([this](const ProjectedChanges& changes) { m_changes.append(changes); });
    m_projector->initialize();
}

void TstUserListProjection::cleanup()
{
    m_projector.reset();
    m_views.reset();
    m_handler.reset();
    m_store.reset();
    m_dir.reset();
}

CreateUser TstUserListProjection::user(const QString& name) const
{
    CreateUser c;
    c.username = name;
    c.email = name + QStringLiteral("@Example.org");
    c.firstName = QStringLiteral("Élodie");
    c.lastName = QStringLiteral("Durand");
    c.organizationId = QStringLiteral("acme");
    return c;
}

void TstUserListProjection::project()
{
    m_changes.clear();
    m_projector->catchUp();
    for (const ProjectionStatus& s : m_projector->status())
        QVERIFY2(s.healthy(), qPrintable(s.error));
}

QVariantMap TstUserListProjection::row(const QUuid& id)
{
    QSqlQuery q(m_views->connection().database());
    q.prepare(QStringLiteral("SELECT * FROM user_list WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return {};
    QVariantMap map;
    for (int i = 0; i < q.record().count(); ++i)
        map.insert(q.record().fieldName(i), q.value(i));
    return map;
}

QList<QVariantMap> TstUserListProjection::allRows()
{
    QSqlQuery q(m_views->connection().database());
    q.exec(QStringLiteral("SELECT * FROM user_list ORDER BY id"));
    QList<QVariantMap> rows;
    while (q.next()) {
        QVariantMap map;
        for (int i = 0; i < q.record().count(); ++i)
            map.insert(q.record().fieldName(i), q.value(i));
        rows.append(map);
    }
    return rows;
}

void TstUserListProjection::fullNameRule()
{
    QCOMPARE(UserListProjection::fullName(QStringLiteral("ada"), QStringLiteral("Ada"),
                                          QStringLiteral("Lovelace")),
             QStringLiteral("Ada Lovelace"));
    QCOMPARE(UserListProjection::fullName(QStringLiteral("ada"), QStringLiteral("Ada"), QString()),
             QStringLiteral("Ada"));
    QCOMPARE(UserListProjection::fullName(QStringLiteral("ada"), QString(), QStringLiteral("Lovelace")),
             QStringLiteral("Lovelace"));
    QCOMPARE(UserListProjection::fullName(QStringLiteral("ada"), QString(), QString()),
             QStringLiteral("ada"));
    QCOMPARE(UserListProjection::searchKey(QStringLiteral("ÉLODIE Durand")), QStringLiteral("élodie durand"));
}

void TstUserListProjection::createdUserRow()
{
    CreateUser c = user(QStringLiteral("Elo"));
    c.roles = {QStringLiteral("viewer"), QStringLiteral("admin")};
    const CommandResult created = m_handler->create(c, m_context);
    project();
    const QVariantMap r = row(created.userId);
    QCOMPARE(r.value("username").toString(), QStringLiteral("elo")); // usernames are normalised lower-case
    QCOMPARE(r.value("email").toString(), QStringLiteral("elo@example.org"));
    QCOMPARE(r.value("first_name").toString(), QStringLiteral("Élodie"));
    QCOMPARE(r.value("full_name").toString(), QStringLiteral("Élodie Durand"));
    QCOMPARE(r.value("first_name_lc").toString(), QStringLiteral("élodie"));
    QCOMPARE(r.value("last_name_lc").toString(), QStringLiteral("durand"));
    QCOMPARE(r.value("full_name_lc").toString(), QStringLiteral("élodie durand"));
    QCOMPARE(r.value("organization_id").toString(), QStringLiteral("acme"));
    QCOMPARE(r.value("status").toString(), QStringLiteral("unverified"));
    QCOMPARE(QJsonDocument::fromJson(r.value("roles").toByteArray()).array(),
             QJsonArray({QStringLiteral("admin"), QStringLiteral("viewer")}));
    QCOMPARE(r.value("created_at").toLongLong(), m_store->readAll(1, 1).constFirst().recordedAtMs);
    QCOMPARE(r.value("last_login_at").toLongLong(), 0);
    QCOMPARE(r.value("sync_state").toString(), QStringLiteral("pending"));
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes[0].users, QSet<QUuid>{created.userId});
    QCOMPARE(m_changes[0].organizations, QSet<QString>{QStringLiteral("acme")});

    CreateUser bare;
    bare.username = QStringLiteral("nobody");
    const QUuid bareId = m_handler->create(bare, m_context).userId;
    project();
    QCOMPARE(row(bareId).value("full_name").toString(), QStringLiteral("nobody"));
    QCOMPARE(row(bareId).value("organization_id").toString(), QString());
    QCOMPARE(m_changes[0].organizations, QSet<QString>{QString()});
}

void TstUserListProjection::statusFollowsEnableDisableAndVerification()
{
    const QUuid id = m_handler->create(user(QStringLiteral("elo")), m_context).userId;
    project();
    QCOMPARE(row(id).value("status").toString(), QStringLiteral("unverified"));
    m_handler->disable(id, m_context);
    project();
    QCOMPARE(row(id).value("status").toString(), QStringLiteral("disabled"));
    QCOMPARE(row(id).value("enabled").toInt(), 0);
    m_handler->markEmailVerified(id, m_context);
    project();
    QCOMPARE(row(id).value("status").toString(), QStringLiteral("disabled")); // disabled wins
    QCOMPARE(row(id).value("email_verified").toInt(), 1);
    m_handler->enable(id, m_context);
    project();
    QCOMPARE(row(id).value("status").toString(), QStringLiteral("active"));
    QCOMPARE(m_changes.constLast().organizations, QSet<QString>{QStringLiteral("acme")});

    // A new address un-verifies (the UserUpdated carries emailVerified true -> false).
    UpdateUserProfile email;
    email.email = QStringLiteral("new@example.org");
    m_handler->updateProfile(id, email, m_context);
    project();
    QCOMPARE(row(id).value("status").toString(), QStringLiteral("unverified"));
    QCOMPARE(row(id).value("email_verified").toInt(), 0);
    m_handler->markEmailVerified(id, m_context);
    project();
    QCOMPARE(row(id).value("status").toString(), QStringLiteral("active"));

    CreateUser disabled = user(QStringLiteral("off"));
    disabled.enabled = false;
    disabled.emailVerified = true;
    const QUuid offId = m_handler->create(disabled, m_context).userId;
    project();
    QCOMPARE(row(offId).value("status").toString(), QStringLiteral("disabled"));
}

void TstUserListProjection::profileChangesKeepSearchColumnsLowerCased()
{
    const QUuid id = m_handler->create(user(QStringLiteral("elo")), m_context).userId;
    UpdateUserProfile profile;
    profile.firstName = QStringLiteral("ÅSA");
    profile.email = QStringLiteral("Asa.Durand@Example.ORG");
    m_handler->updateProfile(id, profile, m_context);
    project();
    QVariantMap r = row(id);
    QCOMPARE(r.value("first_name").toString(), QStringLiteral("ÅSA"));
    QCOMPARE(r.value("first_name_lc").toString(), QStringLiteral("åsa"));
    QCOMPARE(r.value("full_name").toString(), QStringLiteral("ÅSA Durand"));
    QCOMPARE(r.value("full_name_lc").toString(), QStringLiteral("åsa durand"));
    QCOMPARE(r.value("email_lc").toString(), r.value("email").toString().toLower());

    UpdateUserProfile clear;
    clear.firstName = QString();
    clear.lastName = QString();
    m_handler->updateProfile(id, clear, m_context);
    project();
    r = row(id);
    QCOMPARE(r.value("full_name").toString(), QStringLiteral("elo"));
    QCOMPARE(r.value("first_name_lc").toString(), QString());
    QCOMPARE(r.value("last_name_lc").toString(), QString());
}

void TstUserListProjection::rolesAndLogins()
{
    const QUuid id = m_handler->create(user(QStringLiteral("elo")), m_context).userId;
    m_handler->changeRoles(id, ChangeUserRoles{{QStringLiteral("b"), QStringLiteral("a")}, {}}, m_context);
    m_handler->changeRoles(id, ChangeUserRoles{{QStringLiteral("c")}, {QStringLiteral("a")}}, m_context);
    m_handler->recordLogin(id, 1'700'000'000'000, m_import);
    m_handler->recordLogin(id, 1'700'000'900'000, m_import);
    project();
    const QVariantMap r = row(id);
    QCOMPARE(QJsonDocument::fromJson(r.value("roles").toByteArray()).array(),
             QJsonArray({QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(r.value("last_login_at").toLongLong(), 1'700'000'900'000);
    QCOMPARE(m_changes.constLast().users, QSet<QUuid>{id});
    QCOMPARE(m_changes.constLast().organizations, QSet<QString>{QStringLiteral("acme")});
}

void TstUserListProjection::deletedUserIsRemoved()
{
    const CommandResult ada = m_handler->create(user(QStringLiteral("ada")), m_context);
    const QUuid grace = m_handler->create(user(QStringLiteral("grace")), m_context).userId;
    project();
    QCOMPARE(allRows().size(), 2);
    const CommandResult removed = m_handler->remove(ada.userId, m_context);
    project();
    QCOMPARE(allRows().size(), 1);
    QVERIFY(row(ada.userId).isEmpty());
    QVERIFY(!row(grace).isEmpty());
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes[0].users, QSet<QUuid>{ada.userId});
    QCOMPARE(m_changes[0].organizations, QSet<QString>{QStringLiteral("acme")});

    // Outcomes of deliveries arrive after the deletion: accepted, nothing to show.
    m_handler->recordSynced(
        ada.userId, UserSyncedToKeycloak{QString(), removed.position, QStringLiteral("delete")}, m_worker);
    m_handler->recordSyncFailed(
        ada.userId, UserSyncFailed{removed.position, QStringLiteral("delete"), 403, {}}, m_worker);
    project();
    QCOMPARE(allRows().size(), 1);
}

void TstUserListProjection::organisationChangeTouchesBothOrganisations()
{
    const QUuid id = m_handler->create(user(QStringLiteral("elo")), m_context).userId;
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

void TstUserListProjection::syncStates()
{
    const CommandResult created = m_handler->create(user(QStringLiteral("elo")), m_context);
    const QUuid id = created.userId;
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("pending"));
    m_handler->recordSynced(
        id, UserSyncedToKeycloak{QStringLiteral("kc"), created.position, QStringLiteral("create")}, m_worker);
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("synced"));

    const CommandResult disabled = m_handler->disable(id, m_context);
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("pending"));
    m_handler->recordSyncFailed(id, UserSyncFailed{disabled.position, QStringLiteral("disable"), 403, {}},
                                m_worker);
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("failed"));
    const CommandResult enabled = m_handler->enable(id, m_context);
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("failed")); // queued behind the failure
    m_handler->recordSynced(id, UserSyncedToKeycloak{{}, created.position, QStringLiteral("create")},
                            m_worker);
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("failed")); // older than the failure
    m_handler->recordSynced(id, UserSyncedToKeycloak{{}, disabled.position, QStringLiteral("disable")},
                            m_worker);
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("pending"));
    m_handler->recordSynced(id, UserSyncedToKeycloak{{}, enabled.position, QStringLiteral("enable")},
                            m_worker);
    project();
    QCOMPARE(row(id).value("sync_state").toString(), QStringLiteral("synced"));

    const QUuid imported = m_handler->create(user(QStringLiteral("imp")), m_import).userId;
    m_handler->recordLogin(imported, 1'700'000'000'000, m_import);
    project();
    QCOMPARE(row(imported).value("sync_state").toString(), QStringLiteral("synced"));
    const QUuid scripted = m_handler
                               ->create(user(QStringLiteral("scr")),
                                        CommandContext{QStringLiteral("ci"), QStringLiteral("script"), {}})
                               .userId;
    project();
    QCOMPARE(row(scripted).value("sync_state").toString(), QStringLiteral("local-only"));
}

void TstUserListProjection::everySortAndFilterHasAnIndex()
{
    QSqlQuery q(m_views->connection().database());
    QVERIFY(q.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'user_list' "
                       "AND sql IS NOT NULL")));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    for (const char* name : {"created", "org_created", "status_created", "username", "email", "first_name",
                             "last_name", "full_name", "organization", "status", "last_login"})
        QVERIFY2(names.contains(QStringLiteral("user_list_by_") + QLatin1String(name)), name);

    // The planner uses them: newest first per organisation and a prefix range, without a sort.
    auto plan = [&](const QString& sql) {
        QSqlQuery explain(m_views->connection().database());
        explain.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        QStringList lines;
        while (explain.next())
            lines.append(explain.value(3).toString());
        return lines.join(QLatin1Char('\n'));
    };
    const QString newest = plan(QStringLiteral("SELECT id FROM user_list WHERE organization_id = 'acme' "
                                               "ORDER BY created_at DESC, id DESC LIMIT 50"));
    QVERIFY2(newest.contains(QStringLiteral("user_list_by_org_created")) &&
                 !newest.contains(QStringLiteral("TEMP B-TREE")),
             qPrintable(newest));
    const QString prefix =
        plan(QStringLiteral("SELECT id FROM user_list WHERE username_lc >= 'ab' AND username_lc < 'ac' "
                            "ORDER BY username_lc, id LIMIT 50"));
    QVERIFY2(prefix.contains(QStringLiteral("user_list_by_username")) &&
                 !prefix.contains(QStringLiteral("TEMP B-TREE")),
             qPrintable(prefix));
}

void TstUserListProjection::eventForAMissingRowStopsTheModel()
{
    m_store->append(UserAggregate::streamIdFor(QUuid::createUuid()),
                    {test::TestStores::event(QStringLiteral("UserDisabled"))}, ExpectedVersion::noStream());
    m_projector->catchUp();
    QCOMPARE(m_projector->status().constFirst().failedPosition, 1);
}

void TstUserListProjection::rebuildEqualsIncremental()
{
    for (int i = 0; i < 40; ++i) {
        CreateUser c = user(QStringLiteral("user%1").arg(i));
        c.organizationId = QStringLiteral("org%1").arg(i % 4);
        c.emailVerified = i % 3 == 0;
        const CommandResult created = m_handler->create(c, i % 5 == 0 ? m_import : m_context);
        if (i % 2 == 0)
            m_handler->recordSynced(created.userId,
                                    UserSyncedToKeycloak{QStringLiteral("kc%1").arg(i), created.position,
                                                         QStringLiteral("create")},
                                    m_worker);
        if (i % 3 == 1)
            m_handler->recordLogin(created.userId, 1'700'000'000'000 + i, m_import);
        if (i % 4 == 1)
            m_handler->disable(created.userId, m_context);
        if (i % 6 == 1) {
            UpdateUserProfile p;
            p.organizationId = QStringLiteral("org9");
            p.lastName = QStringLiteral("Zed%1").arg(i);
            m_handler->updateProfile(created.userId, p, m_context);
        }
        if (i % 7 == 0)
            m_handler->remove(created.userId, m_context);
        if (i % 3 == 2)
            m_projector->catchUp();
    }
    project();
    const QList<QVariantMap> incremental = allRows();
    QCOMPARE(incremental.size(), 40 - 6);
    QVERIFY(m_projector->rebuild({QStringLiteral("list")}));
    QCOMPARE(allRows(), incremental);
}

QTEST_GUILESS_MAIN(TstUserListProjection)
#include "tst_userlistprojection.moc"
