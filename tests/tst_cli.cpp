// keyledger-cli end to end: the real binary through QProcess, on real SQLite files.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList outLines() const { return outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // For QCOMPARE failure messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void userLifecycle();
    void createPrintsJsonIdAndPosition();
    void duplicateUsernameIsRefusedAndChangesNothing();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void unknownUserIsRefused();
    void expectedVersionMismatchIsAConflict();
    void globalOptionsAfterTheCommandAndActor();
    void eventsAsJsonLines();
    void eventsReadsInBatches();
    void eventsTable();
    void verifyDetectsARowEditedBehindTheAppsBack();
    void missingStoreIsNotCreated_data();
    void missingStoreIsNotCreated();
    void foreignFileIsLeftUntouched_data();
    void foreignFileIsLeftUntouched();
    void damagedStoreIsReported_data();
    void damagedStoreIsReported();

private:
    CliRun run(const QStringList& arguments) const;
    // run() on the test's store: --db <store> first.
    CliRun runOnStore(const QStringList& arguments) const
    {
        return run(QStringList{QStringLiteral("--db"), m_db} + arguments);
    }
    QString createUser(const QString& username, const QString& email);
    QList<QJsonObject> events(const QStringList& extra = {}) const;
    qint64 lastPosition() const;
    QJsonObject show(const QString& user) const;
    void runSqlite(const QString& database, const QString& sql) const;
    QStringList storeSideFiles(const QString& path) const;

    QString m_sqlite3;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TstCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(KEYLEDGER_CLI_PATH)),
             "keyledger-cli was not built: " KEYLEDGER_CLI_PATH);
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 command-line tool is needed (Debian package sqlite3)");
}

void TstCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("store.db"));
}

CliRun TstCli::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Untranslated messages, and a home of our own: the default store is never the real one.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    environment.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/.local/share")));
    environment.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KEYLEDGER_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TstCli::createUser(const QString& username, const QString& email)
{
    const CliRun created =
        runOnStore({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"), username,
                    QStringLiteral("--email"), email});
    if (created.exitCode != 0) {
        qWarning("user create failed: %s", created.describe().constData());
        return {};
    }
    return created.outText().trimmed();
}

QList<QJsonObject> TstCli::events(const QStringList& extra) const
{
    const CliRun listed = runOnStore(
        QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("events")} + extra);
    if (listed.exitCode != 0)
        qWarning("events failed: %s", listed.describe().constData());
    QList<QJsonObject> objects;
    for (const QString& line : listed.outLines()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not a JSON object: %s", qPrintable(line));
            return {};
        }
        objects.append(document.object());
    }
    return objects;
}

qint64 TstCli::lastPosition() const
{
    const QList<QJsonObject> all = events();
    return all.isEmpty() ? 0 : all.constLast().value(QStringLiteral("position")).toInteger();
}

QJsonObject TstCli::show(const QString& user) const
{
    const CliRun shown = runOnStore({QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("user"), QStringLiteral("show"), user});
    if (shown.exitCode != 0)
        qWarning("user show failed: %s", shown.describe().constData());
    return shown.json();
}

void TstCli::runSqlite(const QString& database, const QString& sql) const
{
    QProcess sqlite;
    sqlite.start(m_sqlite3, {database, sql});
    QVERIFY(sqlite.waitForFinished(30000));
    QVERIFY2(sqlite.exitCode() == 0, sqlite.readAllStandardError().constData());
}

QStringList TstCli::storeSideFiles(const QString& path) const
{
    QStringList present;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            present.append(path + QLatin1String(suffix));
    }
    return present;
}

void TstCli::helpAndVersion()
{
    const CliRun help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(QLatin1String("Usage: keyledger-cli")));
    QVERIFY(help.outText().contains(QLatin1String("verify")));
    QVERIFY(!help.outText().contains(QLatin1String("stress-create"))); // maintenance only

    const CliRun userHelp = run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--help")});
    QCOMPARE(userHelp.exitCode, 0);
    QCOMPARE(userHelp.out, help.out);

    const CliRun version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText().trimmed(), QStringLiteral("keyledger-cli " KEYLEDGER_VERSION));
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString db = QStringLiteral("--db");
    const QString s = QStringLiteral("STORE"); // replaced by the test's store path
    auto row = [&](const char* name, QStringList arguments) {
        QTest::newRow(name) << (QStringList{db, s} + arguments);
    };

    QTest::newRow("no command") << QStringList{db, s};
    QTest::newRow("--db without a value") << QStringList{QStringLiteral("verify"), db};
    row("unknown command", {QStringLiteral("frobnicate")});
    row("unknown option", {QStringLiteral("--colour"), QStringLiteral("verify")});
    row("unknown option of a command", {QStringLiteral("verify"), QStringLiteral("--fast")});
    row("user without an action", {QStringLiteral("user")});
    row("unknown user action", {QStringLiteral("user"), QStringLiteral("promote"), QStringLiteral("alice")});
    row("show without USER", {QStringLiteral("user"), QStringLiteral("show")});
    row("enable with two users",
        {QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("a"), QStringLiteral("b")});
    row("create without --username", {QStringLiteral("user"), QStringLiteral("create"),
                                      QStringLiteral("--email"), QStringLiteral("a@example.com")});
    row("create without --email", {QStringLiteral("user"), QStringLiteral("create"),
                                   QStringLiteral("--username"), QStringLiteral("alice")});
    row("create with --email but no value",
        {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"),
         QStringLiteral("alice"), QStringLiteral("--email")});
    row("update without changes",
        {QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("alice")});
    row("update with a bad version",
        {QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("alice"), QStringLiteral("--org"),
         QStringLiteral("x"), QStringLiteral("--expected-version"), QStringLiteral("two")});
    row("roles without --add or --remove",
        {QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("alice")});
    row("bad --format", {QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("verify")});
    row("--limit not a number", {QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("ten")});
    row("--limit zero", {QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("0")});
    row("--from negative", {QStringLiteral("events"), QStringLiteral("--from"), QStringLiteral("-3")});
    row("verify with an argument", {QStringLiteral("verify"), QStringLiteral("now")});
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^STORE$")), m_db);
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
    QVERIFY2(!QFile::exists(m_db), "a usage error must not create a store");
}

void TstCli::userLifecycle()
{
    const QString u = QStringLiteral("user");
    const CliRun created = runOnStore(
        {u, QStringLiteral("create"), QStringLiteral("--username"), QStringLiteral("Alice"),
         QStringLiteral("--email"), QStringLiteral("Alice@Example.com"), QStringLiteral("--first-name"),
         QStringLiteral("Alice"), QStringLiteral("--last-name"), QStringLiteral("Liddell"),
         QStringLiteral("--org"), QStringLiteral("wonderland"), QStringLiteral("--role"),
         QStringLiteral("admin"), QStringLiteral("--role"), QStringLiteral("auditor")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    const QString id = created.outText().trimmed();
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));

    QJsonObject user = show(QStringLiteral("alice"));
    QCOMPARE(user.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(user.value(QStringLiteral("firstName")).toString(), QStringLiteral("Alice"));
    QCOMPARE(user.value(QStringLiteral("lastName")).toString(), QStringLiteral("Liddell"));
    QCOMPARE(user.value(QStringLiteral("organizationId")).toString(), QStringLiteral("wonderland"));
    QCOMPARE(user.value(QStringLiteral("roles")).toArray(),
             (QJsonArray{QStringLiteral("admin"), QStringLiteral("auditor")}));
    QCOMPARE(user.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(user.value(QStringLiteral("emailVerified")).toBool(), false);
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("unverified"));
    QCOMPARE(user.value(QStringLiteral("createdBy")).toString(),
             user.value(QStringLiteral("updatedBy")).toString());
    QCOMPARE(user.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(show(id), user); // by id or by username: the same user

    const CliRun shownAsTable = runOnStore({u, QStringLiteral("show"), id});
    QCOMPARE(shownAsTable.exitCode, 0);
    QVERIFY(shownAsTable.outText().contains(QLatin1String("Liddell")));

    CliRun result =
        runOnStore({u, QStringLiteral("update"), QStringLiteral("alice"), QStringLiteral("--last-name"),
                    QStringLiteral("Pleasance"), QStringLiteral("--org"), QString()});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    user = show(id);
    QCOMPARE(user.value(QStringLiteral("lastName")).toString(), QStringLiteral("Pleasance"));
    QCOMPARE(user.value(QStringLiteral("organizationId")).toString(), QString()); // an empty value clears
    QCOMPARE(user.value(QStringLiteral("version")).toInteger(), 2);

    // Enabling an enabled user: accepted, says so, appends nothing.
    const qint64 before = lastPosition();
    result = runOnStore({u, QStringLiteral("enable"), QStringLiteral("alice")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.errText().contains(QLatin1String("already enabled")), result.describe().constData());
    QCOMPARE(lastPosition(), before);
    result =
        runOnStore({QStringLiteral("--format"), QStringLiteral("json"), u, QStringLiteral("enable"), id});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QStringLiteral("changed")).toBool(), false);
    QCOMPARE(lastPosition(), before);

    result = runOnStore({u, QStringLiteral("disable"), QStringLiteral("alice")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(show(id).value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
    result = runOnStore({u, QStringLiteral("disable"), id});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.errText().contains(QLatin1String("already disabled")));
    result = runOnStore({u, QStringLiteral("enable"), id});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(show(id).value(QStringLiteral("enabled")).toBool(), true);

    result = runOnStore({u, QStringLiteral("roles"), QStringLiteral("alice"), QStringLiteral("--add"),
                         QStringLiteral("editor"), QStringLiteral("--add"), QStringLiteral("viewer"),
                         QStringLiteral("--remove"), QStringLiteral("admin")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(show(id).value(QStringLiteral("roles")).toArray(),
             (QJsonArray{QStringLiteral("auditor"), QStringLiteral("editor"), QStringLiteral("viewer")}));

    result = runOnStore({u, QStringLiteral("verify-email"), QStringLiteral("alice")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    user = show(id);
    QCOMPARE(user.value(QStringLiteral("emailVerified")).toBool(), true);
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    result = runOnStore({u, QStringLiteral("reset-password"), QStringLiteral("alice")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());

    result = runOnStore({u, QStringLiteral("delete"), QStringLiteral("alice")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    user = show(id); // a deleted user can still be viewed by id
    QCOMPARE(user.value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));

    const QStringList expectedTypes = {QStringLiteral("UserCreated"),
                                       QStringLiteral("UserUpdated"),
                                       QStringLiteral("UserDisabled"),
                                       QStringLiteral("UserEnabled"),
                                       QStringLiteral("UserRolesChanged"),
                                       QStringLiteral("UserEmailVerified"),
                                       QStringLiteral("PasswordResetEmailRequested"),
                                       QStringLiteral("UserDeleted")};
    QStringList types;
    for (const QJsonObject& event : events({QStringLiteral("--stream"), id}))
        types.append(event.value(QStringLiteral("type")).toString());
    QCOMPARE(types, expectedTypes);
    QCOMPARE(user.value(QStringLiteral("version")).toInteger(), expectedTypes.size());

    // Nothing but reads on a deleted user.
    const qint64 afterDelete = lastPosition();
    const QList<QStringList> changes = {
        {u, QStringLiteral("enable"), id},
        {u, QStringLiteral("disable"), id},
        {u, QStringLiteral("delete"), id},
        {u, QStringLiteral("verify-email"), id},
        {u, QStringLiteral("reset-password"), id},
        {u, QStringLiteral("update"), id, QStringLiteral("--first-name"), QStringLiteral("Again")},
        {u, QStringLiteral("roles"), id, QStringLiteral("--add"), QStringLiteral("admin")},
    };
    for (const QStringList& change : changes) {
        result = runOnStore(change);
        QVERIFY2(result.exitCode == 3, qPrintable(change.join(QLatin1Char(' ')) + QLatin1Char('\n') +
                                                  QString::fromUtf8(result.describe())));
        QVERIFY(!result.err.isEmpty());
    }
    QCOMPARE(lastPosition(), afterDelete);

    // The username is free again once its user is deleted.
    QVERIFY(!createUser(QStringLiteral("alice"), QStringLiteral("alice@example.com")).isEmpty());

    const CliRun verified = runOnStore({QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.describe().constData());
}

void TstCli::createPrintsJsonIdAndPosition()
{
    QVERIFY(!createUser(QStringLiteral("first"), QStringLiteral("first@example.com")).isEmpty());
    const CliRun created =
        runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("user"),
                    QStringLiteral("create"), QStringLiteral("--username"), QStringLiteral("second"),
                    QStringLiteral("--email"), QStringLiteral("second@example.com")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QCOMPARE(created.outLines().size(), 1);
    const QJsonObject answer = created.json();
    QCOMPARE(answer.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("position")}));
    QVERIFY(!QUuid::fromString(answer.value(QStringLiteral("id")).toString()).isNull());
    QCOMPARE(answer.value(QStringLiteral("position")).toInteger(), 2);
    QCOMPARE(show(answer.value(QStringLiteral("id")).toString()).value(QStringLiteral("username")).toString(),
             QStringLiteral("second"));
}

void TstCli::duplicateUsernameIsRefusedAndChangesNothing()
{
    QVERIFY(!createUser(QStringLiteral("bob"), QStringLiteral("bob@example.com")).isEmpty());
    const qint64 before = lastPosition();
    QCOMPARE(before, 1);
    const QByteArray hashBefore = sha256Of(m_db);

    // Usernames are compared lower-cased, as Keycloak does.
    const CliRun duplicate =
        runOnStore({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"),
                    QStringLiteral("BOB"), QStringLiteral("--email"), QStringLiteral("other@example.com")});
    QVERIFY2(duplicate.exitCode == 3, duplicate.describe().constData());
    QVERIFY(duplicate.errText().contains(QLatin1String("username")));
    QVERIFY(duplicate.out.isEmpty());
    QCOMPARE(lastPosition(), before);
    QCOMPARE(events().size(), 1);
    QCOMPARE(sha256Of(m_db), hashBefore);

    // So are e-mail addresses among live users.
    const CliRun sameEmail =
        runOnStore({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"),
                    QStringLiteral("robert"), QStringLiteral("--email"), QStringLiteral("bob@example.com")});
    QVERIFY2(sameEmail.exitCode == 3, sameEmail.describe().constData());
    QCOMPARE(lastPosition(), before);
}

void TstCli::invalidInputIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    auto create = [](const QString& username, const QString& email) {
        return QStringList{QStringLiteral("user"),       QStringLiteral("create"),
                           QStringLiteral("--username"), username,
                           QStringLiteral("--email"),    email};
    };
    QTest::newRow("e-mail without @")
        << create(QStringLiteral("carol"), QStringLiteral("carol.example.com")) << QStringLiteral("email");
    QTest::newRow("e-mail with two @")
        << create(QStringLiteral("carol"), QStringLiteral("carol@@example.com")) << QStringLiteral("email");
    QTest::newRow("username too short")
        << create(QStringLiteral("cc"), QStringLiteral("cc@example.com")) << QStringLiteral("username");
    QTest::newRow("username with a space")
        << create(QStringLiteral("carol smith"), QStringLiteral("cs@example.com"))
        << QStringLiteral("username");
    QTest::newRow("username with a prohibited character")
        << create(QStringLiteral("carol<script>"), QStringLiteral("cs@example.com"))
        << QStringLiteral("username");
    QTest::newRow("update to an invalid e-mail")
        << QStringList{QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("dave"),
                       QStringLiteral("--email"), QStringLiteral("not-an-address")}
        << QStringLiteral("email");
    QTest::newRow("first name too long")
        << QStringList{QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("dave"),
                       QStringLiteral("--first-name"), QString(300, QLatin1Char('x'))}
        << QStringLiteral("firstName");
}

void TstCli::invalidInputIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    QVERIFY(!createUser(QStringLiteral("dave"), QStringLiteral("dave@example.com")).isEmpty());
    const CliRun refused = runOnStore(arguments);
    QVERIFY2(refused.exitCode == 3, refused.describe().constData());
    QVERIFY2(refused.errText().contains(field + QLatin1Char(':')), refused.describe().constData());
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(lastPosition(), 1);
}

void TstCli::unknownUserIsRefused()
{
    QVERIFY(!createUser(QStringLiteral("erin"), QStringLiteral("erin@example.com")).isEmpty());
    const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("nobody")},
          QStringList{QStringLiteral("user"), QStringLiteral("show"), unknownId},
          QStringList{QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("nobody")},
          QStringList{QStringLiteral("events"), QStringLiteral("--stream"), QStringLiteral("nobody")}}) {
        const CliRun result = runOnStore(arguments);
        QVERIFY2(result.exitCode == 3, qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') +
                                                  QString::fromUtf8(result.describe())));
        QVERIFY(!result.err.isEmpty());
    }
    QCOMPARE(lastPosition(), 1);
}

void TstCli::expectedVersionMismatchIsAConflict()
{
    const QString id = createUser(QStringLiteral("frank"), QStringLiteral("frank@example.com"));
    QVERIFY(!id.isEmpty());
    const QString u = QStringLiteral("user");
    const QString update = QStringLiteral("update");
    const QString expected = QStringLiteral("--expected-version");

    CliRun result = runOnStore({u, update, id, QStringLiteral("--first-name"), QStringLiteral("Frank"),
                                expected, QStringLiteral("1")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(show(id).value(QStringLiteral("version")).toInteger(), 2);

    // Someone else's change happened after the version we read.
    result = runOnStore({u, update, QStringLiteral("frank"), QStringLiteral("--last-name"),
                         QStringLiteral("Stale"), expected, QStringLiteral("1")});
    QVERIFY2(result.exitCode == 4, result.describe().constData());
    QVERIFY2(result.errText().contains(QLatin1String("version 2")), result.describe().constData());
    QCOMPARE(show(id).value(QStringLiteral("lastName")).toString(), QString());
    QCOMPARE(lastPosition(), 2);

    result = runOnStore({u, update, QStringLiteral("frank"), QStringLiteral("--last-name"),
                         QStringLiteral("Fresh"), expected, QStringLiteral("2")});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(show(id).value(QStringLiteral("lastName")).toString(), QStringLiteral("Fresh"));
}

void TstCli::globalOptionsAfterTheCommandAndActor()
{
    const CliRun created =
        run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"),
             QStringLiteral("grace"), QStringLiteral("--email"), QStringLiteral("grace@example.com"),
             QStringLiteral("--db"), m_db, QStringLiteral("--actor"), QStringLiteral("auditor@desk"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QVERIFY(created.json().contains(QStringLiteral("position")));
    const QList<QJsonObject> all = events();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst()
                 .value(QStringLiteral("metadata"))
                 .toObject()
                 .value(QStringLiteral("actor"))
                 .toString(),
             QStringLiteral("auditor@desk"));
    QCOMPARE(show(QStringLiteral("grace")).value(QStringLiteral("createdBy")).toString(),
             QStringLiteral("auditor@desk"));
}

void TstCli::eventsAsJsonLines()
{
    const QString heidi = createUser(QStringLiteral("heidi"), QStringLiteral("heidi@example.com"));
    const QString ivan = createUser(QStringLiteral("ivan"), QStringLiteral("ivan@example.com"));
    QVERIFY(!heidi.isEmpty() && !ivan.isEmpty());
    QCOMPARE(
        runOnStore({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("heidi")}).exitCode, 0);
    QCOMPARE(
        runOnStore({QStringLiteral("user"), QStringLiteral("verify-email"), QStringLiteral("ivan")}).exitCode,
        0);

    const QList<QJsonObject> all = events();
    QCOMPARE(all.size(), 4);
    const QList<std::pair<QString, QString>> expected = {{heidi, QStringLiteral("UserCreated")},
                                                         {ivan, QStringLiteral("UserCreated")},
                                                         {heidi, QStringLiteral("UserDisabled")},
                                                         {ivan, QStringLiteral("UserEmailVerified")}};
    const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    const QRegularExpression isoUtcMs(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QString previousHash = QString(64, QLatin1Char('0'));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject& event = all.at(i);
        for (const char* key : {"position", "eventId", "streamId", "streamVersion", "type", "schemaVersion",
                                "data", "metadata", "recordedAt", "previousHash", "hash"})
            QVERIFY2(event.contains(QLatin1String(key)), key);
        QCOMPARE(event.value(QStringLiteral("position")).toInteger(), i + 1);
        QCOMPARE(event.value(QStringLiteral("streamId")).toString(),
                 QStringLiteral("user-") + expected.at(i).first);
        QCOMPARE(event.value(QStringLiteral("type")).toString(), expected.at(i).second);
        QVERIFY(!QUuid::fromString(event.value(QStringLiteral("eventId")).toString()).isNull());
        QVERIFY(event.value(QStringLiteral("data")).isObject());
        QVERIFY(isoUtcMs.match(event.value(QStringLiteral("recordedAt")).toString()).hasMatch());
        QVERIFY(hex64.match(event.value(QStringLiteral("hash")).toString()).hasMatch());
        // Genesis is 32 zero bytes in this build; after it, each row links to the one before.
        if (i > 0)
            QCOMPARE(event.value(QStringLiteral("previousHash")).toString(), previousHash);
        previousHash = event.value(QStringLiteral("hash")).toString();
    }
    QCOMPARE(all.at(2).value(QStringLiteral("streamVersion")).toInteger(), 2);
    QCOMPARE(all.at(0)
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("personal"))
                 .toObject()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("heidi"));

    // --from, --limit and --stream (by username or id) select from the same sequence.
    QList<QJsonObject> some = events(
        {QStringLiteral("--from"), QStringLiteral("2"), QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(some.size(), 2);
    QCOMPARE(some.at(0), all.at(1));
    QCOMPARE(some.at(1), all.at(2));
    some = events({QStringLiteral("--stream"), QStringLiteral("heidi")});
    QCOMPARE(some.size(), 2);
    QCOMPARE(some.at(0), all.at(0));
    QCOMPARE(some.at(1), all.at(2));
    some = events({QStringLiteral("--stream"), ivan, QStringLiteral("--from"), QStringLiteral("3")});
    QCOMPARE(some.size(), 1);
    QCOMPARE(some.at(0), all.at(3));
    QCOMPARE(events({QStringLiteral("--from"), QStringLiteral("99")}).size(), 0);
}

void TstCli::eventsReadsInBatches()
{
    // More events than one batch of the events command (1,000).
    const CliRun stress =
        runOnStore({QStringLiteral("stress-create"), QStringLiteral("--count"), QStringLiteral("1203"),
                    QStringLiteral("--prefix"), QStringLiteral("batch-")});
    QVERIFY2(stress.exitCode == 0, stress.describe().constData());
    const QStringList ids = stress.outLines();
    QCOMPARE(ids.size(), 1203);

    const QList<QJsonObject> all = events();
    QCOMPARE(all.size(), 1203);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).value(QStringLiteral("position")).toInteger(), i + 1);
        QCOMPARE(all.at(i).value(QStringLiteral("streamId")).toString(), QStringLiteral("user-") + ids.at(i));
    }
    QCOMPARE(events({QStringLiteral("--from"), QStringLiteral("990"), QStringLiteral("--limit"),
                     QStringLiteral("20")})
                 .size(),
             20);
    QCOMPARE(events({QStringLiteral("--limit"), QStringLiteral("1001")}).size(), 1001);
}

void TstCli::eventsTable()
{
    QVERIFY(!createUser(QStringLiteral("judy"), QStringLiteral("judy@example.com")).isEmpty());
    QCOMPARE(runOnStore({QStringLiteral("--actor"), QStringLiteral("root@console"), QStringLiteral("user"),
                         QStringLiteral("disable"), QStringLiteral("judy")})
                 .exitCode,
             0);
    const CliRun table = runOnStore({QStringLiteral("events")});
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    const QStringList lines = table.outLines();
    QCOMPARE(lines.size(), 3); // header and two events
    QVERIFY(lines.at(0).contains(QLatin1String("POSITION")));
    const QRegularExpression row(QStringLiteral(
        "^\\s*2\\s+\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\s+user-\\S+\\s+2\\s+UserDisabled\\s+"
        "root@console$"));
    QVERIFY2(row.match(lines.at(2)).hasMatch(), qPrintable(lines.at(2)));
}

void TstCli::verifyDetectsARowEditedBehindTheAppsBack()
{
    QVERIFY(!createUser(QStringLiteral("karl"), QStringLiteral("karl@example.com")).isEmpty());
    QVERIFY(!createUser(QStringLiteral("anna"), QStringLiteral("anna@example.com")).isEmpty());
    QCOMPARE(runOnStore({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("karl")}).exitCode,
             0);
    const QList<QJsonObject> all = events();
    QCOMPARE(all.size(), 3);

    CliRun verified = runOnStore({QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.describe().constData());
    const QString headHash = all.constLast().value(QStringLiteral("hash")).toString();
    QVERIFY2(verified.outText().contains(QLatin1String("Head position: 3")), verified.describe().constData());
    QVERIFY2(verified.outText().contains(headHash), verified.describe().constData());
    verified = runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("verify")});
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(verified.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(verified.json().value(QStringLiteral("headPosition")).toInteger(), 3);
    QCOMPARE(verified.json().value(QStringLiteral("headHash")).toString(), headHash);

    // An edit with the sqlite3 tool: the row still parses, but no longer matches its hash.
    runSqlite(m_db, QStringLiteral("UPDATE events SET data = replace(data, 'a', 'b') WHERE position = 2"));
    QVERIFY(events().at(1).value(QStringLiteral("data")).toObject() !=
            all.at(1).value(QStringLiteral("data")).toObject());

    verified = runOnStore({QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 6, verified.describe().constData());
    QVERIFY2(verified.errText().contains(QLatin1String("position 2")), verified.describe().constData());
    verified = runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("verify")});
    QCOMPARE(verified.exitCode, 6);
    QCOMPARE(verified.json().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(verified.json().value(QStringLiteral("firstBadPosition")).toInteger(), 2);
    QVERIFY(!verified.json().value(QStringLiteral("problem")).toString().isEmpty());
}

void TstCli::missingStoreIsNotCreated_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("verify") << QStringList{QStringLiteral("verify")};
    QTest::newRow("events") << QStringList{QStringLiteral("events")};
    QTest::newRow("user show") << QStringList{QStringLiteral("user"), QStringLiteral("show"),
                                              QStringLiteral("alice")};
}

void TstCli::missingStoreIsNotCreated()
{
    QFETCH(QStringList, arguments);
    const QString path = m_dir->filePath(QStringLiteral("nested/folder/missing.db"));
    const CliRun result = run(QStringList{QStringLiteral("--db"), path} + arguments);
    QVERIFY2(result.exitCode == 5, result.describe().constData());
    QVERIFY(!result.err.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nested"))));
    QVERIFY(storeSideFiles(path).isEmpty());
}

void TstCli::foreignFileIsLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    const QList<std::pair<const char*, QStringList>> commands = {
        {"verify", {QStringLiteral("verify")}},
        {"events", {QStringLiteral("events")}},
        {"user show", {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("alice")}},
        {"user create",
         {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"),
          QStringLiteral("alice"), QStringLiteral("--email"), QStringLiteral("alice@example.com")}},
        {"user enable", {QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("alice")}},
    };
    for (const char* kind : {"text file", "other SQLite database", "WAL-mode SQLite database"}) {
        for (const auto& [name, arguments] : commands)
            QTest::addRow("%s, %s", kind, name) << QString::fromLatin1(kind) << arguments;
    }
}

void TstCli::foreignFileIsLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    const QString path = m_dir->filePath(QStringLiteral("foreign.db"));
    if (kind == QLatin1String("text file")) {
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("Meeting notes\n").repeated(500));
    } else {
        const QString journal =
            kind.startsWith(QLatin1String("WAL")) ? QStringLiteral("PRAGMA journal_mode=WAL;") : QString();
        runSqlite(path, journal + QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                                                 "INSERT INTO notes(body) VALUES ('keep me'), ('and me');"));
    }
    const QByteArray before = sha256Of(path);
    QVERIFY(!before.isEmpty());
    QVERIFY(storeSideFiles(path).isEmpty());

    const CliRun result = run(QStringList{QStringLiteral("--db"), path} + arguments);
    QVERIFY2(result.exitCode == 5, result.describe().constData());
    QVERIFY2(result.errText().contains(QLatin1String("not a Keyledger store")),
             result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(storeSideFiles(path), QStringList());
}

void TstCli::damagedStoreIsReported_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("arguments");
    for (const char* damage : {"truncated to its first page", "truncated by half", "pages overwritten"}) {
        QTest::addRow("%s, verify", damage)
            << QString::fromLatin1(damage) << QStringList{QStringLiteral("verify")};
        QTest::addRow("%s, events", damage)
            << QString::fromLatin1(damage) << QStringList{QStringLiteral("events")};
        QTest::addRow("%s, user create", damage)
            << QString::fromLatin1(damage)
            << QStringList{QStringLiteral("user"),       QStringLiteral("create"),
                           QStringLiteral("--username"), QStringLiteral("newcomer"),
                           QStringLiteral("--email"),    QStringLiteral("new@example.com")};
    }
}

void TstCli::damagedStoreIsReported()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, arguments);
    const CliRun stress =
        runOnStore({QStringLiteral("stress-create"), QStringLiteral("--count"), QStringLiteral("300"),
                    QStringLiteral("--prefix"), QStringLiteral("damaged-")});
    QVERIFY2(stress.exitCode == 0, stress.describe().constData());
    QVERIFY(storeSideFiles(m_db).isEmpty()); // checkpointed and closed

    QFile file(m_db);
    const qint64 size = file.size();
    QVERIFY2(size > 16 * 4096, QByteArray::number(size).constData());
    if (damage == QLatin1String("truncated to its first page")) {
        QVERIFY(file.resize(4096));
    } else if (damage == QLatin1String("truncated by half")) {
        QVERIFY(file.resize(size / 2));
    } else {
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096)); // the header page stays: the file still claims to be a store
        QVERIFY(file.write(QByteArray(size - 4096, '\xA5')) == size - 4096);
        file.close();
    }
    const QByteArray before = sha256Of(m_db);

    const CliRun result = runOnStore(arguments);
    QVERIFY2(result.exitCode == 5, result.describe().constData());
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(sha256Of(m_db), before);
    QCOMPARE(storeSideFiles(m_db), QStringList());
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
