#include "commands/UserCommandHandler.h"
#include "common/KeyledgerError.h"
#include "projections/Projector.h"
#include "projections/UserDetailProjection.h"
#include "projections/UserListProjection.h"
#include "projections/ViewDatabase.h"
#include "queries/UserQueries.h"
#include "store/SqliteEventStore.h"
#include "store/StoreErrors.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace keyledger;

// The user queries over 2,500 users written by the real command handler, projected by the real
// Projector, read through UserQueries' own read-only connection.
class TstUserQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void totalsFollowTheFilters();
    void defaultIsNewestFirst();
    void sortsWalkInOrder_data();
    void sortsWalkInOrder();
    void keysetWalksEveryUserExactlyOnce();
    void searchIsCaseInsensitivePrefix_data();
    void searchIsCaseInsensitivePrefix();
    void searchCombinesWithFiltersAndPages();
    void itemsCarryStatusAndPermissions();
    void detailHasEveryField();
    void badQueriesAreClearErrors();
    void sortSpecParsing();
    void missingViewsDatabaseIsAStorageError();

private:
    struct Expected
    {
        QUuid id;
        QString username;
        QString email;
        QString firstName;
        QString lastName;
        QString organizationId;
        bool enabled = true;
        bool emailVerified = false;
        qint64 lastLoginAt = 0;
        bool deleted = false;
    };
    QList<UserListItem> walk(UserListQuery query);
    QList<Expected> live() const;
    static bool matches(const Expected& e, const QString& search);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_viewsPath;
    QList<Expected> m_users;
    std::unique_ptr<UserQueries> m_queries;
};

namespace {

constexpr int UserCount = 2500;
const QStringList firstNames = {QStringLiteral("Ada"),  QStringLiteral("Grace"),     QStringLiteral("Élodie"),
                                QStringLiteral("Zoé"),  QStringLiteral("ada-Marie"), QStringLiteral("Björn"),
                                QStringLiteral("Chen"), QStringLiteral("Omar")};
const QStringList lastNames = {QStringLiteral("Lovelace"),   QStringLiteral("Hopper"),
                               QStringLiteral("Durand"),     QStringLiteral("Ångström"),
                               QStringLiteral("de la Cruz"), QStringLiteral("SMITH"),
                               QStringLiteral("smithers")};

} // namespace

void TstUserQueries::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_viewsPath = ViewDatabase::pathFor(ledger);
    SqliteEventStore store(ledger, SqliteConnection::OpenMode::CreateIfMissing);
    UserCommandHandler handler(store);
    const CommandContext local{QStringLiteral("alice@laptop"), EventMetadata::sourceLocal(), {}};
    const CommandContext import{QStringLiteral("keycloak"), EventMetadata::sourceKeycloakImport(), {}};

    for (int i = 0; i < UserCount; ++i) {
        Expected e;
        e.username = QStringLiteral("u%1").arg(i, 4, 10, QLatin1Char('0'));
        e.email = i % 10 == 3 ? QString() : QStringLiteral("mail%1@example.org").arg(UserCount - i);
        if (i % 50 != 7) {
            e.firstName = firstNames[i % firstNames.size()];
            e.lastName = lastNames[(i / 3) % lastNames.size()];
        }
        e.organizationId = i % 97 == 5 ? QString() : QStringLiteral("org%1").arg(i % 5);
        e.enabled = i % 7 != 0;
        e.emailVerified = i % 3 == 0 && !e.email.isEmpty();
        CreateUser c;
        c.username = e.username;
        c.email = e.email;
        c.firstName = e.firstName;
        c.lastName = e.lastName;
        c.organizationId = e.organizationId;
        c.enabled = e.enabled;
        c.emailVerified = e.emailVerified;
        c.roles = {QStringLiteral("role%1").arg(i % 3)};
        e.id = handler.create(c, local).userId;
        if (i % 4 == 0) {
            e.lastLoginAt = 1'700'000'000'000 + qint64(i % 400) * 1000; // many ties on purpose
            handler.recordLogin(e.id, e.lastLoginAt, import);
        }
        if (i % 250 == 1) {
            handler.remove(e.id, local);
            e.deleted = true;
        }
        m_users.append(e);
    }

    ViewDatabase views(m_viewsPath);
    std::vector<std::unique_ptr<ReadModel>> models;
    models.push_back(std::make_unique<UserDetailProjection>());
    models.push_back(std::make_unique<UserListProjection>());
    Projector projector(store, views, std::move(models));
    projector.initialize();
    projector.catchUp();
    for (const ProjectionStatus& s : projector.status())
        QVERIFY2(s.healthy() && s.lag() == 0, qPrintable(s.error));

    m_queries = std::make_unique<UserQueries>(m_viewsPath);
}

void TstUserQueries::cleanupTestCase()
{
    m_queries.reset();
    m_dir.reset();
}

QList<TstUserQueries::Expected> TstUserQueries::live() const
{
    QList<Expected> list;
    for (const Expected& e : m_users) {
        if (!e.deleted)
            list.append(e);
    }
    return list;
}

bool TstUserQueries::matches(const Expected& e, const QString& search)
{
    const QString s = search.trimmed().toLower();
    const QString full = UserListProjection::fullName(e.username, e.firstName, e.lastName);
    for (const QString& field : {e.username, e.email, e.firstName, e.lastName, full}) {
        if (field.toLower().startsWith(s))
            return true;
    }
    return false;
}

QList<UserListItem> TstUserQueries::walk(UserListQuery query)
{
    QList<UserListItem> all;
    query.after.clear();
    for (int pages = 0; pages < 10'000; ++pages) {
        const UserListPage page = m_queries->list(query);
        all += page.items;
        if (page.nextCursor.isEmpty())
            return all;
        [&] { QCOMPARE(page.items.size(), query.limit); }(); // only the last page is short
        query.after = page.nextCursor;
    }
    QTest::qFail("The walk never ended", __FILE__, __LINE__);
    return all;
}

void TstUserQueries::totalsFollowTheFilters()
{
    const QList<Expected> users = live();
    UserListQuery all;
    QCOMPARE(m_queries->count(all), qint64(users.size()));
    QCOMPARE(m_queries->list(all).totalCount, qint64(users.size()));
    QCOMPARE(users.size(), UserCount - UserCount / 250);

    for (const QString& org :
         {QStringLiteral("org0"), QStringLiteral("org3"), QString(), QStringLiteral("nope")}) {
        UserListQuery q;
        q.organizationId = org;
        const auto expected = std::count_if(users.cbegin(), users.cend(),
                                            [&](const Expected& e) { return e.organizationId == org; });
        QCOMPARE(m_queries->count(q), qint64(expected));
        QCOMPARE(m_queries->list(q).totalCount, qint64(expected));
        QCOMPARE(qint64(walk(q).size()), qint64(expected));
    }
    for (UserStatus::Value status : {UserStatus::Active, UserStatus::Unverified, UserStatus::Disabled}) {
        UserListQuery q;
        q.status = status;
        const auto expected = std::count_if(users.cbegin(), users.cend(), [&](const Expected& e) {
            return UserStatus::fromFlags(e.enabled, e.emailVerified) == status;
        });
        QVERIFY(expected > 0);
        QCOMPARE(m_queries->count(q), qint64(expected));
        q.organizationId = QStringLiteral("org2");
        const auto inOrg = std::count_if(users.cbegin(), users.cend(), [&](const Expected& e) {
            return UserStatus::fromFlags(e.enabled, e.emailVerified) == status &&
                   e.organizationId == QLatin1String("org2");
        });
        QCOMPARE(m_queries->count(q), qint64(inOrg));
        const QList<UserListItem> items = walk(q);
        QCOMPARE(qint64(items.size()), qint64(inOrg));
        for (const UserListItem& item : items) {
            QCOMPARE(item.status, status);
            QCOMPARE(item.organizationId, QStringLiteral("org2"));
        }
    }
    // Logged in at least once / never ("never logged in" is a saved search of the GUI).
    for (const bool loggedIn : {true, false}) {
        UserListQuery q;
        q.hasLoggedIn = loggedIn;
        const auto expected = std::count_if(
            users.cbegin(), users.cend(), [&](const Expected& e) { return (e.lastLoginAt > 0) == loggedIn; });
        QVERIFY(expected > 0);
        QCOMPARE(m_queries->count(q), qint64(expected));
        q.organizationId = QStringLiteral("org1");
        const QList<UserListItem> items = walk(q);
        QCOMPARE(qint64(items.size()),
                 qint64(std::count_if(users.cbegin(), users.cend(), [&](const Expected& e) {
                     return (e.lastLoginAt > 0) == loggedIn && e.organizationId == QLatin1String("org1");
                 })));
        for (const UserListItem& item : items)
            QCOMPARE(item.lastLoginAt.isValid(), loggedIn);
    }
}

void TstUserQueries::defaultIsNewestFirst()
{
    UserListQuery q;
    const UserListPage page = m_queries->list(q);
    QCOMPARE(page.items.size(), UserListQuery::DefaultLimit);
    QVERIFY(!page.nextCursor.isEmpty());
    // The last created live user comes first (ids are time-ordered UUIDv7, the tie-breaker).
    QCOMPARE(page.items.constFirst().id, live().constLast().id);
    for (int i = 1; i < page.items.size(); ++i) {
        const UserListItem& a = page.items[i - 1];
        const UserListItem& b = page.items[i];
        QVERIFY(a.createdAt > b.createdAt ||
                (a.createdAt == b.createdAt && a.id.toString() > b.id.toString()));
    }
}

void TstUserQueries::sortsWalkInOrder_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("organization");
    for (const QString& column : UserListQuery::sortColumns()) {
        QTest::newRow(qPrintable(column + QStringLiteral(" asc"))) << column << false << QString();
        QTest::newRow(qPrintable(column + QStringLiteral(" desc"))) << column << true << QString();
    }
    QTest::newRow("fullName desc in org1") << QStringLiteral("fullName") << true << QStringLiteral("org1");
    QTest::newRow("lastLoginAt asc in org4")
        << QStringLiteral("lastLoginAt") << false << QStringLiteral("org4");
}

void TstUserQueries::sortsWalkInOrder()
{
    QFETCH(QString, column);
    QFETCH(bool, descending);
    QFETCH(QString, organization);

    // The expected order, computed here from what was written.
    struct Key
    {
        QVariant value;
        QString id;
    };
    auto keyOf = [&](const Expected& e) -> QVariant {
        if (column == QLatin1String("createdAt"))
            return QVariant(); // compared by id: creation order is id order (UUIDv7, one writer)
        if (column == QLatin1String("username"))
            return e.username.toLower();
        if (column == QLatin1String("email"))
            return e.email.toLower();
        if (column == QLatin1String("firstName"))
            return e.firstName.toLower();
        if (column == QLatin1String("lastName"))
            return e.lastName.toLower();
        if (column == QLatin1String("fullName"))
            return UserListProjection::fullName(e.username, e.firstName, e.lastName).toLower();
        if (column == QLatin1String("status"))
            return UserStatus::key(UserStatus::fromFlags(e.enabled, e.emailVerified));
        if (column == QLatin1String("organizationId"))
            return e.organizationId;
        return e.lastLoginAt;
    };
    QList<Expected> expected = live();
    if (!organization.isEmpty())
        expected.removeIf([&](const Expected& e) { return e.organizationId != organization; });
    auto less = [&](const Expected& a, const Expected& b) {
        const QVariant ka = keyOf(a);
        const QVariant kb = keyOf(b);
        if (ka != kb) {
            if (ka.typeId() == QMetaType::LongLong)
                return ka.toLongLong() < kb.toLongLong();
            return ka.toString().toUtf8() < kb.toString().toUtf8(); // SQLite's BINARY order
        }
        return a.id.toString(QUuid::WithoutBraces) < b.id.toString(QUuid::WithoutBraces);
    };
    std::stable_sort(expected.begin(), expected.end(), less);
    if (descending)
        std::reverse(expected.begin(), expected.end());

    UserListQuery q;
    q.sortBy = column;
    q.direction = descending ? UserListQuery::Direction::Descending : UserListQuery::Direction::Ascending;
    q.limit = 97;
    if (!organization.isEmpty())
        q.organizationId = organization;
    const QList<UserListItem> items = walk(q);
    QCOMPARE(items.size(), expected.size());
    for (int i = 0; i < items.size(); ++i)
        QVERIFY2(items[i].id == expected[i].id,
                 qPrintable(QStringLiteral("row %1: %2, expected %3")
                                .arg(i)
                                .arg(items[i].username, expected[i].username)));
}

void TstUserQueries::keysetWalksEveryUserExactlyOnce()
{
    UserListQuery q;
    q.limit = 50;
    const QList<UserListItem> items = walk(q);
    QSet<QUuid> seen;
    for (const UserListItem& item : items)
        QVERIFY2(!seen.contains(item.id), qPrintable(item.username));
    for (const UserListItem& item : items)
        seen.insert(item.id);
    QSet<QUuid> expected;
    for (const Expected& e : live())
        expected.insert(e.id);
    QCOMPARE(items.size(), expected.size());
    QCOMPARE(seen, expected);
    // In order: newest first, the whole way.
    QList<Expected> order = live();
    std::reverse(order.begin(), order.end());
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(items[i].id, order[i].id);
}

void TstUserQueries::searchIsCaseInsensitivePrefix_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("field");
    QTest::newRow("username, upper case") << QStringLiteral("U001") << QStringLiteral("username");
    QTest::newRow("username, exact") << QStringLiteral("u2222") << QStringLiteral("username");
    QTest::newRow("e-mail, mixed case") << QStringLiteral("MAIL24") << QStringLiteral("email");
    QTest::newRow("first name, accented upper") << QStringLiteral("ÉLO") << QStringLiteral("firstName");
    QTest::newRow("first name, lower") << QStringLiteral("zo") << QStringLiteral("firstName");
    QTest::newRow("first name, hyphen") << QStringLiteral("ADA-m") << QStringLiteral("firstName");
    QTest::newRow("last name, Å") << QStringLiteral("ång") << QStringLiteral("lastName");
    QTest::newRow("last name, stored upper") << QStringLiteral("smith") << QStringLiteral("lastName");
    QTest::newRow("last name, with spaces") << QStringLiteral("De La") << QStringLiteral("lastName");
    QTest::newRow("full name") << QStringLiteral("grace hop") << QStringLiteral("fullName");
    QTest::newRow("padded") << QStringLiteral("  omar ") << QStringLiteral("firstName");
    QTest::newRow("no match") << QStringLiteral("xyz") << QString();
    // More matches than UserQueries::ScanThreshold: pages walk the sort index instead.
    QTest::newRow("broad, username") << QStringLiteral("U") << QStringLiteral("username");
    QTest::newRow("broad, e-mail or username") << QStringLiteral("m") << QString();
}

void TstUserQueries::searchIsCaseInsensitivePrefix()
{
    QFETCH(QString, search);
    QFETCH(QString, field);
    QSet<QUuid> expected;
    for (const Expected& e : live()) {
        if (matches(e, search))
            expected.insert(e.id);
    }
    if (search != QLatin1String("xyz"))
        QVERIFY2(!expected.isEmpty(), "the data set should hold matches");

    UserListQuery q;
    q.search = search;
    q.limit = 40;
    const QList<UserListItem> items = walk(q);
    QSet<QUuid> found;
    for (const UserListItem& item : items) {
        QVERIFY2(!found.contains(item.id), "duplicate");
        found.insert(item.id);
        if (field.isEmpty())
            continue;
        const QString s = search.trimmed().toLower();
        const QString value = field == QLatin1String("username")    ? item.username
                              : field == QLatin1String("email")     ? item.email
                              : field == QLatin1String("firstName") ? item.firstName
                              : field == QLatin1String("lastName")  ? item.lastName
                                                                    : item.fullName;
        QVERIFY2(value.toLower().startsWith(s), qPrintable(value));
    }
    QCOMPARE(found, expected);
    QCOMPARE(m_queries->count(q), qint64(expected.size()));
    QCOMPARE(m_queries->list(q).totalCount, qint64(expected.size()));
    // Newest first, as without a search.
    for (int i = 1; i < items.size(); ++i)
        QVERIFY(items[i - 1].id.toString() > items[i].id.toString());
}

void TstUserQueries::searchCombinesWithFiltersAndPages()
{
    UserListQuery q;
    q.search = QStringLiteral("Smith");
    q.organizationId = QStringLiteral("org1");
    q.status = UserStatus::Unverified;
    q.setSort(QStringLiteral("username:desc"));
    q.limit = 7;
    QList<Expected> expected = live();
    expected.removeIf([](const Expected& e) {
        return !matches(e, QStringLiteral("smith")) || e.organizationId != QLatin1String("org1") ||
               UserStatus::fromFlags(e.enabled, e.emailVerified) != UserStatus::Unverified;
    });
    std::sort(expected.begin(), expected.end(),
              [](const Expected& a, const Expected& b) { return a.username > b.username; });
    QVERIFY(expected.size() > q.limit);
    const QList<UserListItem> items = walk(q);
    QCOMPARE(items.size(), expected.size());
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(items[i].username, expected[i].username);
    QCOMPARE(m_queries->count(q), qint64(expected.size()));
}

void TstUserQueries::itemsCarryStatusAndPermissions()
{
    UserListQuery q;
    q.limit = UserListQuery::MaxLimit;
    const UserListPage page = m_queries->list(q);
    QCOMPARE(page.items.size(), live().size());
    QVERIFY(page.nextCursor.isEmpty());
    QHash<QUuid, Expected> byId;
    for (const Expected& e : live())
        byId.insert(e.id, e);
    int neverLoggedInEnabled = 0;
    for (const UserListItem& item : page.items) {
        const Expected e = byId.value(item.id);
        const UserStatus::Value status = UserStatus::fromFlags(e.enabled, e.emailVerified);
        const bool loggedIn = e.lastLoginAt != 0;
        QCOMPARE(item.username, e.username);
        QCOMPARE(item.email, e.email);
        QCOMPARE(item.fullName, UserListProjection::fullName(e.username, e.firstName, e.lastName));
        QCOMPARE(item.organizationId, e.organizationId);
        QCOMPARE(item.status, status);
        QCOMPARE(item.statusKey, UserStatus::key(status));
        QCOMPARE(item.statusLabel, UserStatus::label(status));
        QCOMPARE(item.statusColour, UserStatus::colour(status));
        QCOMPARE(item.canEdit, e.enabled && e.emailVerified);
        QCOMPARE(item.canDelete, !e.enabled || !loggedIn);
        QCOMPARE(item.canEnable, !e.enabled);
        QCOMPARE(item.canDisable, e.enabled);
        QCOMPARE(item.lastLoginAt.isValid(), loggedIn);
        if (loggedIn)
            QCOMPARE(item.lastLoginAt.toMSecsSinceEpoch(), e.lastLoginAt);
        QVERIFY(item.createdAt.isValid());
        QCOMPARE(item.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(item.roles.size(), 1);
        QCOMPARE(item.syncState, QStringLiteral("pending"));
        if (e.enabled && !loggedIn) {
            QVERIFY(item.canDelete); // "never logged in" makes an enabled user deletable
            ++neverLoggedInEnabled;
        }
    }
    QVERIFY(neverLoggedInEnabled > 0);
}

void TstUserQueries::detailHasEveryField()
{
    const Expected& first = m_users[0]; // disabled (0 % 7), verified, logged in, org0
    const std::optional<UserDetail> d = m_queries->detail(first.id);
    QVERIFY(d);
    QCOMPARE(d->id, first.id);
    QCOMPARE(d->username, first.username);
    QCOMPARE(d->email, first.email);
    QCOMPARE(d->firstName, first.firstName);
    QCOMPARE(d->lastName, first.lastName);
    QCOMPARE(d->enabled, false);
    QCOMPARE(d->emailVerified, true);
    QCOMPARE(d->organizationId, QStringLiteral("org0"));
    QCOMPARE(d->roles, QStringList{QStringLiteral("role0")});
    QVERIFY(d->createdAt.isValid());
    QCOMPARE(d->createdBy, QStringLiteral("alice@laptop"));
    QVERIFY(!d->updatedAt.isValid());
    QCOMPARE(d->firstLoginAt.toMSecsSinceEpoch(), first.lastLoginAt);
    QCOMPARE(d->lastLoginAt.toMSecsSinceEpoch(), first.lastLoginAt);
    QVERIFY(d->metadata.isEmpty());
    QCOMPARE(d->version, 2);
    QCOMPARE(d->deleted, false);
    QCOMPARE(d->syncState, QStringLiteral("pending"));
    QCOMPARE(d->status, UserStatus::Disabled);

    const Expected& gone = m_users[1]; // deleted
    const std::optional<UserDetail> g = m_queries->detail(gone.id);
    QVERIFY(g);
    QVERIFY(g->deleted);
    QCOMPARE(g->username, gone.username);
    QCOMPARE(g->status, UserStatus::Unknown);
    QCOMPARE(g->updatedBy, QStringLiteral("alice@laptop"));
    QVERIFY(g->updatedAt.isValid());

    QVERIFY(!m_queries->detail(QUuid::createUuid()));
}

void TstUserQueries::badQueriesAreClearErrors()
{
    UserListQuery q;
    q.sortBy = QStringLiteral("password");
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, m_queries->list(q));
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, m_queries->count(q));

    UserListQuery bad;
    for (const QString& cursor :
         {QStringLiteral("not base64!"), QStringLiteral("e30"), QStringLiteral("bm90IGpzb24"),
          QString::fromLatin1(QByteArray(R"({"sort":"createdAt","dir":"desc","value":"x","id":"y"})")
                                  .toBase64(QByteArray::Base64UrlEncoding))}) {
        bad.after = cursor;
        try {
            m_queries->list(bad);
            QFAIL(qPrintable(QStringLiteral("accepted cursor ") + cursor));
        } catch (const KeyledgerError& error) {
            QVERIFY(!error.message().isEmpty());
        }
    }

    // A cursor is tied to its sort order.
    UserListQuery byName;
    byName.sortBy = QStringLiteral("username");
    byName.direction = UserListQuery::Direction::Ascending;
    byName.after = m_queries->list(byName).nextCursor;
    QVERIFY(!byName.after.isEmpty());
    QCOMPARE(m_queries->list(byName).items.size(), UserListQuery::DefaultLimit);
    byName.direction = UserListQuery::Direction::Descending;
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, m_queries->list(byName));
    byName.sortBy = QStringLiteral("email");
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, m_queries->list(byName));

    UserListQuery limit;
    limit.limit = 0;
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, m_queries->list(limit));
    UserListQuery status;
    status.status = UserStatus::Unknown;
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, m_queries->count(status));

    // The connection is still usable afterwards.
    QCOMPARE(m_queries->count(UserListQuery{}), qint64(live().size()));
}

void TstUserQueries::sortSpecParsing()
{
    UserListQuery q;
    q.setSort(QStringLiteral("username"));
    QCOMPARE(q.sortBy, QStringLiteral("username"));
    QCOMPARE(q.direction, UserListQuery::Direction::Ascending);
    q.setSort(QStringLiteral("lastLoginAt:desc"));
    QCOMPARE(q.sortBy, QStringLiteral("lastLoginAt"));
    QCOMPARE(q.direction, UserListQuery::Direction::Descending);
    q.setSort(QStringLiteral("email:ASC"));
    QCOMPARE(q.direction, UserListQuery::Direction::Ascending);
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, q.setSort(QStringLiteral("secret")));
    QVERIFY_THROWS_EXCEPTION(KeyledgerError, q.setSort(QStringLiteral("email:sideways")));
    QCOMPARE(q.sortBy, QStringLiteral("email")); // unchanged by a refused spec

    UserListQuery a;
    UserListQuery b;
    QCOMPARE(a.cacheKey(), b.cacheKey());
    b.organizationId = QString();
    QVERIFY(a.cacheKey() != b.cacheKey()); // "no organisation" is not "every organisation"
    a.search = QStringLiteral("x");
    b = UserListQuery{};
    b.after = QStringLiteral("x");
    QVERIFY(a.cacheKey() != b.cacheKey());
}

void TstUserQueries::missingViewsDatabaseIsAStorageError()
{
    QVERIFY_THROWS_EXCEPTION(StorageError, UserQueries(m_dir->filePath(QStringLiteral("none.views.db"))));
}

QTEST_GUILESS_MAIN(TstUserQueries)
#include "tst_userqueries.moc"
