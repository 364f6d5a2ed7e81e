#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "domain/UserRuleError.h"
#include "domain/ValidationError.h"

#include <QJsonDocument>
#include <QTest>

using namespace keyledger;

class TstUserAggregate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createNormalisesAndValidates();
    void createReportsEveryBadField();
    void updateRecordsOnlyChangedFieldsWithBeforeAndAfter();
    void changingAVerifiedEmailUnverifiesIt();
    void enableAndDisableAreIdempotentDecisions();
    void rolesChangeOnlyWhatDiffers();
    void deletedUserOnlyAllowsReads();
    void unknownUserIsNotFound();
    void passwordResetNeedsAnEnabledUserWithEmail();
    void personalFieldsLiveInOnePart();
    void rebuildsFromStoredEvents();
    void refusesEventsOutOfOrder();

private:
    static UserAggregate replay(const QList<UserEvent>& events);
    static UserAggregate ada();
    static CreateUser command(const QString& username, const QString& email = {}, const QString& first = {},
                              const QString& last = {}, const QString& organization = {});
};

CreateUser TstUserAggregate::command(const QString& username, const QString& email, const QString& first,
                                     const QString& last, const QString& organization)
{
    CreateUser c;
    c.username = username;
    c.email = email;
    c.firstName = first;
    c.lastName = last;
    c.organizationId = organization;
    return c;
}

UserAggregate TstUserAggregate::replay(const QList<UserEvent>& events)
{
    QList<RecordedEvent> recorded;
    const QUuid id = QUuid::createUuid();
    for (const UserEvent& event : events) {
        const auto encoded = UserEventCodec::encode(event);
        RecordedEvent r;
        r.streamId = UserAggregate::streamIdFor(id);
        r.streamVersion = recorded.size() + 1;
        r.type = encoded.type;
        r.data = encoded.data;
        r.recordedAtMs = 1000 * r.streamVersion;
        r.metadata.actor = QStringLiteral("actor%1").arg(r.streamVersion);
        recorded.append(r);
    }
    return UserAggregate::fromHistory(recorded);
}

UserAggregate TstUserAggregate::ada()
{
    CreateUser c;
    c.username = QStringLiteral("ada");
    c.email = QStringLiteral("ada@example.org");
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    c.organizationId = QStringLiteral("acme");
    c.roles = {QStringLiteral("admin")};
    return replay(UserAggregate::create(QUuid::createUuid(), c).events);
}

void TstUserAggregate::createNormalisesAndValidates()
{
    CreateUser c;
    c.username = QStringLiteral("  Ada.Lovelace ");
    c.email = QStringLiteral("Ada@Example.org");
    c.firstName = QStringLiteral(" Ada ");
    c.roles = {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b")};
    const QUuid id = QUuid::createUuid();
    const UserDecision d = UserAggregate::create(id, c);
    QCOMPARE(d.events.size(), 1);
    const auto& created = std::get<UserCreated>(d.events.first());
    QCOMPARE(created.userId, id);
    QCOMPARE(created.personal.username, QStringLiteral("ada.lovelace"));
    QCOMPARE(created.personal.email, QStringLiteral("ada@example.org"));
    QCOMPARE(created.personal.firstName, QStringLiteral("Ada"));
    QCOMPARE(created.roles, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(created.enabled);
    QVERIFY(!created.emailVerified);
}

void TstUserAggregate::createReportsEveryBadField()
{
    CreateUser c;
    c.username = QStringLiteral("a b");
    c.email = QStringLiteral("not-an-email");
    c.lastName = QStringLiteral("<script>");
    try {
        UserAggregate::create(QUuid::createUuid(), c);
        QFAIL("expected a ValidationError");
    } catch (const ValidationError& e) {
        QStringList fields;
        for (const FieldError& f : e.errors())
            fields.append(f.field);
        QCOMPARE(fields, (QStringList{QStringLiteral("username"), QStringLiteral("email"),
                                      QStringLiteral("lastName")}));
    }
}

void TstUserAggregate::updateRecordsOnlyChangedFieldsWithBeforeAndAfter()
{
    const UserAggregate user = ada();
    UpdateUserProfile u;
    u.firstName = QStringLiteral("Ada"); // unchanged
    u.lastName = QStringLiteral("King");
    u.organizationId = QStringLiteral("");
    const UserDecision d = user.updateProfile(u);
    QCOMPARE(d.events.size(), 1);
    const auto& updated = std::get<UserUpdated>(d.events.first());
    QCOMPARE(updated.changes.size(), 2);
    QVERIFY(updated.changes.contains(
        FieldChange{QStringLiteral("lastName"), QStringLiteral("Lovelace"), QStringLiteral("King")}));
    QVERIFY(updated.changes.contains(
        FieldChange{QStringLiteral("organizationId"), QStringLiteral("acme"), QString()}));

    UpdateUserProfile same;
    same.lastName = QStringLiteral("Lovelace");
    const UserDecision none = user.updateProfile(same);
    QVERIFY(none.events.isEmpty());
    QVERIFY(!none.noChangeReason.isEmpty());

    UpdateUserProfile bad;
    bad.email = QStringLiteral("x@");
    QVERIFY_THROWS_EXCEPTION(ValidationError, user.updateProfile(bad));
}

void TstUserAggregate::changingAVerifiedEmailUnverifiesIt()
{
    UserAggregate user = ada();
    user.apply(UserEmailVerified{});
    QVERIFY(user.state().emailVerified);
    UpdateUserProfile u;
    u.email = QStringLiteral("ada@newmail.org");
    const UserDecision d = user.updateProfile(u);
    user.apply(d.events.first());
    QCOMPARE(user.state().personal.email, QStringLiteral("ada@newmail.org"));
    QVERIFY(!user.state().emailVerified);
}

void TstUserAggregate::enableAndDisableAreIdempotentDecisions()
{
    UserAggregate user = ada();
    const UserDecision enable = user.enable();
    QVERIFY(enable.events.isEmpty());
    QVERIFY(enable.noChangeReason.contains(QStringLiteral("already enabled")));
    const UserDecision disable = user.disable();
    QCOMPARE(disable.events.size(), 1);
    QVERIFY(std::holds_alternative<UserDisabled>(disable.events.first()));
    user.apply(disable.events.first());
    QVERIFY(!user.state().enabled);
    QVERIFY(user.disable().events.isEmpty());
    QCOMPARE(user.enable().events.size(), 1);
}

void TstUserAggregate::rolesChangeOnlyWhatDiffers()
{
    UserAggregate user = ada();
    const UserDecision d =
        user.changeRoles({{QStringLiteral("auditor"), QStringLiteral("admin")}, {QStringLiteral("ghost")}});
    const auto& changed = std::get<UserRolesChanged>(d.events.first());
    QCOMPARE(changed.added, QStringList{QStringLiteral("auditor")});
    QVERIFY(changed.removed.isEmpty());
    user.apply(d.events.first());
    QCOMPARE(user.state().roles, (QStringList{QStringLiteral("admin"), QStringLiteral("auditor")}));
    QVERIFY(user.changeRoles({{QStringLiteral("admin")}, {}}).events.isEmpty());
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             user.changeRoles({{QStringLiteral("x")}, {QStringLiteral("x")}}));
}

void TstUserAggregate::deletedUserOnlyAllowsReads()
{
    UserAggregate user = ada();
    user.apply(user.remove().events.first());
    QVERIFY(user.state().deleted);
    QCOMPARE(user.state().personal.username, QStringLiteral("ada")); // still readable
    for (const auto& attempt : std::initializer_list<std::function<void()>>{
             [&] { user.enable(); }, [&] { user.disable(); }, [&] { user.remove(); },
             [&] { user.updateProfile({}); }, [&] { user.changeRoles({}); },
             [&] { user.markEmailVerified(); }, [&] { user.requestPasswordReset(); }}) {
        try {
            attempt();
            QFAIL("a deleted user must refuse every change");
        } catch (const UserRuleError& e) {
            QCOMPARE(e.kind(), UserRuleError::Kind::Deleted);
        }
    }
}

void TstUserAggregate::unknownUserIsNotFound()
{
    const UserAggregate nobody;
    try {
        nobody.enable();
        QFAIL("expected NotFound");
    } catch (const UserRuleError& e) {
        QCOMPARE(e.kind(), UserRuleError::Kind::NotFound);
    }
}

void TstUserAggregate::passwordResetNeedsAnEnabledUserWithEmail()
{
    UserAggregate user = ada();
    QVERIFY(std::holds_alternative<PasswordResetEmailRequested>(user.requestPasswordReset().events.first()));
    user.apply(UserDisabled{});
    QVERIFY_THROWS_EXCEPTION(UserRuleError, user.requestPasswordReset());
    UserAggregate noMail =
        replay(UserAggregate::create(QUuid::createUuid(), command(QStringLiteral("bob"))).events);
    QVERIFY_THROWS_EXCEPTION(ValidationError, noMail.requestPasswordReset());
    QVERIFY_THROWS_EXCEPTION(ValidationError, noMail.markEmailVerified());
}

void TstUserAggregate::personalFieldsLiveInOnePart()
{
    const CreateUser c = command(QStringLiteral("ada"), QStringLiteral("ada@example.org"),
                                 QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("acme"));
    const auto created = UserEventCodec::encode(UserAggregate::create(QUuid::createUuid(), c).events.first());
    const QJsonObject personal = created.data.value(QStringLiteral("personal")).toObject();
    QCOMPARE(personal.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("firstName"),
                                           QStringLiteral("lastName"), QStringLiteral("username")}));
    QJsonObject rest = created.data;
    rest.remove(QStringLiteral("personal"));
    const QString outside = QString::fromUtf8(QJsonDocument(rest).toJson());
    QVERIFY(!outside.contains(QStringLiteral("ada")));
    QVERIFY(!outside.contains(QStringLiteral("Lovelace")));

    const auto updated = UserEventCodec::encode(
        UserUpdated{{{QStringLiteral("email"), QStringLiteral("a@x.org"), QStringLiteral("b@x.org")},
                     {QStringLiteral("organizationId"), QStringLiteral("acme"), QStringLiteral("initech")}}});
    QVERIFY(updated.data.value(QStringLiteral("personal")).toObject().contains(QStringLiteral("email")));
    QVERIFY(
        updated.data.value(QStringLiteral("changes")).toObject().contains(QStringLiteral("organizationId")));
    QVERIFY(!updated.data.value(QStringLiteral("changes")).toObject().contains(QStringLiteral("email")));
}

void TstUserAggregate::rebuildsFromStoredEvents()
{
    const QUuid id = QUuid::createUuid();
    const UserAggregate user =
        replay({UserAggregate::create(id, command(QStringLiteral("grace"), QStringLiteral("g@navy.mil")))
                    .events.first(),
                UserEmailVerified{}, UserDisabled{}, UserRolesChanged{{QStringLiteral("ops")}, {}},
                UserUpdated{{{QStringLiteral("firstName"), QString(), QStringLiteral("Grace")}}}});
    QCOMPARE(user.version(), 5);
    QCOMPARE(user.state().id, id);
    QVERIFY(user.state().emailVerified);
    QVERIFY(!user.state().enabled);
    QCOMPARE(user.state().roles, QStringList{QStringLiteral("ops")});
    QCOMPARE(user.state().personal.firstName, QStringLiteral("Grace"));
    QCOMPARE(user.state().createdAtMs, 1000);
    QCOMPARE(user.state().createdBy, QStringLiteral("actor1"));
    QCOMPARE(user.state().updatedAtMs, 5000);
    QCOMPARE(user.state().updatedBy, QStringLiteral("actor5"));
}

void TstUserAggregate::refusesEventsOutOfOrder()
{
    RecordedEvent e;
    e.streamVersion = 2;
    e.type = QStringLiteral("UserEnabled");
    UserAggregate user;
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, user.apply(e));
}

QTEST_GUILESS_MAIN(TstUserAggregate)
#include "tst_useraggregate.moc"
