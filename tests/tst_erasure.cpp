// Personal-data erasure (crypto-shredding) on real SQLite files: what is stored, what erasure
// leaves in the bytes of the ledger, its WAL and the views file, what the read side shows, and
// keyledger-cli user forget end to end.
#include "commands/UserCommandHandler.h"
#include "domain/PersonalData.h"
#include "domain/UserAggregate.h"
#include "domain/UserRuleError.h"
#include "privacy/PersonalDataEraser.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/AuditQueries.h"
#include "queries/UserQueries.h"
#include "store/SqliteEventStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keyledger;

namespace {

const QString kEmail = QStringLiteral("augusta.lovelace@analytical-engine.example");
const QString kNewEmail = QStringLiteral("countess.of.lovelace@difference-engine.example");
const QString kUsername = QStringLiteral("countess_augusta");
const QString kFirstName = QStringLiteral("Augustaada");
const QString kLastName = QStringLiteral("Lovelacebyron");
const QString kOtherEmail = QStringLiteral("charles.babbage@analytical-engine.example");

CommandContext actor()
{
    CommandContext context;
    context.actor = QStringLiteral("auditor@desk");
    return context;
}

// Every file SQLite keeps for a database: the main file, its WAL and shared-memory index.
QByteArray bytesOf(const QString& databasePath)
{
    QByteArray all;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(databasePath + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

// A value is searched as SQLite may hold it: UTF-8 as given and lower-cased (claims), and
// UTF-16 (never used by our schema, but cheap to rule out).
bool contains(const QByteArray& haystack, const QString& value)
{
    return haystack.contains(value.toUtf8()) || haystack.contains(value.toLower().toUtf8()) ||
           haystack.contains(QByteArray(reinterpret_cast<const char*>(value.utf16()), value.size() * 2));
}

} // namespace

class TstErasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void personalDataIsStoredSealed();
    void erasureLeavesNoPlaintextWhileVerifyPasses();
    void readSideShowsErasedValues();
    void usernameAndEmailCanBeReused();
    void erasedUserRefusesPersonalDataAndSecondErasure();
    void anotherConnectionStopsUsingTheErasedKey();
    void projectorApplyingTheErasureRewritesDetailAndList();
    void cliForgetNeedsYesThenErases();

private:
    QUuid createAda();
    void openAll();
    void closeAll();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_viewsPath;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_users;
    std::unique_ptr<ViewDatabase> m_views;
    std::unique_ptr<Projector> m_projector;
};

void TstErasure::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("keyledger.db"));
    m_viewsPath = ViewDatabase::pathFor(m_path);
    openAll();
}

void TstErasure::cleanup()
{
    closeAll();
    m_dir.reset();
}

void TstErasure::openAll()
{
    m_store = std::make_unique<SqliteEventStore>(m_path, SqliteConnection::OpenMode::CreateIfMissing);
    m_users = std::make_unique<UserCommandHandler>(*m_store);
    m_views = std::make_unique<ViewDatabase>(m_viewsPath);
    m_projector = std::make_unique<Projector>(*m_store, *m_views, ReadModelCatalog::create());
    m_projector->initialize();
}

void TstErasure::closeAll()
{
    m_projector.reset();
    m_views.reset();
    m_users.reset();
    m_store.reset();
}

QUuid TstErasure::createAda()
{
    CreateUser create;
    create.username = kUsername;
    create.email = kEmail;
    create.firstName = kFirstName;
    create.lastName = kLastName;
    create.organizationId = QStringLiteral("initech");
    const QUuid id = m_users->create(create, actor()).userId;
    UpdateUserProfile update;
    update.email = kNewEmail;
    m_users->updateProfile(id, update, actor());
    m_users->disable(id, actor());

    CreateUser other;
    other.username = QStringLiteral("babbage");
    other.email = kOtherEmail;
    other.firstName = QStringLiteral("Charles");
    m_users->create(other, actor());
    m_projector->catchUp();
    return id;
}

void TstErasure::personalDataIsStoredSealed()
{
    const QUuid id = createAda();
    // The ledger holds no names (usernames and e-mails only in the unique claims of live
    // users), the read models do (which shows the search works).
    const QByteArray ledger = bytesOf(m_path);
    QVERIFY(!contains(ledger, kFirstName));
    QVERIFY(!contains(ledger, kLastName));
    QVERIFY(contains(ledger, kNewEmail)); // the live claim
    QVERIFY(contains(bytesOf(m_viewsPath), kLastName));

    QSqlQuery q(m_store->connection().database());
    QVERIFY(q.exec(QStringLiteral("SELECT data FROM events WHERE event_type = 'UserCreated'")));
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        const QJsonObject personal = data.value(QStringLiteral("personal")).toObject();
        QVERIFY(personal.contains(QStringLiteral("$sealed")));
        QVERIFY(personal.value(QStringLiteral("$shape")).toObject().contains(QStringLiteral("email")));
        QVERIFY(!q.value(0).toByteArray().contains(kFirstName.toUtf8()));
    }
    // Everything above the store sees plaintext.
    const UserAggregate ada = UserAggregate::fromHistory(m_store->readStream(UserAggregate::streamIdFor(id)));
    QCOMPARE(ada.state().personal.email, kNewEmail);
    QCOMPARE(ada.state().personal.firstName, kFirstName);
    const UserAggregate replayed =
        UserAggregate::fromHistory(m_store->replayStream(UserAggregate::streamIdFor(id)));
    QCOMPARE(replayed.state().personal.lastName, kLastName);
    QVERIFY(m_store->verifyChain().ok);
}

void TstErasure::erasureLeavesNoPlaintextWhileVerifyPasses()
{
    const QUuid id = createAda();
    QVERIFY(contains(bytesOf(m_viewsPath), kLastName)); // the views held the plaintext before
    QSqlQuery keyQuery(m_store->connection().database());
    QVERIFY(keyQuery.exec(QStringLiteral("SELECT key FROM personal_keys WHERE stream_id = '%1'")
                              .arg(UserAggregate::streamIdFor(id))) &&
            keyQuery.next());
    const QByteArray key = keyQuery.value(0).toByteArray();
    QCOMPARE(key.size(), 32);
    keyQuery.finish();

    PersonalDataEraser eraser(*m_store, m_views.get(), m_projector.get());
    const PersonalDataEraser::Outcome outcome = eraser.erase(id, actor());
    QVERIFY(outcome.ledgerWalTruncated);
    QVERIFY(outcome.viewsWalTruncated);
    QCOMPARE(outcome.rebuiltModels, PersonalDataEraser::modelsHoldingPersonalData());

    const ChainReport report = m_store->verifyChain();
    QVERIFY2(report.ok, qPrintable(report.problem));
    QCOMPARE(report.headPosition, outcome.append.lastPosition);

    // Read the raw bytes with the store still open (WAL files present) and after closing it.
    for (int pass = 0; pass < 2; ++pass) {
        const QByteArray ledger = bytesOf(m_path);
        const QByteArray views = bytesOf(m_viewsPath);
        for (const QString& value : {kEmail, kNewEmail, kFirstName, kLastName, kUsername}) {
            QVERIFY2(!contains(ledger, value), qPrintable(QStringLiteral("ledger holds ") + value));
            QVERIFY2(!contains(views, value), qPrintable(QStringLiteral("views hold ") + value));
        }
        QVERIFY2(!ledger.contains(key), "the destroyed key is still in the ledger's bytes");
        // The other user is untouched (and proves the search finds what is there).
        QVERIFY(contains(views, kOtherEmail));
        if (pass == 0)
            closeAll();
    }
    openAll();
    QVERIFY(m_store->verifyChain().ok);
}

void TstErasure::readSideShowsErasedValues()
{
    const QUuid id = createAda();
    PersonalDataEraser(*m_store, m_views.get(), m_projector.get()).erase(id, actor());
    const QString pseudonym = QStringLiteral("erased-") + id.toString(QUuid::Id128).left(8);

    UserQueries queries(m_viewsPath);
    const std::optional<UserDetail> detail = queries.detail(id);
    QVERIFY(detail);
    QCOMPARE(detail->username, pseudonym);
    QCOMPARE(detail->email, PersonalData::erasedValue());
    QCOMPARE(detail->firstName, PersonalData::erasedValue());
    QCOMPARE(detail->lastName, PersonalData::erasedValue());
    QCOMPARE(detail->organizationId, QStringLiteral("initech")); // not personal: kept
    QVERIFY(!detail->enabled);

    UserListQuery everyone;
    const UserListPage page = queries.list(everyone);
    QCOMPARE(page.items.size(), 2);
    bool seen = false;
    for (const UserListItem& item : page.items) {
        if (item.id != id)
            continue;
        seen = true;
        QCOMPARE(item.username, pseudonym);
        QCOMPARE(item.email, PersonalData::erasedValue());
    }
    QVERIFY(seen);
    UserListQuery search;
    search.search = QStringLiteral("countess");
    QCOMPARE(queries.list(search).items.size(), 0);

    AuditQueries audit(m_viewsPath);
    AuditFilter filter;
    filter.userId = id;
    const QList<AuditEntry> entries = audit.entries(filter);
    QCOMPARE(entries.size(), 4); // created, updated, disabled, erased
    for (const AuditEntry& entry : entries) {
        QCOMPARE(entry.username, pseudonym);
        QVERIFY2(!entry.summary.contains(QStringLiteral("augusta"), Qt::CaseInsensitive),
                 qPrintable(entry.summary));
        for (const FieldDiff& diff : entry.diff) {
            if (PersonalData::isPersonalField(diff.field) && diff.field != QLatin1String("username")) {
                QVERIFY(diff.after.isEmpty() || diff.after == PersonalData::erasedValue());
                QVERIFY(diff.before.isEmpty() || diff.before == PersonalData::erasedValue());
            }
        }
    }
    QCOMPARE(entries.last().type, QStringLiteral("UserPersonalDataErased"));
    QCOMPARE(entries.last().summary, QStringLiteral("Personal data erased"));

    // The aggregate replays to the erased values too.
    const UserAggregate ada = m_users->load(id);
    QCOMPARE(ada.state().personal.username, pseudonym);
    QCOMPARE(ada.state().personal.email, PersonalData::erasedValue());
}

void TstErasure::usernameAndEmailCanBeReused()
{
    const QUuid id = createAda();
    QCOMPARE(m_store->claimOwner(QStringLiteral("username"), kUsername), UserAggregate::streamIdFor(id));
    PersonalDataEraser(*m_store, m_views.get(), m_projector.get()).erase(id, actor());
    QVERIFY(m_store->claimOwner(QStringLiteral("username"), kUsername).isEmpty());

    CreateUser again;
    again.username = kUsername;
    again.email = kNewEmail;
    const QUuid other = m_users->create(again, actor()).userId;
    QVERIFY(other != id);
    QCOMPARE(m_users->resolve(kUsername), std::optional<QUuid>(other));
    QVERIFY(m_store->verifyChain().ok);
}

void TstErasure::erasedUserRefusesPersonalDataAndSecondErasure()
{
    const QUuid id = createAda();
    PersonalDataEraser eraser(*m_store, m_views.get(), m_projector.get());
    eraser.erase(id, actor());
    QVERIFY(m_store->isErased(UserAggregate::streamIdFor(id)));

    UpdateUserProfile update;
    update.firstName = QStringLiteral("Back");
    QVERIFY_THROWS_EXCEPTION(UserRuleError, m_users->updateProfile(id, update, actor()));
    QVERIFY_THROWS_EXCEPTION(UserRuleError, eraser.erase(id, actor()));
    QVERIFY_THROWS_EXCEPTION(UserRuleError, eraser.erase(QUuid::createUuid(), actor()));
    // Facts without personal data still go in (the delete reaches Keycloak as before).
    m_users->remove(id, actor());
    QVERIFY(m_store->verifyChain().ok);
}

void TstErasure::anotherConnectionStopsUsingTheErasedKey()
{
    const QUuid id = createAda();
    const QString stream = UserAggregate::streamIdFor(id);
    // A second instance (the GUI while the CLI erases) has the key cached from a read.
    SqliteEventStore other(m_path, SqliteConnection::OpenMode::MustExist);
    QCOMPARE(UserAggregate::fromHistory(other.readStream(stream)).state().personal.email, kNewEmail);

    PersonalDataEraser(*m_store, nullptr, nullptr).erase(id, actor());
    QCOMPARE(UserAggregate::fromHistory(other.readStream(stream)).state().personal.email,
             PersonalData::erasedValue());
    UpdateUserProfile update;
    update.lastName = QStringLiteral("Again");
    UserCommandHandler otherUsers(other);
    QVERIFY_THROWS_EXCEPTION(UserRuleError, otherUsers.updateProfile(id, update, actor()));
}

void TstErasure::projectorApplyingTheErasureRewritesDetailAndList()
{
    // A window's projector catching up past the erasure (no rebuild of its own).
    const QUuid id = createAda();
    PersonalDataEraser(*m_store, nullptr, nullptr).erase(id, actor());
    m_projector->catchUp();
    const QString pseudonym = PersonalData::pseudonymFor(id);
    UserQueries queries(m_viewsPath);
    QCOMPARE(queries.detail(id)->username, pseudonym);
    QCOMPARE(queries.detail(id)->lastName, PersonalData::erasedValue());
    UserListQuery search;
    search.search = QStringLiteral("erased-");
    const UserListPage page = queries.list(search);
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().id, id);
    QCOMPARE(page.items.first().email, PersonalData::erasedValue());
    QCOMPARE(page.items.first().fullName, QStringLiteral("[erased] [erased]"));
    search.search = kFirstName;
    QCOMPARE(queries.list(search).items.size(), 0);
}

void TstErasure::cliForgetNeedsYesThenErases()
{
    const QUuid id = createAda();
    closeAll();
    auto run = [this](const QStringList& arguments, QByteArray* out = nullptr) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/share")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KEYLEDGER_CLI_PATH),
                      QStringList{QStringLiteral("--db"), m_path} + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    const QByteArray before = bytesOf(m_path);
    QByteArray said;
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("forget"), kUsername}, &said), 2);
    QVERIFY2(said.contains("--yes") && said.contains("permanently erase"), said.constData());
    QCOMPARE(bytesOf(m_path), before); // nothing written

    QCOMPARE(
        run({QStringLiteral("user"), QStringLiteral("forget"), kUsername, QStringLiteral("--yes")}, &said),
        0);
    QVERIFY2(said.contains("erased-"), said.constData());
    QCOMPARE(run({QStringLiteral("verify")}), 0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("show"), id.toString(QUuid::WithoutBraces)}, &said),
             0);
    QVERIFY(said.contains("[erased]"));
    for (const QString& value : {kEmail, kNewEmail, kFirstName, kLastName, kUsername}) {
        QVERIFY2(!contains(bytesOf(m_path), value), qPrintable(value));
        QVERIFY2(!contains(bytesOf(m_viewsPath), value), qPrintable(value));
    }
    // A second forget is refused as a rule of the user's state.
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("forget"), id.toString(QUuid::WithoutBraces),
                  QStringLiteral("--yes")}),
             3);
    openAll();
}

QTEST_GUILESS_MAIN(TstErasure)
#include "tst_erasure.moc"
