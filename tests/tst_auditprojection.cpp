#include "commands/UserCommandHandler.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "projections/AuditProjection.h"
#include "projections/ProjectionContext.h"
#include "projections/Projector.h"
#include "projections/ViewDatabase.h"
#include "queries/AuditQueries.h"
#include "store/SqliteEventStore.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace keyledger;

namespace {

constexpr qint64 Hour = 3600000;

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

QDateTime utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

FieldDiff diff(const char* field, const char* before, const char* after)
{
    return FieldDiff{QString::fromUtf8(field), QString::fromUtf8(before), QString::fromUtf8(after)};
}

} // namespace

class TstAuditProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneRowPerEventWithSummariesAndDiffs();
    void usernameAndOrganisationAtThatTime();
    void createdWithoutOptionalFields();
    void updateSummaryOrdersFieldsAndNamesEmptyValues();
    void rolesDiffFollowsTheUsersRoles();
    void diffJsonEscapesAndSummaryStaysOnOneLine();
    void loginsAndSyncOutcomes();
    void otherStreamsAndUnknownTypesStillGetARow();
    void filtersCombineAndCount();
    void pagingByPosition();
    void timeFilterIsExactWhenTheClockGoesBack();
    void timeFilterMatchesANaiveScan();
    void touchesTheUserAndItsOrganisation();
    void filtersUseTheirIndexes();
    void throughTheProjectorRebuildEqualsIncremental();

private:
    RecordedEvent event(const QUuid& user, const UserEvent& e, qint64 atMs,
                        const QString& actor = QStringLiteral("alice@laptop"),
                        const QString& source = EventMetadata::sourceLocal());
    RecordedEvent created(const QUuid& user, const QString& username, const QString& organization,
                          qint64 atMs, const QStringList& roles = {});
    ProjectedChanges project(const QList<RecordedEvent>& events);
    QList<AuditEntry> all();
    QString viewsPath() const { return m_dir->filePath(QStringLiteral("k.views.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ViewDatabase> m_views;
    std::unique_ptr<AuditQueries> m_queries;
    AuditProjection m_model;
    qint64 m_position = 0;
};

void TstAuditProjection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_views = std::make_unique<ViewDatabase>(viewsPath());
    ProjectionContext context(m_views->connection(), QString());
    m_model.createTables(context);
    m_model.createIndexes(context);
    m_queries = std::make_unique<AuditQueries>(viewsPath());
    m_position = 0;
}

void TstAuditProjection::cleanup()
{
    m_queries.reset();
    m_views.reset();
    m_dir.reset();
}

RecordedEvent TstAuditProjection::event(const QUuid& user, const UserEvent& e, qint64 atMs,
                                        const QString& actor, const QString& source)
{
    const UserEventCodec::Encoded encoded = UserEventCodec::encode(e);
    RecordedEvent recorded;
    recorded.position = ++m_position;
    recorded.eventId = QUuid::createUuid();
    recorded.streamId = UserAggregate::streamIdFor(user);
    recorded.type = encoded.type;
    recorded.data = encoded.data;
    recorded.metadata.actor = actor;
    recorded.metadata.source = source;
    recorded.recordedAtMs = atMs;
    return recorded;
}

RecordedEvent TstAuditProjection::created(const QUuid& user, const QString& username,
                                          const QString& organization, qint64 atMs, const QStringList& roles)
{
    UserCreated e;
    e.userId = user;
    e.personal.username = username;
    e.personal.email = username + QStringLiteral("@example.org");
    e.organizationId = organization;
    e.roles = roles;
    return event(user, e, atMs);
}

ProjectedChanges TstAuditProjection::project(const QList<RecordedEvent>& events)
{
    ProjectionContext context(m_views->connection(), QString());
    m_views->connection().beginWrite();
    try {
        for (const RecordedEvent& e : events)
            m_model.apply(e, context);
        context.flushStates(); // the rows the model kept in memory, as the projector writes them
    } catch (...) {
        m_views->connection().rollback();
        throw;
    }
    m_views->connection().commit();
    return context.takeChanges();
}

QList<AuditEntry> TstAuditProjection::all()
{
    return m_queries->entries(AuditFilter{});
}

void TstAuditProjection::oneRowPerEventWithSummariesAndDiffs()
{
    SqliteEventStore store(m_dir->filePath(QStringLiteral("k.db")),
                           SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler handler(store);
    const CommandContext local{QStringLiteral("alice@laptop"), EventMetadata::sourceLocal(), {}};
    const CommandContext keycloak{QStringLiteral("keycloak-sync"), EventMetadata::sourceKeycloakImport(), {}};

    CreateUser create;
    create.username = QStringLiteral("ada");
    create.email = QStringLiteral("ada@example.org");
    create.firstName = QStringLiteral("Ada");
    create.lastName = QStringLiteral("Lovelace");
    create.organizationId = QStringLiteral("acme");
    create.roles = {QStringLiteral("admin")};
    const QUuid ada = handler.create(create, local).userId;
    UpdateUserProfile rename;
    rename.lastName = QStringLiteral("King");
    handler.updateProfile(ada, rename, local);
    handler.disable(ada, local);
    handler.enable(ada, local);
    handler.changeRoles(ada, ChangeUserRoles{{QStringLiteral("auditor")}, {QStringLiteral("admin")}}, local);
    handler.markEmailVerified(ada, local);
    handler.requestPasswordReset(ada, local);
    const qint64 loginAt = utc(2024, 5, 1, 10);
    handler.recordLogin(ada, loginAt, keycloak);
    handler.recordSynced(ada, UserSyncedToKeycloak{QStringLiteral("kc-123"), 1, QStringLiteral("create")},
                         keycloak);
    handler.recordSyncFailed(
        ada, UserSyncFailed{2, QStringLiteral("update"), 409, QStringLiteral("User exists\nwith same email")},
        keycloak);
    handler.remove(ada, local);

    const QList<RecordedEvent> events = store.readAll(1, 100);
    QCOMPARE(events.size(), 11);
    project(events);

    const QList<AuditEntry> entries = all();
    QCOMPARE(entries.size(), events.size());
    QCOMPARE(m_queries->count(AuditFilter{}), events.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& entry = entries.at(i);
        const RecordedEvent& source = events.at(i);
        QCOMPARE(entry.position, source.position);
        QCOMPARE(entry.timeMs, source.recordedAtMs);
        QCOMPARE(entry.streamId, source.streamId);
        QCOMPARE(entry.userId, ada);
        QCOMPARE(entry.username, QStringLiteral("ada"));
        QCOMPARE(entry.organizationId, QStringLiteral("acme"));
        QCOMPARE(entry.type, source.type);
        QCOMPARE(entry.actor, source.metadata.actor);
        QCOMPARE(entry.source, source.metadata.source);
    }

    const QStringList summaries{
        QStringLiteral("Created ada (ada@example.org) in acme with role admin"),
        QStringLiteral("Changed last name: Lovelace \u2192 King"),
        QStringLiteral("Disabled"),
        QStringLiteral("Enabled"),
        QStringLiteral("Added role auditor; removed role admin"),
        QStringLiteral("E-mail verified"),
        QStringLiteral("Password reset e-mail requested (UPDATE_PASSWORD)"),
        QStringLiteral("Login at 2024-05-01T10:00:00.000Z"),
        QStringLiteral("Synced to Keycloak (create, id kc-123)"),
        QStringLiteral("Keycloak refused update: HTTP 409 User exists with same email"),
        QStringLiteral("Deleted"),
    };
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).summary, summaries.at(i));

    QCOMPARE(entries.at(0).diff,
             (QList<FieldDiff>{diff("username", "", "ada"), diff("email", "", "ada@example.org"),
                               diff("firstName", "", "Ada"), diff("lastName", "", "Lovelace"),
                               diff("organizationId", "", "acme"), diff("roles", "", "admin"),
                               diff("enabled", "", "true"), diff("emailVerified", "", "false")}));
    QCOMPARE(entries.at(1).diff, QList<FieldDiff>{diff("lastName", "Lovelace", "King")});
    QCOMPARE(entries.at(2).diff, QList<FieldDiff>{diff("enabled", "true", "false")});
    QCOMPARE(entries.at(3).diff, QList<FieldDiff>{diff("enabled", "false", "true")});
    QCOMPARE(entries.at(4).diff, QList<FieldDiff>{diff("roles", "admin", "auditor")});
    QCOMPARE(entries.at(5).diff, QList<FieldDiff>{diff("emailVerified", "false", "true")});
    QVERIFY(entries.at(6).diff.isEmpty());
    QCOMPARE(entries.at(7).diff, QList<FieldDiff>{diff("lastLoginAt", "", "2024-05-01T10:00:00.000Z")});
    QCOMPARE(entries.at(8).diff, QList<FieldDiff>{diff("keycloakId", "", "kc-123")});
    QVERIFY(entries.at(9).diff.isEmpty());
    QCOMPARE(entries.at(10).diff, QList<FieldDiff>{diff("deleted", "false", "true")});
}

void TstAuditProjection::usernameAndOrganisationAtThatTime()
{
    const qint64 t0 = utc(2024, 5, 1);
    const QUuid ada = QUuid::createUuid();
    UserUpdated move;
    move.changes = {
        FieldChange{QStringLiteral("organizationId"), QStringLiteral("acme"), QStringLiteral("globex")}};
    UserUpdated leave;
    leave.changes = {FieldChange{QStringLiteral("organizationId"), QStringLiteral("globex"), QString()}};
    project({created(ada, QStringLiteral("ada"), QStringLiteral("acme"), t0),
             event(ada, UserDisabled{}, t0 + 1), event(ada, move, t0 + 2), event(ada, UserEnabled{}, t0 + 3),
             event(ada, leave, t0 + 4), event(ada, UserDeleted{}, t0 + 5)});
    const QList<AuditEntry> entries = all();
    QCOMPARE(entries.size(), 6);
    QStringList organizations;
    for (const AuditEntry& entry : entries) {
        organizations.append(entry.organizationId);
        QCOMPARE(entry.username, QStringLiteral("ada")); // usernames never change today
    }
    // The move is filed under the organisation it leads to; its diff names the one it left.
    QCOMPARE(organizations,
             (QStringList{QStringLiteral("acme"), QStringLiteral("acme"), QStringLiteral("globex"),
                          QStringLiteral("globex"), QString(), QString()}));
    QCOMPARE(entries.at(2).summary, QStringLiteral("Changed organisation: acme \u2192 globex"));
    QCOMPARE(entries.at(2).diff, QList<FieldDiff>{diff("organizationId", "acme", "globex")});
    QCOMPARE(entries.at(4).summary, QStringLiteral("Changed organisation: globex \u2192 (none)"));

    // If a username ever changes (a Keycloak rename imported as a change), later rows follow.
    UserUpdated renamed;
    renamed.changes = {
        FieldChange{QStringLiteral("username"), QStringLiteral("ada"), QStringLiteral("ada.king")}};
    const QUuid bob = QUuid::createUuid();
    project({created(bob, QStringLiteral("ada"), QStringLiteral("acme"), t0 + 6), event(bob, renamed, t0 + 7),
             event(bob, UserDisabled{}, t0 + 8)});
    const QList<AuditEntry> bobs = m_queries->entries(AuditFilter{bob, {}, {}, {}, {}, {}, 0, 0});
    QCOMPARE(bobs.size(), 3);
    QCOMPARE(bobs.at(0).username, QStringLiteral("ada"));
    QCOMPARE(bobs.at(1).username, QStringLiteral("ada.king"));
    QCOMPARE(bobs.at(2).username, QStringLiteral("ada.king"));
}

void TstAuditProjection::createdWithoutOptionalFields()
{
    UserCreated e;
    e.userId = QUuid::createUuid();
    e.personal.username = QStringLiteral("grace");
    e.enabled = false;
    e.emailVerified = false;
    RecordedEvent bare = event(e.userId, e, utc(2024, 5, 1));
    UserCreated full;
    full.userId = QUuid::createUuid();
    full.personal.username = QStringLiteral("linus");
    full.personal.email = QStringLiteral("linus@example.org");
    full.organizationId = QStringLiteral("acme");
    full.roles = {QStringLiteral("viewer"), QStringLiteral("admin")};
    full.emailVerified = true;
    project({bare, event(full.userId, full, utc(2024, 5, 1))});
    const QList<AuditEntry> entries = all();
    QCOMPARE(entries.at(0).summary, QStringLiteral("Created grace, disabled"));
    QCOMPARE(entries.at(0).diff,
             (QList<FieldDiff>{diff("username", "", "grace"), diff("enabled", "", "false"),
                               diff("emailVerified", "", "false")}));
    QCOMPARE(entries.at(1).summary,
             QStringLiteral(
                 "Created linus (linus@example.org) in acme with roles admin, viewer, e-mail verified"));
    QCOMPARE(entries.at(1).diff.at(3), diff("roles", "", "admin, viewer"));
}

void TstAuditProjection::updateSummaryOrdersFieldsAndNamesEmptyValues()
{
    const QUuid ada = QUuid::createUuid();
    UserUpdated update;
    update.changes = {
        FieldChange{QStringLiteral("emailVerified"), QStringLiteral("true"), QStringLiteral("false")},
        FieldChange{QStringLiteral("firstName"), QString(), QStringLiteral("Ada")},
        FieldChange{QStringLiteral("email"), QStringLiteral("ada@example.org"),
                    QStringLiteral("ada@acme.org")},
    };
    project({created(ada, QStringLiteral("ada"), QStringLiteral("acme"), utc(2024, 5, 1)),
             event(ada, update, utc(2024, 5, 2))});
    const AuditEntry entry = all().at(1);
    QCOMPARE(entry.summary, QStringLiteral("Changed e-mail: ada@example.org \u2192 ada@acme.org; first name: "
                                           "(none) \u2192 Ada; e-mail verified: yes \u2192 no"));
    QCOMPARE(entry.diff,
             (QList<FieldDiff>{diff("email", "ada@example.org", "ada@acme.org"), diff("firstName", "", "Ada"),
                               diff("emailVerified", "true", "false")}));
}

void TstAuditProjection::diffJsonEscapesAndSummaryStaysOnOneLine()
{
    const QUuid ada = QUuid::createUuid();
    const QString odd = QStringLiteral("O\"Brien \\ é中\n\tsecond line \x01");
    UserUpdated update;
    update.changes = {FieldChange{QStringLiteral("lastName"), QStringLiteral("King"), odd}};
    project({created(ada, QStringLiteral("ada"), QStringLiteral("acme"), utc(2024, 5, 1)),
             event(ada, update, utc(2024, 5, 2))});
    const AuditEntry entry = all().at(1);
    QCOMPARE(entry.diff,
             (QList<FieldDiff>{FieldDiff{QStringLiteral("lastName"), QStringLiteral("King"), odd}}));
    QVERIFY(!entry.summary.contains(QLatin1Char('\n')));
    QCOMPARE(entry.summary, QStringLiteral("Changed last name: King → O\"Brien \\ é中 second line \x01"));
}

void TstAuditProjection::rolesDiffFollowsTheUsersRoles()
{
    const QUuid ada = QUuid::createUuid();
    const qint64 t0 = utc(2024, 5, 1);
    project({created(ada, QStringLiteral("ada"), QStringLiteral("acme"), t0, {QStringLiteral("viewer")}),
             event(ada, UserRolesChanged{{QStringLiteral("editor"), QStringLiteral("admin")}, {}}, t0 + 1),
             event(ada, UserRolesChanged{{}, {QStringLiteral("viewer"), QStringLiteral("admin")}}, t0 + 2),
             event(ada, UserRolesChanged{{QStringLiteral("owner")}, {QStringLiteral("editor")}}, t0 + 3)});
    const QList<AuditEntry> entries = all();
    QCOMPARE(entries.at(1).summary, QStringLiteral("Added roles admin, editor"));
    QCOMPARE(entries.at(1).diff, QList<FieldDiff>{diff("roles", "viewer", "admin, editor, viewer")});
    QCOMPARE(entries.at(2).summary, QStringLiteral("Removed roles admin, viewer"));
    QCOMPARE(entries.at(2).diff, QList<FieldDiff>{diff("roles", "admin, editor, viewer", "editor")});
    QCOMPARE(entries.at(3).summary, QStringLiteral("Added role owner; removed role editor"));
    QCOMPARE(entries.at(3).diff, QList<FieldDiff>{diff("roles", "editor", "owner")});
}

void TstAuditProjection::loginsAndSyncOutcomes()
{
    const QUuid ada = QUuid::createUuid();
    const qint64 t0 = utc(2024, 5, 1);
    const qint64 first = utc(2024, 5, 2, 8, 30);
    const qint64 second = utc(2024, 5, 3, 9);
    project({created(ada, QStringLiteral("ada"), QStringLiteral("acme"), t0),
             event(ada, UserLoggedIn{first}, t0 + 1), event(ada, UserLoggedIn{second}, t0 + 2),
             event(ada, UserSyncedToKeycloak{QString(), 4, QStringLiteral("update")}, t0 + 3),
             event(ada, UserSyncFailed{5, QStringLiteral("delete"), 0, QStringLiteral("timeout")}, t0 + 4),
             event(ada, UserSyncedToKeycloak{QStringLiteral("kc-9"), 1, QString()}, t0 + 5)});
    const QList<AuditEntry> entries = all();
    QCOMPARE(entries.at(1).summary, QStringLiteral("Login at 2024-05-02T08:30:00.000Z"));
    QCOMPARE(entries.at(2).diff,
             QList<FieldDiff>{diff("lastLoginAt", "2024-05-02T08:30:00.000Z", "2024-05-03T09:00:00.000Z")});
    QCOMPARE(entries.at(3).summary, QStringLiteral("Synced to Keycloak (update)"));
    QVERIFY(entries.at(3).diff.isEmpty());
    QCOMPARE(entries.at(4).summary, QStringLiteral("Keycloak refused delete: timeout"));
    QCOMPARE(entries.at(5).summary, QStringLiteral("Synced to Keycloak (id kc-9)"));
    QCOMPARE(entries.at(5).diff, QList<FieldDiff>{diff("keycloakId", "", "kc-9")});
}

void TstAuditProjection::otherStreamsAndUnknownTypesStillGetARow()
{
    RecordedEvent other;
    other.position = ++m_position;
    other.streamId = QStringLiteral("settings-1");
    other.type = QStringLiteral("ServerProfileAdded");
    other.metadata.actor = QStringLiteral("alice@laptop");
    other.metadata.source = EventMetadata::sourceLocal();
    other.recordedAtMs = utc(2024, 5, 1);
    const QUuid ada = QUuid::createUuid();
    const RecordedEvent adaCreated =
        created(ada, QStringLiteral("ada"), QStringLiteral("acme"), utc(2024, 5, 1));
    RecordedEvent unknown = event(ada, UserEnabled{}, utc(2024, 5, 2));
    unknown.type = QStringLiteral("UserNicknameChosen");
    project({other, adaCreated, unknown});
    const QList<AuditEntry> entries = all();
    QCOMPARE(entries.size(), 3);
    QVERIFY(entries.at(0).userId.isNull());
    QCOMPARE(entries.at(0).streamId, QStringLiteral("settings-1"));
    QCOMPARE(entries.at(0).summary, QStringLiteral("ServerProfileAdded"));
    QVERIFY(entries.at(0).diff.isEmpty());
    QCOMPARE(entries.at(2).summary, QStringLiteral("UserNicknameChosen"));
    QCOMPARE(entries.at(2).username, QStringLiteral("ada"));
}

void TstAuditProjection::filtersCombineAndCount()
{
    const QUuid ada = QUuid::createUuid();
    const QUuid bob = QUuid::createUuid();
    const qint64 t0 = utc(2024, 5, 1);
    const QString alice = QStringLiteral("alice@laptop");
    const QString sync = QStringLiteral("keycloak-sync");
    const QString import = EventMetadata::sourceKeycloakImport();
    project({created(ada, QStringLiteral("ada"), QStringLiteral("acme"), t0),          // 1
             created(bob, QStringLiteral("bob"), QStringLiteral("acme"), t0 + Hour),   // 2
             event(ada, UserDisabled{}, t0 + 24 * Hour, alice),                        // 3
             event(bob, UserDisabled{}, t0 + 25 * Hour, QStringLiteral("carol@desk")), // 4
             event(ada, UserLoggedIn{t0}, t0 + 48 * Hour, sync, import),               // 5
             event(bob, UserLoggedIn{t0}, t0 + 49 * Hour, sync, import),               // 6
             event(ada, UserEnabled{}, t0 + 72 * Hour - 1, alice)});                   // 7
    const auto positions = [&](const AuditFilter& filter) {
        QList<qint64> list;
        for (const AuditEntry& entry : m_queries->entries(filter))
            list.append(entry.position);
        if (m_queries->count(filter) != list.size())
            list.append(-1); // the count disagrees with the entries
        return list;
    };
    AuditFilter byUser;
    byUser.userId = ada;
    QCOMPARE(positions(byUser), (QList<qint64>{1, 3, 5, 7}));
    AuditFilter byActor;
    byActor.actor = QStringLiteral("carol@desk");
    QCOMPARE(positions(byActor), QList<qint64>{4});
    AuditFilter byType;
    byType.type = QStringLiteral("UserDisabled");
    QCOMPARE(positions(byType), (QList<qint64>{3, 4}));
    AuditFilter bySource;
    bySource.source = import;
    QCOMPARE(positions(bySource), (QList<qint64>{5, 6}));
    // Both ends inclusive, to the millisecond.
    AuditFilter byTime;
    byTime.from = utcTime(t0 + 24 * Hour);
    byTime.to = utcTime(t0 + 48 * Hour);
    QCOMPARE(positions(byTime), (QList<qint64>{3, 4, 5}));
    AuditFilter wholeDay;
    wholeDay.from = QDate(2024, 5, 3).startOfDay(QTimeZone::utc());
    wholeDay.to = QDate(2024, 5, 3).endOfDay(QTimeZone::utc());
    QCOMPARE(positions(wholeDay), (QList<qint64>{5, 6, 7}));
    AuditFilter combined;
    combined.userId = ada;
    combined.actor = alice;
    combined.from = utcTime(t0 + Hour);
    QCOMPARE(positions(combined), (QList<qint64>{3, 7}));
    combined.type = QStringLiteral("UserEnabled");
    QCOMPARE(positions(combined), QList<qint64>{7});
    combined.source = import;
    QCOMPARE(positions(combined), QList<qint64>{});
    AuditFilter nobody;
    nobody.userId = QUuid::createUuid();
    QCOMPARE(positions(nobody), QList<qint64>{});
}

void TstAuditProjection::pagingByPosition()
{
    const qint64 t0 = utc(2024, 5, 1);
    QList<RecordedEvent> events;
    const QUuid ada = QUuid::createUuid();
    const QUuid bob = QUuid::createUuid();
    events.append(created(ada, QStringLiteral("ada"), QStringLiteral("acme"), t0));
    events.append(created(bob, QStringLiteral("bob"), QStringLiteral("acme"), t0));
    for (int i = 0; i < 24; ++i)
        events.append(event(i % 2 ? ada : bob,
                            i % 4 < 2 ? UserEvent{UserDisabled{}} : UserEvent{UserEnabled{}}, t0 + i));
    project(events);

    AuditFilter filter;
    filter.userId = ada;
    filter.limit = 5;
    QList<qint64> seen;
    int pages = 0;
    for (;;) {
        const QList<AuditEntry> page = m_queries->entries(filter);
        if (page.isEmpty())
            break;
        ++pages;
        QVERIFY(page.size() <= 5);
        for (const AuditEntry& entry : page) {
            QVERIFY(entry.position > filter.afterPosition);
            QCOMPARE(entry.userId, ada);
            seen.append(entry.position);
        }
        filter.afterPosition = page.last().position;
        QCOMPARE(m_queries->count(filter), 13); // paging does not change the total
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 13);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(m_queries->entries(AuditFilter{}).size(), 26); // no limit: everything
}

void TstAuditProjection::timeFilterIsExactWhenTheClockGoesBack()
{
    const qint64 t0 = utc(2024, 5, 1);
    const QUuid ada = QUuid::createUuid();
    // Recorded at 10, 20, 15, 30, 12, 40 minutes: the writer's clock went back twice.
    const qint64 minute = 60000;
    project({created(ada, QStringLiteral("ada"), QStringLiteral("acme"), t0 + 10 * minute),
             event(ada, UserDisabled{}, t0 + 20 * minute), event(ada, UserEnabled{}, t0 + 15 * minute),
             event(ada, UserDisabled{}, t0 + 30 * minute), event(ada, UserEnabled{}, t0 + 12 * minute),
             event(ada, UserDisabled{}, t0 + 40 * minute)});
    const auto positions = [&](std::optional<qint64> from, std::optional<qint64> to, int limit = 0) {
        AuditFilter filter;
        if (from)
            filter.from = utcTime(t0 + *from * minute);
        if (to)
            filter.to = utcTime(t0 + *to * minute);
        filter.limit = limit;
        const qint64 total = m_queries->count(filter);
        QList<qint64> list;
        for (;;) {
            const QList<AuditEntry> page = m_queries->entries(filter);
            for (const AuditEntry& entry : page)
                list.append(entry.position);
            if (page.isEmpty() || limit == 0)
                break;
            filter.afterPosition = page.last().position;
        }
        if (total != list.size())
            list.append(-1); // the count disagrees with the entries
        return list;
    };
    QCOMPARE(positions(12, 20), (QList<qint64>{2, 3, 5}));
    QCOMPARE(positions(12, 20, 1), (QList<qint64>{2, 3, 5}));
    QCOMPARE(positions(14, 16), QList<qint64>{3});
    QCOMPARE(positions(std::nullopt, 12), (QList<qint64>{1, 5}));
    QCOMPARE(positions(std::nullopt, 12, 1), (QList<qint64>{1, 5}));
    QCOMPARE(positions(35, std::nullopt), QList<qint64>{6});
    QCOMPARE(positions(41, std::nullopt), QList<qint64>{});
    QCOMPARE(positions(std::nullopt, 9), QList<qint64>{});
    QCOMPARE(positions(21, 29), QList<qint64>{});
}

void TstAuditProjection::timeFilterMatchesANaiveScan()
{
    // Random clocks that mostly advance and sometimes jump back; every range, paged or not, and
    // combined with a type filter, matches a plain scan of the rows.
    QRandomGenerator random(26);
    const QUuid ada = QUuid::createUuid();
    const qint64 t0 = utc(2024, 5, 1);
    qint64 clock = t0;
    QList<RecordedEvent> events{created(ada, QStringLiteral("ada"), QStringLiteral("acme"), clock)};
    for (int i = 0; i < 300; ++i) {
        clock += random.bounded(10) < 8 ? random.bounded(1000) : -random.bounded(5000);
        events.append(event(ada, i % 2 ? UserEvent{UserEnabled{}} : UserEvent{UserDisabled{}}, clock));
    }
    project(events);
    for (int round = 0; round < 200; ++round) {
        AuditFilter filter;
        const qint64 a = t0 - 20000 + random.bounded(200000);
        const qint64 b = a + random.bounded(60000);
        if (round % 4 != 1)
            filter.from = utcTime(a);
        if (round % 4 != 2)
            filter.to = utcTime(b);
        if (round % 3 == 0)
            filter.type = QStringLiteral("UserEnabled");
        QList<qint64> expected;
        for (const RecordedEvent& e : std::as_const(events)) {
            if ((!filter.from.isValid() || e.recordedAtMs >= a) &&
                (!filter.to.isValid() || e.recordedAtMs <= b) &&
                (filter.type.isEmpty() || e.type == filter.type))
                expected.append(e.position);
        }
        QCOMPARE(m_queries->count(filter), expected.size());
        filter.limit = 1 + random.bounded(7);
        QList<qint64> paged;
        for (;;) {
            const QList<AuditEntry> page = m_queries->entries(filter);
            QVERIFY(page.size() <= filter.limit);
            if (page.isEmpty())
                break;
            for (const AuditEntry& entry : page)
                paged.append(entry.position);
            filter.afterPosition = page.last().position;
        }
        QCOMPARE(paged, expected);
    }
}

void TstAuditProjection::touchesTheUserAndItsOrganisation()
{
    const QUuid ada = QUuid::createUuid();
    const ProjectedChanges changes =
        project({created(ada, QStringLiteral("ada"), QStringLiteral("acme"), utc(2024, 5, 1)),
                 event(ada, UserDisabled{}, utc(2024, 5, 2))});
    QCOMPARE(changes.users, QSet<QUuid>{ada});
    QCOMPARE(changes.organizations, QSet<QString>{QStringLiteral("acme")});
}

void TstAuditProjection::filtersUseTheirIndexes()
{
    QSqlQuery q(m_views->connection().database());
    const auto plan = [&](const QString& where) {
        QString text;
        if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM audit_entries WHERE ") + where +
                    QStringLiteral(" AND position > 0 ORDER BY position LIMIT 50")))
            return text;
        while (q.next())
            text += q.value(3).toString() + QLatin1Char('\n');
        return text;
    };
    for (const auto& [where, index] : QList<QPair<QString, QString>>{
             {QStringLiteral("user_id = 'x'"), QStringLiteral("audit_entries_user")},
             {QStringLiteral("actor = 'x'"), QStringLiteral("audit_entries_actor")},
             {QStringLiteral("type = 'x'"), QStringLiteral("audit_entries_type")},
             {QStringLiteral("source = 'x'"), QStringLiteral("audit_entries_source")}}) {
        const QString text = plan(where);
        QVERIFY2(text.contains(QStringLiteral("USING INDEX ") + index), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(text)); // already in position order
    }
}

void TstAuditProjection::throughTheProjectorRebuildEqualsIncremental()
{
    SqliteEventStore store(m_dir->filePath(QStringLiteral("k.db")),
                           SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler handler(store);
    const CommandContext context{QStringLiteral("alice@laptop"), EventMetadata::sourceLocal(), {}};
    std::vector<std::unique_ptr<ReadModel>> models;
    models.push_back(std::make_unique<AuditProjection>());
    Projector projector(store, *m_views, std::move(models));
    projector.initialize();

    QList<QUuid> users;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 20; ++i) {
            CreateUser c;
            c.username = QStringLiteral("user%1-%2").arg(round).arg(i);
            c.email = c.username + QStringLiteral("@example.org");
            c.organizationId = QStringLiteral("org%1").arg(i % 3);
            c.roles = {QStringLiteral("viewer")};
            users.append(handler.create(c, context).userId);
        }
        for (int i = round; i < users.size(); i += 2) {
            if (i % 3 == 0)
                handler.changeRoles(users.at(i), ChangeUserRoles{{QStringLiteral("r%1").arg(round)}, {}},
                                    context);
            else if (i % 3 == 1)
                handler.disable(users.at(i), context);
            else {
                UpdateUserProfile move;
                move.organizationId = QStringLiteral("org%1").arg(round);
                move.lastName = QStringLiteral("Name %1").arg(round);
                handler.updateProfile(users.at(i), move, context);
            }
        }
        QCOMPARE(projector.catchUp(), store.lastPosition());
    }
    const QList<AuditEntry> incremental = all();
    QCOMPARE(incremental.size(), store.lastPosition());

    QVERIFY(projector.rebuild({QStringLiteral("audit")}));
    QCOMPARE(all(), incremental);
    AuditFilter page;
    page.userId = users.at(3);
    QCOMPARE(m_queries->count(page), 1 + 1); // created, roles changed in round 1 (3 % 2 == 1)
}

QTEST_GUILESS_MAIN(TstAuditProjection)
#include "tst_auditprojection.moc"
