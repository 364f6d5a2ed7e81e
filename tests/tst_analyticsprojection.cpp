#include "commands/UserCommandHandler.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "projections/AnalyticsProjection.h"
#include "projections/ProjectionContext.h"
#include "projections/Projector.h"
#include "projections/ViewDatabase.h"
#include "queries/AnalyticsQueries.h"
#include "store/SqliteEventStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

namespace {

constexpr qint64 Day = 86400000;
constexpr qint64 Hour = 3600000;

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TstAnalyticsProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyLedgerHasZeroFiguresAndNoAverage();
    void everyFormula();
    void noLoginYetLeavesTheAverageEmpty();
    void firstLoginIsTheEarliestAndNeverNegative();
    void emailVerificationAndStatusChanges();
    void organisationChangeMovesTheUser();
    void dateRangeIsInclusiveOnCreationTime();
    void dateRangeFollowsTheTimeZone();
    void deletedUsersLeaveTheFigures();
    void signUpsPerDayAndWeek();
    void daysToFirstLoginDistribution();
    void touchesWhatChanged();
    void eventForAUserNeverCreatedThrows();
    void otherStreamsAndTypesAreIgnored();
    void figuresReadACoveringIndex();
    void realLedgerThroughTheCommandHandler();
    void throughTheProjectorRebuildEqualsIncremental();

private:
    RecordedEvent event(const QUuid& user, const UserEvent& e, qint64 atMs);
    RecordedEvent created(const QUuid& user, const QString& organization, qint64 atMs, bool enabled = true,
                          bool verified = false);
    ProjectedChanges project(const QList<RecordedEvent>& events);
    UserAnalytics figures(const std::optional<QString>& organization, std::optional<QDate> from = {},
                          std::optional<QDate> to = {});
    AnalyticsQuery query(const std::optional<QString>& organization, std::optional<QDate> from = {},
                         std::optional<QDate> to = {}) const;
    QString viewsPath() const { return m_dir->filePath(QStringLiteral("k.views.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ViewDatabase> m_views;
    std::unique_ptr<AnalyticsQueries> m_queries;
    AnalyticsProjection m_model;
    qint64 m_position = 0;
};

void TstAnalyticsProjection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_views = std::make_unique<ViewDatabase>(viewsPath());
    ProjectionContext context(m_views->connection(), QString());
    m_model.createTables(context);
    m_model.createIndexes(context);
    m_queries = std::make_unique<AnalyticsQueries>(viewsPath());
    m_position = 0;
}

void TstAnalyticsProjection::cleanup()
{
    m_queries.reset();
    m_views.reset();
    m_dir.reset();
}

RecordedEvent TstAnalyticsProjection::event(const QUuid& user, const UserEvent& e, qint64 atMs)
{
    const UserEventCodec::Encoded encoded = UserEventCodec::encode(e);
    RecordedEvent recorded;
    recorded.position = ++m_position;
    recorded.eventId = QUuid::createUuid();
    recorded.streamId = UserAggregate::streamIdFor(user);
    recorded.type = encoded.type;
    recorded.data = encoded.data;
    recorded.metadata.actor = QStringLiteral("tester@host");
    recorded.metadata.source = EventMetadata::sourceLocal();
    recorded.recordedAtMs = atMs;
    return recorded;
}

RecordedEvent TstAnalyticsProjection::created(const QUuid& user, const QString& organization, qint64 atMs,
                                              bool enabled, bool verified)
{
    UserCreated e;
    e.userId = user;
    e.personal.username = QStringLiteral("u") + QString::number(m_position + 1);
    e.personal.email = e.personal.username + QStringLiteral("@example.org");
    e.organizationId = organization;
    e.enabled = enabled;
    e.emailVerified = verified;
    return event(user, e, atMs);
}

ProjectedChanges TstAnalyticsProjection::project(const QList<RecordedEvent>& events)
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

AnalyticsQuery TstAnalyticsProjection::query(const std::optional<QString>& organization,
                                             std::optional<QDate> from, std::optional<QDate> to) const
{
    AnalyticsQuery q;
    q.organizationId = organization;
    q.from = from;
    q.to = to;
    q.timeZone = QTimeZone::utc();
    return q;
}

UserAnalytics TstAnalyticsProjection::figures(const std::optional<QString>& organization,
                                              std::optional<QDate> from, std::optional<QDate> to)
{
    return m_queries->figures(query(organization, from, to));
}

void TstAnalyticsProjection::emptyLedgerHasZeroFiguresAndNoAverage()
{
    const UserAnalytics all = figures(std::nullopt);
    QCOMPARE(all.total, 0);
    QCOMPARE(all.active, 0);
    QCOMPARE(all.inactive, 0);
    QCOMPARE(all.verified, 0);
    QCOMPARE(all.withLogin, 0);
    QVERIFY(!all.averageDaysToFirstLogin.has_value());
    QVERIFY(!all.organizationId.has_value());
    QVERIFY(m_queries->signUpsPerDay(query(std::nullopt)).isEmpty());
    QVERIFY(m_queries->daysToFirstLoginDistribution(query(std::nullopt)).isEmpty());
}

void TstAnalyticsProjection::everyFormula()
{
    const qint64 t0 = utc(2024, 3, 1, 9);
    const QUuid activeWithLogin = QUuid::createUuid();  // enabled, verified, login after 2 days
    const QUuid unverified = QUuid::createUuid();       // enabled, not verified, no login
    const QUuid disabledVerified = QUuid::createUuid(); // disabled, verified, login after 1.5 days
    const QUuid disabledOnly = QUuid::createUuid();     // disabled, not verified
    const QUuid otherOrg = QUuid::createUuid();         // elsewhere: never counted for acme
    project({created(activeWithLogin, QStringLiteral("acme"), t0, true, true),
             created(unverified, QStringLiteral("acme"), t0 + Hour, true, false),
             created(disabledVerified, QStringLiteral("acme"), t0 + 2 * Hour, false, true),
             created(disabledOnly, QStringLiteral("acme"), t0 + 3 * Hour, false, false),
             created(otherOrg, QStringLiteral("globex"), t0, true, true),
             event(activeWithLogin, UserLoggedIn{t0 + 2 * Day}, t0 + 2 * Day),
             event(disabledVerified, UserLoggedIn{t0 + 2 * Hour + Day + Day / 2}, t0 + 3 * Day),
             event(otherOrg, UserLoggedIn{t0 + 10 * Day}, t0 + 10 * Day)});

    const UserAnalytics acme = figures(QStringLiteral("acme"));
    QCOMPARE(acme.organizationId, std::optional<QString>(QStringLiteral("acme")));
    QCOMPARE(acme.total, 4);
    QCOMPARE(acme.active, 1);   // enabled && emailVerified
    QCOMPARE(acme.inactive, 2); // !enabled
    QCOMPARE(acme.verified, 2);
    QCOMPARE(acme.withLogin, 2);
    QVERIFY(acme.averageDaysToFirstLogin.has_value());
    QCOMPARE(*acme.averageDaysToFirstLogin, 1.75); // (2 + 1.5) / 2, fractional days

    const UserAnalytics all = figures(std::nullopt);
    QCOMPARE(all.total, 5);
    QCOMPARE(all.active, 2);
    QCOMPARE(all.inactive, 2);
    QCOMPARE(all.verified, 3);
    QCOMPARE(all.withLogin, 3);
    QCOMPARE(*all.averageDaysToFirstLogin, (2 + 1.5 + 10) / 3.0);

    const UserAnalytics nobody = figures(QStringLiteral("initech"));
    QCOMPARE(nobody.total, 0);
    QVERIFY(!nobody.averageDaysToFirstLogin.has_value());
}

void TstAnalyticsProjection::noLoginYetLeavesTheAverageEmpty()
{
    const qint64 t0 = utc(2024, 5, 1);
    project({created(QUuid::createUuid(), QStringLiteral("acme"), t0, true, true),
             created(QUuid::createUuid(), QStringLiteral("acme"), t0 + Day, true, false)});
    const UserAnalytics acme = figures(QStringLiteral("acme"));
    QCOMPARE(acme.total, 2);
    QCOMPARE(acme.withLogin, 0);
    QVERIFY(!acme.averageDaysToFirstLogin.has_value());
}

void TstAnalyticsProjection::firstLoginIsTheEarliestAndNeverNegative()
{
    const qint64 t0 = utc(2024, 5, 1);
    const QUuid late = QUuid::createUuid();
    const QUuid imported = QUuid::createUuid();
    // An import may deliver a later login first; the first login is the earliest one.
    project({created(late, QStringLiteral("acme"), t0), event(late, UserLoggedIn{t0 + 8 * Day}, t0 + 9 * Day),
             event(late, UserLoggedIn{t0 + 4 * Day}, t0 + 9 * Day),
             event(late, UserLoggedIn{t0 + 6 * Day}, t0 + 9 * Day)});
    QCOMPARE(*figures(QStringLiteral("acme")).averageDaysToFirstLogin, 4.0);

    // A user imported today who logged in to Keycloak last year: 0 days, not a negative delay.
    project({created(imported, QStringLiteral("acme"), t0 + 2 * Day),
             event(imported, UserLoggedIn{t0 - 300 * Day}, t0 + 2 * Day)});
    const UserAnalytics acme = figures(QStringLiteral("acme"));
    QCOMPARE(acme.withLogin, 2);
    QCOMPARE(*acme.averageDaysToFirstLogin, 2.0); // (4 + 0) / 2
}

void TstAnalyticsProjection::emailVerificationAndStatusChanges()
{
    const qint64 t0 = utc(2024, 5, 1);
    const QUuid user = QUuid::createUuid();
    project({created(user, QStringLiteral("acme"), t0, true, false)});
    UserAnalytics f = figures(QStringLiteral("acme"));
    QCOMPARE(f.active, 0);
    QCOMPARE(f.verified, 0);

    project({event(user, UserEmailVerified{}, t0 + Hour)});
    f = figures(QStringLiteral("acme"));
    QCOMPARE(f.active, 1);
    QCOMPARE(f.verified, 1);
    QCOMPARE(f.inactive, 0);

    project({event(user, UserDisabled{}, t0 + 2 * Hour)});
    f = figures(QStringLiteral("acme"));
    QCOMPARE(f.active, 0);
    QCOMPARE(f.inactive, 1);
    QCOMPARE(f.verified, 1);

    project({event(user, UserEnabled{}, t0 + 3 * Hour)});
    QCOMPARE(figures(QStringLiteral("acme")).active, 1);

    // Changing the e-mail address un-verifies it: the update carries emailVerified true -> false.
    UserUpdated changed;
    changed.changes = {
        FieldChange{QStringLiteral("email"), QStringLiteral("a@x.org"), QStringLiteral("b@x.org")},
        FieldChange{QStringLiteral("emailVerified"), QStringLiteral("true"), QStringLiteral("false")}};
    project({event(user, changed, t0 + 4 * Hour)});
    f = figures(QStringLiteral("acme"));
    QCOMPARE(f.active, 0);
    QCOMPARE(f.verified, 0);
    QCOMPARE(f.total, 1);
}

void TstAnalyticsProjection::organisationChangeMovesTheUser()
{
    const qint64 t0 = utc(2024, 5, 1);
    const QUuid mover = QUuid::createUuid();
    const QUuid stayer = QUuid::createUuid();
    project({created(mover, QStringLiteral("acme"), t0, true, true),
             created(stayer, QStringLiteral("acme"), t0, true, false),
             event(mover, UserLoggedIn{t0 + 3 * Day}, t0 + 3 * Day)});
    QCOMPARE(figures(QStringLiteral("acme")).total, 2);

    UserUpdated move;
    move.changes = {
        FieldChange{QStringLiteral("organizationId"), QStringLiteral("acme"), QStringLiteral("globex")}};
    const ProjectedChanges changes = project({event(mover, move, t0 + 5 * Day)});
    QCOMPARE(changes.organizations, (QSet<QString>{QStringLiteral("acme"), QStringLiteral("globex")}));
    QCOMPARE(changes.users, QSet<QUuid>{mover});

    const UserAnalytics acme = figures(QStringLiteral("acme"));
    QCOMPARE(acme.total, 1);
    QCOMPARE(acme.active, 0);
    QCOMPARE(acme.withLogin, 0);
    QVERIFY(!acme.averageDaysToFirstLogin.has_value());

    const UserAnalytics globex = figures(QStringLiteral("globex"));
    QCOMPARE(globex.total, 1);
    QCOMPARE(globex.active, 1);
    QCOMPARE(globex.withLogin, 1);
    QCOMPARE(*globex.averageDaysToFirstLogin, 3.0); // the creation time moves with the user
    QCOMPARE(figures(std::nullopt).total, 2);

    // Leaving every organisation: the users without one are the organisation "".
    UserUpdated leave;
    leave.changes = {FieldChange{QStringLiteral("organizationId"), QStringLiteral("globex"), QString()}};
    project({event(mover, leave, t0 + 6 * Day)});
    QCOMPARE(figures(QStringLiteral("globex")).total, 0);
    QCOMPARE(figures(QString(QLatin1String(""))).total, 1);
}

void TstAnalyticsProjection::dateRangeIsInclusiveOnCreationTime()
{
    project({created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 2, 29, 23, 59)),
             created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 3, 1)),
             created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 3, 15, 12)),
             created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 3, 31) + Day - 1),
             created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 4, 1))});
    const QDate march1(2024, 3, 1);
    const QDate march31(2024, 3, 31);
    QCOMPARE(figures(QStringLiteral("acme"), march1, march31).total, 3);
    QCOMPARE(figures(QStringLiteral("acme"), march1, march1).total, 1);
    QCOMPARE(figures(QStringLiteral("acme"), march31, march31).total, 1);
    QCOMPARE(figures(QStringLiteral("acme"), march1, std::nullopt).total, 4);
    QCOMPARE(figures(QStringLiteral("acme"), std::nullopt, march31).total, 4);
    QCOMPARE(figures(std::nullopt, march1, march31).total, 3);
    QCOMPARE(figures(QStringLiteral("acme"), QDate(2024, 4, 2), std::nullopt).total, 0);
    const UserAnalytics ranged = figures(QStringLiteral("acme"), march1, march31);
    QCOMPARE(ranged.from, std::optional<QDate>(march1));
    QCOMPARE(ranged.to, std::optional<QDate>(march31));
}

void TstAnalyticsProjection::dateRangeFollowsTheTimeZone()
{
    // 23:30 UTC on 31 March is already 1 April in Paris (UTC+2 in summer time).
    project({created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 3, 31, 23, 30))});
    AnalyticsQuery april = query(QStringLiteral("acme"), QDate(2024, 4, 1), QDate(2024, 4, 1));
    QCOMPARE(m_queries->figures(april).total, 0);
    april.timeZone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
    QVERIFY(april.timeZone.isValid());
    QCOMPARE(m_queries->figures(april).total, 1);
    const QList<QPair<QDate, int>> perDay = m_queries->signUpsPerDay(april);
    QCOMPARE(perDay, (QList<QPair<QDate, int>>{{QDate(2024, 4, 1), 1}}));
}

void TstAnalyticsProjection::deletedUsersLeaveTheFigures()
{
    const qint64 t0 = utc(2024, 5, 1);
    const QUuid gone = QUuid::createUuid();
    const QUuid kept = QUuid::createUuid();
    project({created(gone, QStringLiteral("acme"), t0, true, true), created(kept, QStringLiteral("acme"), t0),
             event(gone, UserLoggedIn{t0 + Day}, t0 + Day)});
    QCOMPARE(figures(QStringLiteral("acme")).withLogin, 1);

    const ProjectedChanges changes =
        project({event(gone, UserDisabled{}, t0 + 2 * Day), event(gone, UserDeleted{}, t0 + 2 * Day),
                 event(gone, UserSyncedToKeycloak{QString(), 3, QStringLiteral("delete")}, t0 + 3 * Day)});
    QVERIFY(changes.users.contains(gone));
    QVERIFY(changes.organizations.contains(QStringLiteral("acme")));
    const UserAnalytics acme = figures(QStringLiteral("acme"));
    QCOMPARE(acme.total, 1);
    QCOMPARE(acme.inactive, 0);
    QCOMPARE(acme.withLogin, 0);
    QVERIFY(!acme.averageDaysToFirstLogin.has_value());
    QCOMPARE(figures(std::nullopt).total, 1);
    QCOMPARE(m_queries->signUpsPerDay(query(std::nullopt)),
             (QList<QPair<QDate, int>>{{QDate(2024, 5, 1), 1}}));

    // The row stays, marked: a rebuild and the incremental model agree on what was deleted.
    QSqlQuery q(m_views->connection().database());
    QVERIFY(q.exec(QStringLiteral("SELECT deleted FROM analytics_users WHERE user_id = '%1'")
                       .arg(gone.toString(QUuid::WithoutBraces))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TstAnalyticsProjection::signUpsPerDayAndWeek()
{
    // Monday 2024-04-01 twice, Wednesday 04-03, Monday 04-08, Sunday 04-14 late in the day.
    project({created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 4, 1, 8)),
             created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 4, 1, 17)),
             created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 4, 3, 12)),
             created(QUuid::createUuid(), QStringLiteral("globex"), utc(2024, 4, 4, 12)),
             created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 4, 8, 0)),
             created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 4, 14, 23, 59))});

    const QList<QPair<QDate, int>> perDay = m_queries->signUpsPerDay(query(QStringLiteral("acme")));
    QCOMPARE(perDay.size(), 14); // 1 to 14 April, days without sign-ups included
    QCOMPARE(perDay.first(), qMakePair(QDate(2024, 4, 1), 2));
    QCOMPARE(perDay.at(1), qMakePair(QDate(2024, 4, 2), 0));
    QCOMPARE(perDay.at(2), qMakePair(QDate(2024, 4, 3), 1));
    QCOMPARE(perDay.at(3), qMakePair(QDate(2024, 4, 4), 0)); // globex's sign-up
    QCOMPARE(perDay.at(7), qMakePair(QDate(2024, 4, 8), 1));
    QCOMPARE(perDay.last(), qMakePair(QDate(2024, 4, 14), 1));
    int sum = 0;
    for (const auto& day : perDay)
        sum += day.second;
    QCOMPARE(sum, 5);

    // A range pads with zeros at both ends.
    const QList<QPair<QDate, int>> ranged =
        m_queries->signUpsPerDay(query(QStringLiteral("acme"), QDate(2024, 3, 30), QDate(2024, 4, 2)));
    QCOMPARE(ranged, (QList<QPair<QDate, int>>{{QDate(2024, 3, 30), 0},
                                               {QDate(2024, 3, 31), 0},
                                               {QDate(2024, 4, 1), 2},
                                               {QDate(2024, 4, 2), 0}}));

    const QList<QPair<QDate, int>> perWeek = m_queries->signUpsPerWeek(query(QStringLiteral("acme")));
    QCOMPARE(perWeek, (QList<QPair<QDate, int>>{{QDate(2024, 4, 1), 3}, {QDate(2024, 4, 8), 2}}));
    const QList<QPair<QDate, int>> allWeeks =
        m_queries->signUpsPerWeek(query(std::nullopt, QDate(2024, 3, 30), QDate(2024, 4, 9)));
    QCOMPARE(allWeeks, (QList<QPair<QDate, int>>{
                           {QDate(2024, 3, 25), 0}, {QDate(2024, 4, 1), 4}, {QDate(2024, 4, 8), 1}}));
}

void TstAnalyticsProjection::daysToFirstLoginDistribution()
{
    const qint64 t0 = utc(2024, 5, 1);
    QList<RecordedEvent> events;
    const auto user = [&](qint64 delay) {
        const QUuid id = QUuid::createUuid();
        events.append(created(id, QStringLiteral("acme"), t0));
        if (delay >= 0)
            events.append(event(id, UserLoggedIn{t0 + delay}, t0 + delay));
    };
    user(Hour);              // day 0
    user(Day - 1);           // day 0
    user(Day);               // day 1
    user(3 * Day + 5);       // day 3
    user(3 * Day + Day / 2); // day 3
    user(-1);                // never logged in: not in the distribution
    project(events);
    QCOMPARE(m_queries->daysToFirstLoginDistribution(query(QStringLiteral("acme"))),
             (QList<QPair<int, int>>{{0, 2}, {1, 1}, {3, 2}}));
    QVERIFY(m_queries->daysToFirstLoginDistribution(query(QStringLiteral("globex"))).isEmpty());
}

void TstAnalyticsProjection::touchesWhatChanged()
{
    const qint64 t0 = utc(2024, 5, 1);
    const QUuid user = QUuid::createUuid();
    ProjectedChanges changes = project({created(user, QStringLiteral("acme"), t0)});
    QCOMPARE(changes.users, QSet<QUuid>{user});
    QCOMPARE(changes.organizations, QSet<QString>{QStringLiteral("acme")});

    changes = project({event(user, UserLoggedIn{t0 + Day}, t0 + Day)});
    QCOMPARE(changes.users, QSet<QUuid>{user});
    QCOMPARE(changes.organizations, QSet<QString>{QStringLiteral("acme")});

    // A change of name is no figure: nothing to invalidate.
    UserUpdated renamed;
    renamed.changes = {
        FieldChange{QStringLiteral("lastName"), QStringLiteral("Lovelace"), QStringLiteral("King")}};
    changes = project({event(user, renamed, t0 + 2 * Day),
                       event(user, UserRolesChanged{{QStringLiteral("a")}, {}}, t0),
                       event(user, PasswordResetEmailRequested{}, t0)});
    QVERIFY(changes.isEmpty());
}

void TstAnalyticsProjection::eventForAUserNeverCreatedThrows()
{
    const QUuid ghost = QUuid::createUuid();
    for (const UserEvent& e : QList<UserEvent>{UserEnabled{}, UserDisabled{}, UserDeleted{},
                                               UserEmailVerified{}, UserLoggedIn{utc(2024, 1, 1)}}) {
        bool threw = false;
        try {
            project({event(ghost, e, utc(2024, 1, 1))});
        } catch (const std::exception& error) {
            threw = true;
            QVERIFY(QString::fromUtf8(error.what()).contains(ghost.toString(QUuid::WithoutBraces)));
        }
        QVERIFY(threw);
    }
    QCOMPARE(figures(std::nullopt).total, 0);
}

void TstAnalyticsProjection::otherStreamsAndTypesAreIgnored()
{
    RecordedEvent other;
    other.position = ++m_position;
    other.streamId = QStringLiteral("settings-1");
    other.type = QStringLiteral("UserCreated");
    other.data = QJsonObject{{QStringLiteral("organizationId"), QStringLiteral("acme")}};
    RecordedEvent unknown = created(QUuid::createUuid(), QStringLiteral("acme"), utc(2024, 1, 1));
    unknown.type = QStringLiteral("SomethingNew");
    QVERIFY(project({other, unknown}).isEmpty());
    QCOMPARE(figures(std::nullopt).total, 0);
}

void TstAnalyticsProjection::figuresReadACoveringIndex()
{
    QSqlQuery q(m_views->connection().database());
    const auto plan = [&](const QString& where) {
        QString text;
        if (!q.exec(QStringLiteral(
                        "EXPLAIN QUERY PLAN SELECT COUNT(*), SUM(enabled AND email_verified), "
                        "SUM(NOT enabled), SUM(email_verified), COUNT(first_login_at), "
                        "SUM(MAX(0, first_login_at - created_at)) FROM analytics_users WHERE deleted = 0 ") +
                    where))
            return text;
        while (q.next())
            text += q.value(3).toString() + QLatin1Char('\n');
        return text;
    };
    const QString perOrganization =
        plan(QStringLiteral("AND organization_id = 'acme' AND created_at >= 0 AND created_at < 99"));
    QVERIFY2(perOrganization.contains(QStringLiteral("USING COVERING INDEX analytics_users_org_created")),
             qPrintable(perOrganization));
    const QString everyOrganization = plan(QStringLiteral("AND created_at >= 0 AND created_at < 99"));
    QVERIFY2(everyOrganization.contains(QStringLiteral("USING COVERING INDEX analytics_users_created")),
             qPrintable(everyOrganization));
}

void TstAnalyticsProjection::realLedgerThroughTheCommandHandler()
{
    SqliteEventStore store(m_dir->filePath(QStringLiteral("k.db")),
                           SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler handler(store);
    const CommandContext context{QStringLiteral("tester@host"), EventMetadata::sourceLocal(), {}};
    const auto create = [&](const QString& name, const QString& organization) {
        CreateUser c;
        c.username = name;
        c.email = name + QStringLiteral("@example.org");
        c.organizationId = organization;
        return handler.create(c, context).userId;
    };
    const QUuid ada = create(QStringLiteral("ada"), QStringLiteral("acme"));
    const QUuid bob = create(QStringLiteral("bob"), QStringLiteral("acme"));
    const QUuid eve = create(QStringLiteral("eve"), QStringLiteral("acme"));
    const QUuid gus = create(QStringLiteral("gus"), QStringLiteral("globex"));
    handler.markEmailVerified(ada, context);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    handler.recordLogin(ada, now + 2 * Day, context);
    handler.recordLogin(ada, now + 5 * Day, context);
    handler.disable(bob, context);
    handler.remove(eve, context);
    UpdateUserProfile move;
    move.organizationId = QStringLiteral("acme");
    handler.updateProfile(gus, move, context);

    project(store.readAll(1, 1000));
    const UserAnalytics acme = figures(QStringLiteral("acme"));
    QCOMPARE(acme.total, 3); // ada, bob, gus; eve deleted
    QCOMPARE(acme.active, 1);
    QCOMPARE(acme.inactive, 1);
    QCOMPARE(acme.verified, 1);
    QCOMPARE(acme.withLogin, 1);
    QVERIFY(acme.averageDaysToFirstLogin.has_value());
    QVERIFY(*acme.averageDaysToFirstLogin >= 2.0 &&
            *acme.averageDaysToFirstLogin < 2.01); // created just before "now"
    QCOMPARE(figures(QStringLiteral("globex")).total, 0);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    QCOMPARE(figures(QStringLiteral("acme"), today.addDays(-1), today.addDays(1)).total, 3);
}

void TstAnalyticsProjection::throughTheProjectorRebuildEqualsIncremental()
{
    SqliteEventStore store(m_dir->filePath(QStringLiteral("k.db")),
                           SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler handler(store);
    const CommandContext context{QStringLiteral("tester@host"), EventMetadata::sourceLocal(), {}};
    std::vector<std::unique_ptr<ReadModel>> models;
    models.push_back(std::make_unique<AnalyticsProjection>());
    Projector projector(store, *m_views, std::move(models));
    projector.initialize();

    QList<QUuid> users;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto snapshot = [&] {
        QList<UserAnalytics> list;
        for (const std::optional<QString>& organization :
             {std::optional<QString>(), std::optional<QString>(QStringLiteral("org0")),
              std::optional<QString>(QStringLiteral("org1")), std::optional<QString>(QStringLiteral("org2"))})
            list.append(figures(organization));
        return list;
    };
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 40; ++i) {
            CreateUser c;
            c.username = QStringLiteral("user%1-%2").arg(round).arg(i);
            c.email = c.username + QStringLiteral("@example.org");
            c.organizationId = QStringLiteral("org%1").arg(i % 3);
            c.emailVerified = i % 2 == 0;
            users.append(handler.create(c, context).userId);
        }
        for (int i = round; i < users.size(); i += 3) {
            switch (i % 5) {
            case 0:
                handler.disable(users.at(i), context);
                break;
            case 1:
                handler.recordLogin(users.at(i), now + i * Hour + round * Day, context);
                break;
            case 2: {
                UpdateUserProfile move;
                move.organizationId = QStringLiteral("org%1").arg((i + round + 1) % 3);
                handler.updateProfile(users.at(i), move, context);
                break;
            }
            default:
                break;
            }
        }
        const qint64 head = store.lastPosition();
        QCOMPARE(projector.catchUp(), head);
    }
    const QList<UserAnalytics> incremental = snapshot();
    QCOMPARE(incremental.first().total, 120);
    QVERIFY(incremental.first().withLogin > 0);

    QVERIFY(projector.rebuild({QStringLiteral("analytics")}));
    QCOMPARE(snapshot(), incremental);
    QCOMPARE(projector.status().first().checkpoint, store.lastPosition());
}

QTEST_GUILESS_MAIN(TstAnalyticsProjection)
#include "tst_analyticsprojection.moc"
