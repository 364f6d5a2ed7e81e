// Time travel: the user detail and list as they were at a past moment, checked against the
// oracle the issue names: a fresh store that received only the events recorded up to that
// moment, projected the ordinary way and read by the same UserQueries. The history is written by
// the real command handler at controlled times (pauses between phases, moments taken in them).
#include "commands/UserCommandHandler.h"
#include "domain/UserEventCodec.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/UserQueries.h"
#include "store/SqliteEventStore.h"
#include "store/UpcasterRegistry.h"
#include "support/TestStores.h"
#include "timetravel/AsOfQueries.h"
#include "timetravel/AsOfTime.h"
#include "timetravel/AsOfViews.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace keyledger;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString describe(const std::optional<UserDetail>& d)
{
    if (!d)
        return QStringLiteral("(none)");
    return QStringList{d->id.toString(QUuid::WithoutBraces),
                       d->username,
                       d->email,
                       d->firstName,
                       d->lastName,
                       QString::number(d->enabled),
                       QString::number(d->emailVerified),
                       d->organizationId,
                       d->roles.join(u','),
                       iso(d->createdAt),
                       d->createdBy,
                       iso(d->updatedAt),
                       d->updatedBy,
                       iso(d->firstLoginAt),
                       iso(d->lastLoginAt),
                       QString::fromUtf8(QJsonDocument(d->metadata).toJson(QJsonDocument::Compact)),
                       QString::number(d->version),
                       QString::number(d->deleted),
                       d->keycloakId,
                       d->syncState,
                       d->syncError,
                       QString::number(int(d->status))}
        .join(u'|');
}

QString describe(const UserListPage& page)
{
    QStringList lines;
    for (const UserListItem& i : page.items) {
        lines.append(QStringList{i.id.toString(QUuid::WithoutBraces),
                                 i.username,
                                 i.email,
                                 i.firstName,
                                 i.lastName,
                                 i.fullName,
                                 i.organizationId,
                                 QString::number(i.enabled),
                                 QString::number(i.emailVerified),
                                 i.statusKey,
                                 i.statusLabel,
                                 i.statusColour,
                                 QString::number(i.canEdit),
                                 QString::number(i.canDelete),
                                 QString::number(i.canEnable),
                                 QString::number(i.canDisable),
                                 i.roles.join(u','),
                                 iso(i.createdAt),
                                 iso(i.lastLoginAt),
                                 i.syncState}
                         .join(u'|'));
    }
    lines.append(QStringLiteral("total %1 next %2").arg(page.totalCount).arg(page.nextCursor));
    return lines.join(u'\n');
}

// The list queries compared at every moment: filters, sorts, search and small pages.
QList<UserListQuery> listQueries()
{
    QList<UserListQuery> queries;
    queries.append(UserListQuery{}); // newest first, 50
    UserListQuery byName;
    byName.organizationId = QStringLiteral("acme");
    byName.setSort(QStringLiteral("username"));
    byName.limit = 2;
    queries.append(byName);
    UserListQuery disabled;
    disabled.status = UserStatus::Disabled;
    queries.append(disabled);
    UserListQuery search;
    search.search = QStringLiteral("A");
    search.setSort(QStringLiteral("email:desc"));
    queries.append(search);
    UserListQuery beta;
    beta.organizationId = QStringLiteral("beta");
    beta.setSort(QStringLiteral("lastLoginAt"));
    beta.limit = 3;
    queries.append(beta);
    return queries;
}

} // namespace

class TstTimeTravel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parsesTimes();
    void endPositionIsTheLastEventRecordedAtOrBefore();
    void asOfEqualsAFreshStoreWithOnlyThoseEvents_data();
    void asOfEqualsAFreshStoreWithOnlyThoseEvents();
    void deletedLaterExistsBefore();
    void createdLaterIsAbsent();
    void cancelStopsTheReplay();
    void cliShowsTheOldValues();

private:
    // Waits, takes the moment, waits again: events before it were recorded strictly before, the
    // ones after strictly after (the store stamps whole milliseconds).
    QDateTime mark();
    // A new store holding the ledger's events recorded at or before `at` (copied with their
    // recorded times and hashes), projected the ordinary way; returns its views path.
    QString freshStoreUpTo(const QDateTime& at);
    CliRun cli(const QStringList& arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledgerPath;
    UpcasterRegistry m_upcasters;
    std::unique_ptr<SqliteEventStore> m_store;
    QList<QDateTime> m_moments; // T0 (empty ledger) .. T4 (after everything)
    QList<QUuid> m_ids;         // every user ever created
    QUuid m_ada, m_oldBob, m_newBob, m_carol, m_dave, m_erin;
    int m_freshStores = 0;
};

QDateTime TstTimeTravel::mark()
{
    QTest::qSleep(20);
    const QDateTime moment = QDateTime::currentDateTimeUtc();
    QTest::qSleep(20);
    return moment;
}

void TstTimeTravel::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ledgerPath = m_dir->filePath(QStringLiteral("k.db"));
    UserEventCodec::registerUpcasters(m_upcasters);
    m_store = std::make_unique<SqliteEventStore>(m_ledgerPath, SqliteConnection::OpenMode::CreateIfMissing,
                                                 &m_upcasters);
    UserCommandHandler users(*m_store);
    const CommandContext local{QStringLiteral("alice@laptop"), EventMetadata::sourceLocal(), {}};
    const CommandContext keycloak{QStringLiteral("keycloak"), EventMetadata::sourceKeycloakImport(), {}};
    auto create = [&](const QString& username, const QString& email, const QString& org,
                      bool verified = false) {
        CreateUser c;
        c.username = username;
        c.email = email;
        c.organizationId = org;
        c.emailVerified = verified;
        c.roles = {QStringLiteral("viewer")};
        const QUuid id = users.create(c, local).userId;
        m_ids.append(id);
        return id;
    };

    m_moments.append(mark()); // T0: nothing yet

    m_ada = create(QStringLiteral("ada"), QStringLiteral("ada@old.example"), QStringLiteral("acme"));
    m_oldBob = create(QStringLiteral("bob"), QStringLiteral("bob@example.org"), QStringLiteral("acme"));
    m_carol =
        create(QStringLiteral("carol"), QStringLiteral("carol@example.org"), QStringLiteral("beta"), true);
    m_erin = create(QStringLiteral("erin"), QStringLiteral("erin@example.org"), QString());
    m_moments.append(mark()); // T1

    UpdateUserProfile adaProfile;
    adaProfile.email = QStringLiteral("ada@new.example");
    adaProfile.firstName = QStringLiteral("Ada");
    users.updateProfile(m_ada, adaProfile, local);
    users.disable(m_oldBob, local);
    users.recordLogin(m_carol, QDateTime::currentMSecsSinceEpoch() - 5000, keycloak);
    users.changeRoles(m_ada, ChangeUserRoles{{QStringLiteral("auditor")}, {}}, local);
    users.markEmailVerified(m_erin, local);
    m_moments.append(mark()); // T2

    users.remove(m_oldBob, local);
    m_dave = create(QStringLiteral("dave"), QStringLiteral("dave@example.org"), QStringLiteral("acme"));
    UpdateUserProfile adaLast;
    adaLast.lastName = QStringLiteral("Lovelace");
    users.updateProfile(m_ada, adaLast, local);
    users.disable(m_carol, local);
    m_moments.append(mark()); // T3

    for (int i = 0; i < 12; ++i)
        create(QStringLiteral("u%1").arg(i, 2, 10, QLatin1Char('0')),
               QStringLiteral("u%1@example.org").arg(i),
               i % 2 ? QStringLiteral("acme") : QStringLiteral("beta"), i % 3 == 0);
    m_newBob = create(QStringLiteral("bob"), QStringLiteral("bob.two@example.org"), QStringLiteral("acme"));
    users.remove(m_carol, local);
    users.recordLogin(m_erin, QDateTime::currentMSecsSinceEpoch(), keycloak);
    m_moments.append(mark()); // T4: after everything
}

void TstTimeTravel::cleanupTestCase()
{
    m_store.reset();
    m_dir.reset();
}

QString TstTimeTravel::freshStoreUpTo(const QDateTime& at)
{
    const QString path = m_dir->filePath(QStringLiteral("fresh%1.db").arg(++m_freshStores));
    {
        SqliteEventStore schema(path, SqliteConnection::OpenMode::CreateIfMissing);
    }
    test::TestStores::runSql(path, QStringLiteral("ATTACH DATABASE '%1' AS source;"
                                                  "INSERT INTO events SELECT * FROM source.events "
                                                  "WHERE recorded_at <= %2 ORDER BY position;"
                                                  "DETACH DATABASE source;")
                                       .arg(m_ledgerPath)
                                       .arg(at.toMSecsSinceEpoch())
                                       .toUtf8());
    // The per-user keys that open the personal fields (crypto-shredding) go with the events.
    test::TestStores::runSql(path,
                             QStringLiteral("ATTACH DATABASE '%1' AS source;"
                                            "INSERT INTO personal_keys SELECT * FROM source.personal_keys;"
                                            "DETACH DATABASE source;")
                                 .arg(m_ledgerPath)
                                 .toUtf8());
    SqliteEventStore fresh(path, SqliteConnection::OpenMode::MustExist, &m_upcasters);
    const ChainReport chain = fresh.verifyChain();
    if (!chain.ok)
        qFatal("the copied prefix does not verify: %s", qPrintable(chain.problem));
    ViewDatabase views(ViewDatabase::pathFor(path));
    Projector projector(fresh, views, ReadModelCatalog::create());
    projector.initialize();
    projector.catchUp();
    for (const ProjectionStatus& status : projector.status()) {
        if (!status.healthy() || status.lag() != 0)
            qFatal("fresh store not projected: %s", qPrintable(status.error));
    }
    return ViewDatabase::pathFor(path);
}

void TstTimeTravel::parsesTimes()
{
    const QDateTime ten(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    QCOMPARE(AsOfTime::parse(QStringLiteral("2026-11-26T10:00:00Z")), ten);
    QCOMPARE(AsOfTime::parse(QStringLiteral(" 2026-11-26T11:00:00+01:00 ")), ten);
    QCOMPARE(AsOfTime::parse(QStringLiteral("2026-11-26T10:00:00")), ten); // no offset: UTC
    QCOMPARE(AsOfTime::parse(QStringLiteral("2026-11-26T10:00Z")), ten);
    QCOMPARE(AsOfTime::parse(QStringLiteral("2026-11-26T10:00:00.250Z"))->toMSecsSinceEpoch(),
             ten.toMSecsSinceEpoch() + 250);
    const std::optional<QDateTime> day = AsOfTime::parse(QStringLiteral("2026-11-26"));
    QVERIFY(day);
    QCOMPARE(day->toMSecsSinceEpoch(),
             QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1);
    QCOMPARE(day->toString(Qt::ISODateWithMs), QStringLiteral("2026-11-26T23:59:59.999Z"));
    for (const char* bad : {"", "yesterday", "2026", "2026-11-31", "2026-13-01T10:00:00Z",
                            "2026-11-26T25:00:00Z", "2026-11-26T10", "26/11/2026"})
        QVERIFY2(!AsOfTime::parse(QString::fromLatin1(bad)), bad);
}

void TstTimeTravel::endPositionIsTheLastEventRecordedAtOrBefore()
{
    const QList<RecordedEvent> all = m_store->readAll(1, 100000);
    QVERIFY(all.size() > 20);
    auto expected = [&](qint64 atMs) {
        qint64 last = 0;
        for (const RecordedEvent& e : all) {
            if (e.recordedAtMs <= atMs)
                last = e.position;
        }
        return last;
    };
    for (const RecordedEvent& e : all) {
        for (qint64 delta : {-1, 0, 1}) {
            const qint64 atMs = e.recordedAtMs + delta;
            QCOMPARE(AsOfViews::endPositionAt(*m_store, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC)),
                     expected(atMs));
        }
    }
    QCOMPARE(AsOfViews::endPositionAt(*m_store, m_moments.first()), qint64(0));
    QCOMPARE(AsOfViews::endPositionAt(*m_store, m_moments.last()), all.last().position);
    // Each moment falls between phases: it cuts after the last event of the phase before it.
    for (const QDateTime& moment : std::as_const(m_moments))
        QCOMPARE(AsOfViews::endPositionAt(*m_store, moment), expected(moment.toMSecsSinceEpoch()));
}

void TstTimeTravel::asOfEqualsAFreshStoreWithOnlyThoseEvents_data()
{
    QTest::addColumn<int>("moment");
    for (int i = 0; i < 5; ++i)
        QTest::addRow("T%d", i) << i;
}

void TstTimeTravel::asOfEqualsAFreshStoreWithOnlyThoseEvents()
{
    QFETCH(int, moment);
    const QDateTime at = m_moments.at(moment);
    UserQueries fresh(freshStoreUpTo(at));

    // The whole-ledger replay, paged through as the GUI would, with the same query code.
    AsOfViews past(*m_store, at);
    qint64 lastDone = -1;
    QVERIFY(past.build([&](qint64 done, qint64 total) {
        lastDone = done;
        return total == past.endPosition();
    }));
    QCOMPARE(lastDone, past.endPosition() == 0 ? -1 : past.endPosition()); // no batch, no progress
    UserQueries asOf(past.viewsPath());

    for (UserListQuery query : listQueries()) {
        // Every page, following the cursors: the same pages and the same cursors.
        for (int page = 0; page < 20; ++page) {
            const UserListPage expected = fresh.list(query);
            QCOMPARE(describe(asOf.list(query)), describe(expected));
            QCOMPARE(asOf.count(query), fresh.count(query));
            if (expected.nextCursor.isEmpty())
                break;
            query.after = expected.nextCursor;
        }
    }
    // The one-shot API (its own replay) gives the first page too.
    QCOMPARE(describe(AsOfQueries::listAt(m_ledgerPath, listQueries().at(1), at)),
             describe(fresh.list(listQueries().at(1))));

    for (const QUuid& id : std::as_const(m_ids)) {
        const QString expected = describe(fresh.detail(id));
        // Replaying the user's stream only, through the open store and by path, and the detail
        // model of the whole-ledger replay: all equal the fresh store's.
        QCOMPARE(describe(AsOfQueries::userAt(*m_store, id, at)), expected);
        QCOMPARE(describe(asOf.detail(id)), expected);
    }
    QCOMPARE(describe(AsOfQueries::userAt(m_ledgerPath, m_ada, at)), describe(fresh.detail(m_ada)));
}

void TstTimeTravel::deletedLaterExistsBefore()
{
    // Bob: disabled in phase 2, deleted in phase 3.
    const std::optional<UserDetail> before = AsOfQueries::userAt(*m_store, m_oldBob, m_moments.at(2));
    QVERIFY(before);
    QVERIFY(!before->deleted);
    QVERIFY(!before->enabled);
    QCOMPARE(before->status, UserStatus::Disabled);
    QCOMPARE(before->email, QStringLiteral("bob@example.org"));
    const std::optional<UserDetail> after = AsOfQueries::userAt(*m_store, m_oldBob, m_moments.at(3));
    QVERIFY(after);
    QVERIFY(after->deleted);

    auto ids = [&](int moment) {
        UserListQuery all;
        all.limit = UserListQuery::MaxLimit;
        QList<QUuid> list;
        for (const UserListItem& item : AsOfQueries::listAt(m_ledgerPath, all, m_moments.at(moment)).items)
            list.append(item.id);
        return list;
    };
    QVERIFY(ids(2).contains(m_oldBob));
    QVERIFY(!ids(3).contains(m_oldBob));
    QVERIFY(ids(3).contains(m_carol)); // deleted in phase 4
    QVERIFY(!ids(4).contains(m_carol));
    QVERIFY(ids(4).contains(m_newBob));
}

void TstTimeTravel::createdLaterIsAbsent()
{
    QVERIFY(!AsOfQueries::userAt(*m_store, m_dave, m_moments.at(2)));
    QVERIFY(AsOfQueries::userAt(*m_store, m_dave, m_moments.at(3)));
    QVERIFY(!AsOfQueries::userAt(*m_store, m_ada, m_moments.at(0)));
    QVERIFY(!AsOfQueries::userAt(*m_store, QUuid::createUuid(), m_moments.at(4)));

    UserListQuery all;
    const UserListPage atStart = AsOfQueries::listAt(m_ledgerPath, all, m_moments.at(0));
    QVERIFY(atStart.items.isEmpty());
    QCOMPARE(atStart.totalCount, 0);
    const UserListPage t2 = AsOfQueries::listAt(m_ledgerPath, all, m_moments.at(2));
    QStringList names;
    for (const UserListItem& item : t2.items)
        names.append(item.username);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("carol"),
                                 QStringLiteral("erin")}));
    // And what ada looked like then: the e-mail and first name of phase 2, not the last name of 3.
    const std::optional<UserDetail> ada = AsOfQueries::userAt(m_ledgerPath, m_ada, m_moments.at(2));
    QVERIFY(ada);
    QCOMPARE(ada->email, QStringLiteral("ada@new.example"));
    QCOMPARE(ada->firstName, QStringLiteral("Ada"));
    QCOMPARE(ada->lastName, QString());
    QCOMPARE(ada->roles, (QStringList{QStringLiteral("auditor"), QStringLiteral("viewer")}));
}

void TstTimeTravel::cancelStopsTheReplay()
{
    AsOfViews past(*m_store, m_moments.last());
    int calls = 0;
    QVERIFY(!past.build([&](qint64, qint64) {
        ++calls;
        return false;
    }));
    QCOMPARE(calls, 1);
    // Cancelled: the views have no rows (the tables built aside were dropped).
    UserQueries queries(past.viewsPath());
    QCOMPARE(queries.count(UserListQuery{}), 0);
    QVERIFY(!AsOfQueries::listAt(*m_store, UserListQuery{}, m_moments.last(),
                                 [](qint64, qint64) { return false; }));
}

CliRun TstTimeTravel::cli(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    environment.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/.local/share")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KEYLEDGER_CLI_PATH),
                  QStringList{QStringLiteral("--db"), m_ledgerPath} + arguments);
    CliRun result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TstTimeTravel::cliShowsTheOldValues()
{
    const QString t1 = iso(m_moments.at(1));
    const QString t2 = iso(m_moments.at(2));
    const QString json = QStringLiteral("--format=json");

    // ada before her e-mail changed, in the table `user show` prints today.
    CliRun run = cli({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("ada"),
                      QStringLiteral("--as-of"), t1});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.outText().contains(QLatin1String("ada@old.example")), run.describe());
    QVERIFY(!run.outText().contains(QLatin1String("ada@new.example")));
    run = cli({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("ada"), json});
    QVERIFY2(run.outText().contains(QLatin1String("ada@new.example")), run.describe()); // today's

    // "bob" now names the second bob; at T2 it named the first one, disabled, not yet deleted.
    run = cli({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("bob"),
               QStringLiteral("--as-of"), t2, json});
    QVERIFY2(run.exitCode == 0, run.describe());
    QJsonObject bob = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(bob.value(QStringLiteral("id")).toString(), m_oldBob.toString(QUuid::WithoutBraces));
    QCOMPARE(bob.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
    QCOMPARE(bob.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(bob.value(QStringLiteral("asOf")).toString(), t2);
    run = cli({QStringLiteral("user"), QStringLiteral("show"), m_oldBob.toString(QUuid::WithoutBraces),
               QStringLiteral("--as-of"), iso(m_moments.at(3)), json});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("deleted")).toBool(), true);

    // Not created yet, or never: exit 3 with a clear message.
    run = cli({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("dave"),
               QStringLiteral("--as-of"), t2});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.errText().contains(QLatin1String("did not exist yet")), run.describe());
    QVERIFY(run.out.isEmpty());
    run = cli({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("nobody"),
               QStringLiteral("--as-of"), t2});
    QCOMPARE(run.exitCode, 3);
    run = cli({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("ada"),
               QStringLiteral("--as-of"), m_moments.first().date().addDays(-1).toString(Qt::ISODate)});
    QCOMPARE(run.exitCode, 3);
    // A date alone is the end of that UTC day: today's date shows today's ada.
    run =
        cli({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("ada"), QStringLiteral("--as-of"),
             QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate), json});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("lastName")).toString(),
             QStringLiteral("Lovelace"));

    // The list at T2, with the usual filters; the same rows AsOfQueries gives.
    run = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--as-of"), t2, json});
    QVERIFY2(run.exitCode == 0, run.describe());
    QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // four users and the total
    QStringList names;
    for (const QString& line : lines.mid(0, 4))
        names.append(
            QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("username")).toString());
    QStringList expected;
    for (const UserListItem& item : AsOfQueries::listAt(m_ledgerPath, UserListQuery{}, m_moments.at(2)).items)
        expected.append(item.username);
    QCOMPARE(names, expected);
    QCOMPARE(QJsonDocument::fromJson(lines.last().toUtf8()).object().value(QStringLiteral("total")).toInt(),
             4);

    run = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--as-of"), t2,
               QStringLiteral("--org"), QStringLiteral("acme"), QStringLiteral("--status"),
               QStringLiteral("disabled"), json});
    QVERIFY2(run.exitCode == 0, run.describe());
    lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(QStringLiteral("id")).toString(),
             m_oldBob.toString(QUuid::WithoutBraces));
    run = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--as-of"), t1});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.outText().contains(QLatin1String("ada@old.example")), run.describe());
    QVERIFY2(run.errText().contains(QLatin1String("4 of 4 users")), run.describe());

    // A bad TIME is wrong usage.
    for (const char* bad : {"yesterday", "2026-13-01", "2026-11-26T25:00:00Z"}) {
        run = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--as-of"),
                   QString::fromLatin1(bad)});
        QVERIFY2(run.exitCode == 2, run.describe());
        run = cli({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("ada"),
                   QStringLiteral("--as-of"), QString::fromLatin1(bad)});
        QVERIFY2(run.exitCode == 2, run.describe());
    }
}

QTEST_GUILESS_MAIN(TstTimeTravel)
#include "tst_timetravel.moc"
