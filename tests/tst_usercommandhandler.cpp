#include "commands/UserCommandHandler.h"
#include "domain/UserRuleError.h"
#include "domain/ValidationError.h"
#include "store/SqliteEventStore.h"
#include "store/StoreErrors.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

class TstUserCommandHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createAppendsEventClaimsAndOutbox();
    void duplicateUsernameOrEmailIsRefusedAndWritesNothing();
    void deletingReleasesUsernameAndEmail();
    void changingEmailMovesTheClaim();
    void noChangeAppendsNothing();
    void explicitExpectedVersionConflicts();
    void resolvesIdsAndUsernames();
    void metadataNamesActorSourceAndCorrelation();
    void importedChangesNeedNoDelivery();
    void loadMatchesAFullRebuild();
    void loginsAndSyncOutcomesAreFactsWithoutDelivery();

private:
    CreateUser user(const QString& name) const;
    int count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_handler;
    CommandContext m_context{QStringLiteral("tester@host"), EventMetadata::sourceLocal(), {}};
};

void TstUserCommandHandler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SqliteEventStore>(m_dir->filePath(QStringLiteral("k.db")),
                                                 SqliteConnection::OpenMode::CreateIfMissing);
    m_handler = std::make_unique<UserCommandHandler>(*m_store);
}

void TstUserCommandHandler::cleanup()
{
    m_handler.reset();
    m_store.reset();
    m_dir.reset();
}

CreateUser TstUserCommandHandler::user(const QString& name) const
{
    CreateUser c;
    c.username = name;
    c.email = name + QStringLiteral("@example.org");
    c.organizationId = QStringLiteral("acme");
    return c;
}

int TstUserCommandHandler::count(const QString& sql)
{
    QSqlQuery q(m_store->connection().database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TstUserCommandHandler::createAppendsEventClaimsAndOutbox()
{
    const CommandResult r = m_handler->create(user(QStringLiteral("Ada")), m_context);
    QVERIFY(!r.userId.isNull());
    QCOMPARE(r.position, 1);
    QCOMPARE(r.version, 1);
    QCOMPARE(r.appendedEvents, 1);
    const UserAggregate loaded = m_handler->load(r.userId);
    QCOMPARE(loaded.state().personal.username, QStringLiteral("ada"));
    QCOMPARE(loaded.state().createdBy, QStringLiteral("tester@host"));
    QCOMPARE(m_store->claimOwner(QStringLiteral("username"), QStringLiteral("ada")),
             UserAggregate::streamIdFor(r.userId));
    QCOMPARE(m_store->claimOwner(QStringLiteral("email"), QStringLiteral("ada@example.org")),
             UserAggregate::streamIdFor(r.userId));
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM outbox WHERE position = 1 AND event_type = 'UserCreated'")),
             1);
}

void TstUserCommandHandler::duplicateUsernameOrEmailIsRefusedAndWritesNothing()
{
    m_handler->create(user(QStringLiteral("ada")), m_context);
    try {
        m_handler->create(user(QStringLiteral("ADA")), m_context);
        QFAIL("a taken username must be refused");
    } catch (const ValidationError& e) {
        QCOMPARE(e.errors().first().field, QStringLiteral("username"));
        QVERIFY(e.message().contains(QStringLiteral("ada")));
    }
    CreateUser sameMail = user(QStringLiteral("ada2"));
    sameMail.email = QStringLiteral("ADA@example.org");
    try {
        m_handler->create(sameMail, m_context);
        QFAIL("a taken e-mail must be refused");
    } catch (const ValidationError& e) {
        QCOMPARE(e.errors().first().field, QStringLiteral("email"));
    }
    QCOMPARE(m_store->lastPosition(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM unique_claims")), 2);
}

void TstUserCommandHandler::deletingReleasesUsernameAndEmail()
{
    const CommandResult first = m_handler->create(user(QStringLiteral("ada")), m_context);
    m_handler->remove(first.userId, m_context);
    QVERIFY(!m_handler->resolve(QStringLiteral("ada")));
    QVERIFY_THROWS_EXCEPTION(UserRuleError, m_handler->enable(first.userId, m_context));
    const CommandResult second = m_handler->create(user(QStringLiteral("ada")), m_context);
    QVERIFY(second.userId != first.userId);
    QCOMPARE(*m_handler->resolve(QStringLiteral("ada")), second.userId);
    // The deleted user stays readable by id.
    QVERIFY(m_handler->load(first.userId).state().deleted);
}

void TstUserCommandHandler::changingEmailMovesTheClaim()
{
    const CommandResult ada = m_handler->create(user(QStringLiteral("ada")), m_context);
    UpdateUserProfile u;
    u.email = QStringLiteral("countess@example.org");
    m_handler->updateProfile(ada.userId, u, m_context);
    QVERIFY(m_store->claimOwner(QStringLiteral("email"), QStringLiteral("ada@example.org")).isEmpty());
    const CommandResult bob = m_handler->create(user(QStringLiteral("bob")), m_context);
    UpdateUserProfile taken;
    taken.email = QStringLiteral("countess@example.org");
    QVERIFY_THROWS_EXCEPTION(ValidationError, m_handler->updateProfile(bob.userId, taken, m_context));
    taken.email = QStringLiteral("ada@example.org");
    m_handler->updateProfile(bob.userId, taken, m_context);
    QCOMPARE(m_handler->load(bob.userId).state().personal.email, QStringLiteral("ada@example.org"));
}

void TstUserCommandHandler::noChangeAppendsNothing()
{
    const CommandResult ada = m_handler->create(user(QStringLiteral("ada")), m_context);
    const CommandResult again = m_handler->enable(ada.userId, m_context);
    QCOMPARE(again.appendedEvents, 0);
    QVERIFY(again.noChangeReason.contains(QStringLiteral("already enabled")));
    QCOMPARE(again.position, 1);
    QCOMPARE(m_store->lastPosition(), 1);
}

void TstUserCommandHandler::explicitExpectedVersionConflicts()
{
    const CommandResult ada = m_handler->create(user(QStringLiteral("ada")), m_context);
    m_handler->disable(ada.userId, m_context);
    UpdateUserProfile u;
    u.lastName = QStringLiteral("King");
    try {
        m_handler->updateProfile(ada.userId, u, m_context, 1);
        QFAIL("expected a ConcurrencyError");
    } catch (const ConcurrencyError& e) {
        QCOMPARE(e.actualVersion(), 2);
    }
    QCOMPARE(m_handler->updateProfile(ada.userId, u, m_context, 2).version, 3);
}

void TstUserCommandHandler::resolvesIdsAndUsernames()
{
    const CommandResult ada = m_handler->create(user(QStringLiteral("ada")), m_context);
    QCOMPARE(*m_handler->resolve(QStringLiteral("ADA")), ada.userId);
    QCOMPARE(*m_handler->resolve(ada.userId.toString(QUuid::WithoutBraces)), ada.userId);
    QVERIFY(!m_handler->resolve(QStringLiteral("nobody")));
    QVERIFY(!m_handler->resolve(QUuid::createUuid().toString()));

    // A username may look like a UUID; when no user has that id, it is looked up as a name.
    const CommandResult odd =
        m_handler->create(user(QStringLiteral("11111111-2222-3333-4444-555555555555")), m_context);
    QCOMPARE(*m_handler->resolve(QStringLiteral("11111111-2222-3333-4444-555555555555")), odd.userId);
}

void TstUserCommandHandler::metadataNamesActorSourceAndCorrelation()
{
    CommandContext context = m_context;
    context.correlationId = QStringLiteral("corr-1");
    const CommandResult ada = m_handler->create(user(QStringLiteral("ada")), context);
    const RecordedEvent e = m_store->readStream(UserAggregate::streamIdFor(ada.userId)).first();
    QCOMPARE(e.metadata.actor, QStringLiteral("tester@host"));
    QCOMPARE(e.metadata.source, QStringLiteral("local"));
    QCOMPARE(e.metadata.correlationId, QStringLiteral("corr-1"));
    QVERIFY(!e.metadata.causationId.isEmpty());
    QCOMPARE(e.metadata.appVersion, QStringLiteral(KEYLEDGER_VERSION));
    QVERIFY(!e.metadata.host.isEmpty());
}

void TstUserCommandHandler::importedChangesNeedNoDelivery()
{
    CommandContext imported{QStringLiteral("keycloak"), EventMetadata::sourceKeycloakImport(), {}};
    m_handler->create(user(QStringLiteral("ada")), imported);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TstUserCommandHandler::loadMatchesAFullRebuild()
{
    const CommandResult ada = m_handler->create(user(QStringLiteral("ada")), m_context);
    CommandContext other = m_context;
    other.actor = QStringLiteral("second@host");
    UpdateUserProfile u;
    u.firstName = QStringLiteral("Ada");
    u.organizationId = QStringLiteral("initech");
    m_handler->updateProfile(ada.userId, u, other);
    m_handler->changeRoles(ada.userId, {{QStringLiteral("auditor")}, {}}, m_context);
    m_handler->markEmailVerified(ada.userId, m_context);
    m_handler->disable(ada.userId, other);
    // Personal fields changed at different times: replay opens only the sealed objects holding
    // each field's latest value, and must still end where the full read does.
    for (const auto& [field, value] :
         {std::pair{QStringLiteral("email"), QStringLiteral("ada.one@example.org")},
          std::pair{QStringLiteral("lastName"), QStringLiteral("Lovelace")},
          std::pair{QStringLiteral("email"), QStringLiteral("ada.two@example.org")}}) {
        UpdateUserProfile change;
        if (field == QLatin1String("email"))
            change.email = value;
        else
            change.lastName = value;
        m_handler->updateProfile(ada.userId, change, m_context);
    }

    const UserAggregate loaded = m_handler->load(ada.userId);
    QCOMPARE(loaded.state().personal.username, QStringLiteral("ada"));
    QCOMPARE(loaded.state().personal.email, QStringLiteral("ada.two@example.org"));
    QCOMPARE(loaded.state().personal.firstName, QStringLiteral("Ada"));
    QCOMPARE(loaded.state().personal.lastName, QStringLiteral("Lovelace"));
    const UserAggregate full =
        UserAggregate::fromHistory(m_store->readStream(UserAggregate::streamIdFor(ada.userId)));
    QCOMPARE(loaded.version(), full.version());
    const UserState& a = loaded.state();
    const UserState& b = full.state();
    QCOMPARE(a.personal, b.personal);
    QCOMPARE(a.organizationId, b.organizationId);
    QCOMPARE(a.roles, b.roles);
    QCOMPARE(a.enabled, b.enabled);
    QCOMPARE(a.emailVerified, b.emailVerified);
    QCOMPARE(a.createdAtMs, b.createdAtMs);
    QCOMPARE(a.createdBy, QStringLiteral("tester@host"));
    QCOMPARE(a.updatedBy, QStringLiteral("tester@host"));
    QCOMPARE(a.updatedBy, b.updatedBy);
    QCOMPARE(a.updatedAtMs, b.updatedAtMs);
}

void TstUserCommandHandler::loginsAndSyncOutcomesAreFactsWithoutDelivery()
{
    const CommandResult ada = m_handler->create(user(QStringLiteral("ada")), m_context);
    const int outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
    QCOMPARE(m_handler->recordLogin(ada.userId, 5000, m_context).appendedEvents, 1);
    QCOMPARE(m_handler->recordLogin(ada.userId, 3000, m_context).appendedEvents, 0); // older: already covered
    QCOMPARE(m_handler->recordLogin(ada.userId, 9000, m_context).appendedEvents, 1);
    m_handler->recordSynced(
        ada.userId, UserSyncedToKeycloak{QStringLiteral("kc-42"), 1, QStringLiteral("create")}, m_context);
    const UserState state = m_handler->load(ada.userId).state();
    QCOMPARE(state.firstLoginAtMs, 5000);
    QCOMPARE(state.lastLoginAtMs, 9000);
    QCOMPARE(state.keycloakId, QStringLiteral("kc-42"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);

    // The deletion reaches Keycloak after the user is deleted: its outcome is still recorded.
    const CommandResult deleted = m_handler->remove(ada.userId, m_context);
    const CommandResult failed = m_handler->recordSyncFailed(
        ada.userId,
        UserSyncFailed{deleted.position, QStringLiteral("delete"), 403, QStringLiteral("forbidden")},
        m_context);
    QCOMPARE(failed.appendedEvents, 1);
    QVERIFY_THROWS_EXCEPTION(UserRuleError, m_handler->recordLogin(ada.userId, 10000, m_context));
}

QTEST_GUILESS_MAIN(TstUserCommandHandler)
#include "tst_usercommandhandler.moc"
