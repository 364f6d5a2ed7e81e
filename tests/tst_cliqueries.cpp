// keyledger-cli's query commands end to end: users list, user history, analytics and audit, run
// as the real binary through QProcess on a store made with the CLI itself.
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList outLines() const { return outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

// What the test made, to compare the queries' answers with.
struct ExpectedUser
{
    QString id;
    QString username;
    QString email;
    QString firstName;
    QString organization;
    bool enabled = true;
    bool verified = false;

    QString status() const
    {
        if (!enabled)
            return QStringLiteral("disabled");
        return verified ? QStringLiteral("active") : QStringLiteral("unverified");
    }
};

// RFC 4180, strictly: CRLF between records, a line break only inside quotes. std::nullopt for
// anything else.
std::optional<QList<QStringList>> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt;
            ++i;
            record.append(field);
            records.append(record);
            field.clear();
            record.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            return std::nullopt; // a bare LF outside quotes
        } else {
            if (wasQuoted)
                return std::nullopt; // text after a closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record must end with CRLF too
    return records;
}

QList<QJsonObject> jsonLines(const CliRun& run)
{
    QList<QJsonObject> objects;
    for (const QString& line : run.outLines()) {
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

const QStringList organizations = {QStringLiteral("acme"), QStringLiteral("Globex, \"Intl\""),
                                   QStringLiteral("=cmd|' /C calc'!A0")};
const QStringList firstNames = {QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Carol"),
                                QStringLiteral("Dave"), QStringLiteral("Eve")};
constexpr int userCount = 30;
const QString disabler = QStringLiteral("admin-x");

} // namespace

class TstCliQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void listDefaultsToNewestFirst();
    void listFilters();
    void listSortsBothWays();
    void listSearchIsAPrefixOfAnyName();
    void walkingPagesCoversEveryUserOnce();
    void tableShowsTheNextCursorOnStderr();
    void jsonLinesCarryEveryField();
    void csvParsesBackAndIsNeutralised();
    void analyticsMatchWhatWasCreated();
    void auditFilters();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
    void readYourWrites();
    void historyShowsTheDiffOfAnUpdate();
    void deletedUserIsNoLongerListed();
    void projectionsHaveNoLagAfterTheQueries();

private:
    CliRun run(const QStringList& arguments) const;
    CliRun runOnStore(const QStringList& arguments) const
    {
        return run(QStringList{QStringLiteral("--db"), m_db} + arguments);
    }
    // users list --format json with the arguments: the items, and the last line's total/cursor.
    QList<QJsonObject> listJson(const QStringList& arguments, QJsonObject* summary = nullptr) const;
    QStringList usernames(const QList<QJsonObject>& items) const;
    QStringList expectedUsernames(const std::function<bool(const ExpectedUser&)>& keep) const;
    bool runOk(const QStringList& arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QList<ExpectedUser> m_users;
};

void TstCliQueries::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(KEYLEDGER_CLI_PATH)),
             "keyledger-cli was not built: " KEYLEDGER_CLI_PATH);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("store.db"));

    // 30 users over 3 organisations (10 each); every other one verified, 4 disabled by admin-x.
    for (int i = 0; i < userCount; ++i) {
        ExpectedUser user;
        user.username = QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'));
        // A formula-looking e-mail address is valid: the CSV must neutralise it.
        user.email = i == 7 ? QStringLiteral("=hyperlink@example.org")
                            : user.username + QStringLiteral("@example.org");
        user.firstName = firstNames.at(i % firstNames.size());
        user.organization = organizations.at(i % organizations.size());
        const CliRun created = runOnStore(
            {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"), user.username,
             QStringLiteral("--email"), user.email, QStringLiteral("--first-name"), user.firstName,
             QStringLiteral("--last-name"), QStringLiteral("Smith%1").arg(i), QStringLiteral("--org"),
             user.organization, QStringLiteral("--role"), QStringLiteral("viewer")});
        QVERIFY2(created.exitCode == 0, created.describe().constData());
        user.id = created.outText().trimmed();
        if (i % 2 == 0) {
            QVERIFY(runOk({QStringLiteral("user"), QStringLiteral("verify-email"), user.username}));
            user.verified = true;
        }
        if (i % 7 == 3) {
            QVERIFY(runOk({QStringLiteral("--actor"), disabler, QStringLiteral("user"),
                           QStringLiteral("disable"), user.username}));
            user.enabled = false;
        }
        m_users.append(user);
    }
}

CliRun TstCliQueries::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
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

bool TstCliQueries::runOk(const QStringList& arguments) const
{
    const CliRun result = runOnStore(arguments);
    if (result.exitCode != 0)
        qWarning("%s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 result.describe().constData());
    return result.exitCode == 0;
}

QList<QJsonObject> TstCliQueries::listJson(const QStringList& arguments, QJsonObject* summary) const
{
    const CliRun listed = runOnStore(QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                 QStringLiteral("users"), QStringLiteral("list")} +
                                     arguments);
    if (listed.exitCode != 0) {
        qWarning("users list failed: %s", listed.describe().constData());
        return {};
    }
    QList<QJsonObject> items = jsonLines(listed);
    if (items.isEmpty() || !items.constLast().contains(QStringLiteral("total"))) {
        qWarning("no summary line: %s", listed.describe().constData());
        return {};
    }
    if (summary)
        *summary = items.constLast();
    items.removeLast();
    return items;
}

QStringList TstCliQueries::usernames(const QList<QJsonObject>& items) const
{
    QStringList names;
    for (const QJsonObject& item : items)
        names.append(item.value(QStringLiteral("username")).toString());
    return names;
}

QStringList TstCliQueries::expectedUsernames(const std::function<bool(const ExpectedUser&)>& keep) const
{
    QStringList names;
    for (const ExpectedUser& user : m_users) {
        if (keep(user))
            names.append(user.username);
    }
    names.sort();
    return names;
}

void TstCliQueries::listDefaultsToNewestFirst()
{
    QJsonObject summary;
    const QList<QJsonObject> items = listJson({}, &summary);
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), userCount);
    QCOMPARE(items.size(), userCount); // under the default page size of 50
    QVERIFY(summary.value(QStringLiteral("nextCursor")).isNull());
    QStringList expected = expectedUsernames([](const ExpectedUser&) { return true; });
    std::reverse(expected.begin(), expected.end()); // created in username order
    QCOMPARE(usernames(items), expected);
}

void TstCliQueries::listFilters()
{
    QJsonObject summary;
    QList<QJsonObject> items =
        listJson({QStringLiteral("--org"), organizations.at(1), QStringLiteral("--limit"),
                  QStringLiteral("100"), QStringLiteral("--sort"), QStringLiteral("username")},
                 &summary);
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), 10);
    QCOMPARE(usernames(items),
             expectedUsernames([](const ExpectedUser& u) { return u.organization == organizations.at(1); }));

    for (const QString& status :
         {QStringLiteral("active"), QStringLiteral("unverified"), QStringLiteral("disabled")}) {
        items = listJson(
            {QStringLiteral("--status"), status, QStringLiteral("--sort"), QStringLiteral("username")},
            &summary);
        const QStringList expected =
            expectedUsernames([&](const ExpectedUser& u) { return u.status() == status; });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), expected.size());
        QCOMPARE(usernames(items), expected);
        for (const QJsonObject& item : items)
            QCOMPARE(item.value(QStringLiteral("status")).toString(), status);
    }

    // Combined, and limited: the total counts every match, the page only its rows.
    items = listJson({QStringLiteral("--org"), organizations.at(0), QStringLiteral("--status"),
                      QStringLiteral("active"), QStringLiteral("--sort"), QStringLiteral("username"),
                      QStringLiteral("--limit"), QStringLiteral("2")},
                     &summary);
    const QStringList expected = expectedUsernames([](const ExpectedUser& u) {
        return u.organization == organizations.at(0) && u.status() == QLatin1String("active");
    });
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), expected.size());
    QCOMPARE(usernames(items), expected.mid(0, 2));
    QVERIFY(summary.value(QStringLiteral("nextCursor")).isString());
}

void TstCliQueries::listSortsBothWays()
{
    const QStringList all = expectedUsernames([](const ExpectedUser&) { return true; });
    QCOMPARE(usernames(listJson({QStringLiteral("--sort"), QStringLiteral("username")})), all);
    QStringList reversed = all;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(usernames(listJson({QStringLiteral("--sort"), QStringLiteral("username:desc")})), reversed);

    // By e-mail: "=hyperlink@..." sorts before the letters.
    const QList<QJsonObject> byEmail = listJson({QStringLiteral("--sort"), QStringLiteral("email")});
    QCOMPARE(byEmail.size(), userCount);
    QCOMPARE(byEmail.constFirst().value(QStringLiteral("email")).toString(),
             QStringLiteral("=hyperlink@example.org"));
    for (qsizetype i = 1; i < byEmail.size(); ++i)
        QVERIFY(byEmail.at(i - 1).value(QStringLiteral("email")).toString() <
                byEmail.at(i).value(QStringLiteral("email")).toString());
}

void TstCliQueries::listSearchIsAPrefixOfAnyName()
{
    QJsonObject summary;
    // First name, any case.
    QList<QJsonObject> items = listJson({QStringLiteral("--search"), QStringLiteral("cAR")}, &summary);
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), userCount / firstNames.size());
    for (const QJsonObject& item : items)
        QCOMPARE(item.value(QStringLiteral("firstName")).toString(), QStringLiteral("Carol"));
    // Username prefix.
    items = listJson({QStringLiteral("--search"), QStringLiteral("user1"), QStringLiteral("--sort"),
                      QStringLiteral("username")});
    QCOMPARE(usernames(items), expectedUsernames([](const ExpectedUser& u) {
                 return u.username.startsWith(QLatin1String("user1"));
             }));
    // Last name; nothing in the middle of a word.
    items = listJson({QStringLiteral("--search"), QStringLiteral("smith29")}, &summary);
    QCOMPARE(usernames(items), QStringList{QStringLiteral("user29")});
    items = listJson({QStringLiteral("--search"), QStringLiteral("mith")}, &summary);
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), 0);
}

void TstCliQueries::walkingPagesCoversEveryUserOnce()
{
    for (const QString& sort : {QStringLiteral("username"), QStringLiteral("createdAt:desc"),
                                QStringLiteral("organizationId"), QStringLiteral("status:desc")}) {
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            QStringList arguments{QStringLiteral("--sort"), sort, QStringLiteral("--limit"),
                                  QStringLiteral("7")};
            if (!cursor.isEmpty())
                arguments += {QStringLiteral("--after"), cursor};
            QJsonObject summary;
            const QList<QJsonObject> items = listJson(arguments, &summary);
            QVERIFY2(!items.isEmpty(), qPrintable(sort));
            QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), userCount);
            seen += usernames(items);
            cursor = summary.value(QStringLiteral("nextCursor")).toString();
            QVERIFY(++pages <= 5);
        } while (!cursor.isEmpty());
        QCOMPARE(pages, 5); // 7 + 7 + 7 + 7 + 2
        QCOMPARE(seen.size(), userCount);
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(sorted, expectedUsernames([](const ExpectedUser&) { return true; }));
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), userCount);
    }
}

void TstCliQueries::tableShowsTheNextCursorOnStderr()
{
    const CliRun first =
        runOnStore({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--sort"),
                    QStringLiteral("username"), QStringLiteral("--limit"), QStringLiteral("20")});
    QVERIFY2(first.exitCode == 0, first.describe().constData());
    const QStringList lines = first.outLines();
    QCOMPARE(lines.size(), 1 + 20);
    for (const char* header : {"USERNAME", "FULL NAME", "E-MAIL", "ORGANISATION", "STATUS", "ROLES",
                               "CREATED", "LAST LOGIN", "SYNC"})
        QVERIFY2(lines.constFirst().contains(QLatin1String(header)), header);
    QVERIFY(lines.at(1).startsWith(QLatin1String("user00")));
    QVERIFY(lines.at(1).contains(QLatin1String("Alice Smith0")));
    QVERIFY(lines.at(1).contains(QLatin1String("Active")));
    QVERIFY(lines.at(4).contains(QLatin1String("Disabled"))); // user03
    QVERIFY(first.errText().contains(QLatin1String("20 of 30 users")));

    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("--after (\\S+)")).match(first.errText());
    QVERIFY2(match.hasMatch(), first.describe().constData());
    const CliRun second =
        runOnStore({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--sort"),
                    QStringLiteral("username"), QStringLiteral("--limit"), QStringLiteral("20"),
                    QStringLiteral("--after"), match.captured(1)});
    QVERIFY2(second.exitCode == 0, second.describe().constData());
    QCOMPARE(second.outLines().size(), 1 + 10);
    QVERIFY(second.outLines().at(1).startsWith(QLatin1String("user20")));
    QVERIFY(!second.errText().contains(QLatin1String("--after"))); // the last page
}

void TstCliQueries::jsonLinesCarryEveryField()
{
    QJsonObject summary;
    const QList<QJsonObject> items =
        listJson({QStringLiteral("--search"), QStringLiteral("user03")}, &summary);
    QCOMPARE(items.size(), 1);
    const QJsonObject user = items.constFirst();
    const QStringList keys = {QStringLiteral("id"),
                              QStringLiteral("username"),
                              QStringLiteral("email"),
                              QStringLiteral("firstName"),
                              QStringLiteral("lastName"),
                              QStringLiteral("fullName"),
                              QStringLiteral("organizationId"),
                              QStringLiteral("enabled"),
                              QStringLiteral("emailVerified"),
                              QStringLiteral("status"),
                              QStringLiteral("statusLabel"),
                              QStringLiteral("statusColour"),
                              QStringLiteral("canEdit"),
                              QStringLiteral("canDelete"),
                              QStringLiteral("canEnable"),
                              QStringLiteral("canDisable"),
                              QStringLiteral("roles"),
                              QStringLiteral("createdAt"),
                              QStringLiteral("lastLoginAt"),
                              QStringLiteral("syncState")};
    QStringList sortedKeys = keys;
    sortedKeys.sort();
    QCOMPARE(user.keys(), sortedKeys);
    QCOMPARE(user.value(QStringLiteral("id")).toString(), m_users.at(3).id);
    QCOMPARE(user.value(QStringLiteral("fullName")).toString(), QStringLiteral("Dave Smith3"));
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
    QCOMPARE(user.value(QStringLiteral("statusLabel")).toString(), QStringLiteral("Disabled"));
    QCOMPARE(user.value(QStringLiteral("statusColour")).toString(), QStringLiteral("#c62828"));
    QCOMPARE(user.value(QStringLiteral("canEnable")).toBool(), true);
    QCOMPARE(user.value(QStringLiteral("canDisable")).toBool(), false);
    QCOMPARE(user.value(QStringLiteral("canDelete")).toBool(), true);
    QCOMPARE(user.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("viewer")});
    QVERIFY(user.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(user.value(QStringLiteral("lastLoginAt")).isNull());
    QVERIFY(!user.value(QStringLiteral("syncState")).toString().isEmpty());
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), 1);
    QVERIFY(summary.contains(QStringLiteral("nextCursor")));
    QVERIFY(summary.value(QStringLiteral("nextCursor")).isNull());
}

void TstCliQueries::csvParsesBackAndIsNeutralised()
{
    const CliRun listed =
        runOnStore({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("users"),
                    QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("username"),
                    QStringLiteral("--limit"), QStringLiteral("100")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const std::optional<QList<QStringList>> records = parseCsv(listed.outText());
    QVERIFY2(records, listed.out.constData());
    QCOMPARE(records->size(), 1 + userCount);
    const QStringList header = records->constFirst();
    QCOMPARE(header.value(0), QStringLiteral("id"));
    const qsizetype username = header.indexOf(QStringLiteral("username"));
    const qsizetype email = header.indexOf(QStringLiteral("email"));
    const qsizetype organization = header.indexOf(QStringLiteral("organizationId"));
    const qsizetype status = header.indexOf(QStringLiteral("status"));
    QVERIFY(username >= 0 && email >= 0 && organization >= 0 && status >= 0);
    for (int i = 0; i < userCount; ++i) {
        const QStringList record = records->at(i + 1);
        const ExpectedUser& user = m_users.at(i);
        QCOMPARE(record.size(), header.size());
        QCOMPARE(record.at(username), user.username);
        QCOMPARE(record.at(status), user.status());
        // Quotes and commas survive; what a spreadsheet would run as a formula gets a leading '.
        const QString expectedOrganization = user.organization.startsWith(QLatin1Char('='))
                                                 ? QLatin1Char('\'') + user.organization
                                                 : user.organization;
        QCOMPARE(record.at(organization), expectedOrganization);
        QCOMPARE(record.at(email), i == 7 ? QStringLiteral("'=hyperlink@example.org") : user.email);
    }
    // Nothing unquoted starts with a formula character.
    QVERIFY(!listed.out.contains("\r\n="));
    QVERIFY(!listed.out.contains(",="));
}

void TstCliQueries::analyticsMatchWhatWasCreated()
{
    const CliRun all =
        runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("analytics")});
    QVERIFY2(all.exitCode == 0, all.describe().constData());
    const QList<QJsonObject> lines = jsonLines(all);
    QCOMPARE(lines.size(), 1);
    const QJsonObject figures = lines.constFirst();
    auto count = [this](const std::function<bool(const ExpectedUser&)>& keep) {
        return qint64(std::count_if(m_users.begin(), m_users.end(), keep));
    };
    QCOMPARE(figures.value(QStringLiteral("total")).toInteger(), userCount);
    QCOMPARE(figures.value(QStringLiteral("active")).toInteger(),
             count([](const ExpectedUser& u) { return u.status() == QLatin1String("active"); }));
    QCOMPARE(figures.value(QStringLiteral("inactive")).toInteger(),
             count([](const ExpectedUser& u) { return !u.enabled; }));
    QCOMPARE(figures.value(QStringLiteral("verified")).toInteger(),
             count([](const ExpectedUser& u) { return u.verified; }));
    QCOMPARE(figures.value(QStringLiteral("withLogin")).toInteger(), 0);
    QVERIFY(figures.value(QStringLiteral("averageDaysToFirstLogin")).isNull()); // nobody logged in
    QCOMPARE(figures.value(QStringLiteral("daysToFirstLogin")).toArray(), QJsonArray());
    qint64 signUps = 0;
    for (const QJsonValue& week : figures.value(QStringLiteral("signUpsPerWeek")).toArray()) {
        QCOMPARE(QDate::fromString(week[QStringLiteral("week")].toString(), Qt::ISODate).dayOfWeek(), 1);
        signUps += week[QStringLiteral("signUps")].toInteger();
    }
    QCOMPARE(signUps, userCount);

    // One organisation, and date ranges around today (local days).
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    CliRun one = runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("analytics"),
                             QStringLiteral("--org"), organizations.at(2), QStringLiteral("--from"),
                             yesterday, QStringLiteral("--to"), tomorrow});
    QVERIFY2(one.exitCode == 0, one.describe().constData());
    QCOMPARE(jsonLines(one).value(0).value(QStringLiteral("total")).toInteger(), 10);
    QCOMPARE(jsonLines(one).value(0).value(QStringLiteral("organizationId")).toString(), organizations.at(2));
    one = runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("analytics"),
                      QStringLiteral("--from"), tomorrow});
    QCOMPARE(jsonLines(one).value(0).value(QStringLiteral("total")).toInteger(), 0);

    const CliRun table = runOnStore({QStringLiteral("analytics")});
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    QVERIFY(table.outText().contains(QRegularExpression(QStringLiteral("Total:\\s+30\\n"))));
    QVERIFY(
        table.outText().contains(QRegularExpression(QStringLiteral("Average days to first login:\\s+—"))));
}

void TstCliQueries::auditFilters()
{
    CliRun audit = runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit"),
                               QStringLiteral("--actor"), disabler, QStringLiteral("--type"),
                               QStringLiteral("UserDisabled")});
    QVERIFY2(audit.exitCode == 0, audit.describe().constData());
    QList<QJsonObject> rows = jsonLines(audit);
    QStringList disabled;
    for (const QJsonObject& row : rows) {
        QCOMPARE(row.value(QStringLiteral("actor")).toString(), disabler);
        QCOMPARE(row.value(QStringLiteral("type")).toString(), QStringLiteral("UserDisabled"));
        disabled.append(row.value(QStringLiteral("username")).toString());
    }
    QCOMPARE(disabled, expectedUsernames([](const ExpectedUser& u) { return !u.enabled; }));

    // The same actor's other events: none (it only disabled).
    audit = runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit"),
                        QStringLiteral("--actor"), disabler});
    QCOMPARE(jsonLines(audit).size(), disabled.size());

    // One user, by username or id; positions ascending.
    audit = runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit"),
                        QStringLiteral("--user"), QStringLiteral("user10")});
    rows = jsonLines(audit);
    QStringList types;
    for (const QJsonObject& row : rows) {
        QCOMPARE(row.value(QStringLiteral("userId")).toString(), m_users.at(10).id);
        types.append(row.value(QStringLiteral("type")).toString());
    }
    QCOMPARE(types, (QStringList{QStringLiteral("UserCreated"), QStringLiteral("UserEmailVerified"),
                                 QStringLiteral("UserDisabled")}));
    QVERIFY(rows.at(0).value(QStringLiteral("position")).toInteger() <
            rows.at(1).value(QStringLiteral("position")).toInteger());
    audit = runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit"),
                        QStringLiteral("--user"), m_users.at(10).id});
    QCOMPARE(jsonLines(audit), rows);

    // Type, date range and limit; the total on stderr.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    audit = runOnStore({QStringLiteral("audit"), QStringLiteral("--type"), QStringLiteral("UserCreated"),
                        QStringLiteral("--source"), QStringLiteral("local"), QStringLiteral("--from"),
                        QDate::fromString(today, Qt::ISODate).addDays(-1).toString(Qt::ISODate),
                        QStringLiteral("--to"),
                        QDate::fromString(today, Qt::ISODate).addDays(1).toString(Qt::ISODate),
                        QStringLiteral("--limit"), QStringLiteral("5")});
    QVERIFY2(audit.exitCode == 0, audit.describe().constData());
    // The header and 5 rows, each with its diff lines indented under it.
    QStringList rowLines = audit.outLines();
    rowLines.removeIf([](const QString& line) { return line.startsWith(QLatin1String("    ")); });
    QCOMPARE(rowLines.size(), 1 + 5);
    QVERIFY(audit.outText().contains(QStringLiteral("    username: (empty) → user00\n")));
    QVERIFY2(audit.errText().contains(QStringLiteral("5 of %1 events").arg(userCount)),
             audit.err.constData());
    audit = runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit"),
                        QStringLiteral("--to"), QStringLiteral("2001-01-01")});
    QVERIFY2(audit.exitCode == 0, audit.describe().constData());
    QCOMPARE(audit.outLines().size(), 0);

    // CSV: the multi-line diff cell parses back.
    audit = runOnStore({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("audit"),
                        QStringLiteral("--user"), QStringLiteral("user07")});
    QVERIFY2(audit.exitCode == 0, audit.describe().constData());
    const std::optional<QList<QStringList>> records = parseCsv(audit.outText());
    QVERIFY2(records, audit.out.constData());
    QCOMPARE(records->size(), 1 + 1);
    const qsizetype diff = records->constFirst().indexOf(QStringLiteral("diff"));
    QVERIFY(records->at(1).at(diff).contains(QStringLiteral("email:  → =hyperlink@example.org\n")));
}

void TstCliQueries::badArgumentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString users = QStringLiteral("users");
    const QString list = QStringLiteral("list");
    QTest::newRow("unknown sort field")
        << QStringList{users, list, QStringLiteral("--sort"), QStringLiteral("age")};
    QTest::newRow("unknown sort direction")
        << QStringList{users, list, QStringLiteral("--sort"), QStringLiteral("username:sideways")};
    QTest::newRow("garbage cursor") << QStringList{users, list, QStringLiteral("--after"),
                                                   QStringLiteral("abc!")};
    QTest::newRow("base64 but not a cursor")
        << QStringList{users, list, QStringLiteral("--after"), QStringLiteral("eyJhIjoxfQ")};
    QTest::newRow("unknown status") << QStringList{users, list, QStringLiteral("--status"),
                                                   QStringLiteral("gone")};
    QTest::newRow("limit zero") << QStringList{users, list, QStringLiteral("--limit"), QStringLiteral("0")};
    QTest::newRow("limit too big") << QStringList{users, list, QStringLiteral("--limit"),
                                                  QStringLiteral("10001")};
    QTest::newRow("users without list") << QStringList{users};
    QTest::newRow("list with an argument") << QStringList{users, list, QStringLiteral("alice")};
    QTest::newRow("analytics bad date")
        << QStringList{QStringLiteral("analytics"), QStringLiteral("--from"), QStringLiteral("2024-02-30")};
    QTest::newRow("analytics date shape")
        << QStringList{QStringLiteral("analytics"), QStringLiteral("--to"), QStringLiteral("1/2/2024")};
    QTest::newRow("analytics from after to")
        << QStringList{QStringLiteral("analytics"), QStringLiteral("--from"), QStringLiteral("2024-02-02"),
                       QStringLiteral("--to"), QStringLiteral("2024-02-01")};
    QTest::newRow("analytics as csv")
        << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("analytics")};
    QTest::newRow("audit bad date") << QStringList{QStringLiteral("audit"), QStringLiteral("--from"),
                                                   QStringLiteral("yesterday")};
    QTest::newRow("audit bad limit") << QStringList{QStringLiteral("audit"), QStringLiteral("--limit"),
                                                    QStringLiteral("-1")};
    QTest::newRow("history without USER") << QStringList{QStringLiteral("user"), QStringLiteral("history")};
    QTest::newRow("history as csv") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                   QStringLiteral("user"), QStringLiteral("history"),
                                                   QStringLiteral("user00")};
    QTest::newRow("events as csv") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("events")};
}

void TstCliQueries::badArgumentsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun result = runOnStore(arguments);
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TstCliQueries::readYourWrites()
{
    // A cursor of one sort order given to another: refused as usage, not a storage error.
    QJsonObject summary;
    listJson({QStringLiteral("--sort"), QStringLiteral("username"), QStringLiteral("--limit"),
              QStringLiteral("3")},
             &summary);
    const QString cursor = summary.value(QStringLiteral("nextCursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const CliRun foreign =
        runOnStore({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--sort"),
                    QStringLiteral("email"), QStringLiteral("--after"), cursor});
    QVERIFY2(foreign.exitCode == 2, foreign.describe().constData());

    // Each command is followed at once by a list that shows it.
    QVERIFY(runOk({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("user01")}));
    QList<QJsonObject> items = listJson({QStringLiteral("--status"), QStringLiteral("disabled")}, &summary);
    QVERIFY(usernames(items).contains(QStringLiteral("user01")));
    QVERIFY(runOk({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("user01")}));
    items = listJson({QStringLiteral("--status"), QStringLiteral("disabled")}, &summary);
    QVERIFY(!usernames(items).contains(QStringLiteral("user01")));
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(),
             expectedUsernames([](const ExpectedUser& u) { return !u.enabled; }).size());

    QVERIFY(runOk({QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("user02"),
                   QStringLiteral("--first-name"), QStringLiteral("Zelda")}));
    items = listJson({QStringLiteral("--search"), QStringLiteral("zelda")});
    QCOMPARE(usernames(items), QStringList{QStringLiteral("user02")});
    QCOMPARE(items.constFirst().value(QStringLiteral("fullName")).toString(), QStringLiteral("Zelda Smith2"));
    m_users[2].firstName = QStringLiteral("Zelda");
}

void TstCliQueries::historyShowsTheDiffOfAnUpdate()
{
    QVERIFY(runOk({QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("user05"),
                   QStringLiteral("--email"), QStringLiteral("changed05@example.org"),
                   QStringLiteral("--org"), QStringLiteral("acme")}));
    m_users[5].email = QStringLiteral("changed05@example.org");
    m_users[5].organization = QStringLiteral("acme");

    const CliRun table =
        runOnStore({QStringLiteral("user"), QStringLiteral("history"), QStringLiteral("user05")});
    QVERIFY2(table.exitCode == 0, table.describe().constData());
    const QString text = table.outText();
    QVERIFY2(text.contains(QStringLiteral("email: user05@example.org → changed05@example.org")),
             table.out.constData());
    QVERIFY2(text.contains(QStringLiteral("organizationId: %1 → acme").arg(organizations.at(2))),
             table.out.constData());
    QVERIFY(text.contains(QLatin1String("tester@"))); // the actor
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z  "),
                               QRegularExpression::MultilineOption)
                .match(text)
                .hasMatch());

    const CliRun json = runOnStore({QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("user"), QStringLiteral("history"), m_users.at(5).id});
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    const QList<QJsonObject> rows = jsonLines(json);
    QCOMPARE(rows.size(), 2); // created, updated (user05 is odd: never verified)
    QCOMPARE(rows.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("UserUpdated"));
    QJsonObject emailDiff;
    for (const QJsonValue& field : rows.at(1).value(QStringLiteral("diff")).toArray()) {
        if (field[QStringLiteral("field")].toString() == QLatin1String("email"))
            emailDiff = field.toObject();
    }
    QCOMPARE(emailDiff.value(QStringLiteral("before")).toString(), QStringLiteral("user05@example.org"));
    QCOMPARE(emailDiff.value(QStringLiteral("after")).toString(), QStringLiteral("changed05@example.org"));

    // The list shows the move at once.
    QJsonObject summary;
    listJson({QStringLiteral("--org"), QStringLiteral("acme")}, &summary);
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), 11);
}

void TstCliQueries::deletedUserIsNoLongerListed()
{
    QVERIFY(runOk({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--username"),
                   QStringLiteral("shortlived"), QStringLiteral("--email"),
                   QStringLiteral("short@example.org")}));
    QList<QJsonObject> items = listJson({QStringLiteral("--search"), QStringLiteral("shortlived")});
    QCOMPARE(items.size(), 1);
    const QString id = items.constFirst().value(QStringLiteral("id")).toString();
    QJsonObject summary;
    listJson({}, &summary);
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), userCount + 1);

    QVERIFY(runOk({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("shortlived")}));
    items = listJson({QStringLiteral("--search"), QStringLiteral("shortlived")}, &summary);
    QCOMPARE(items.size(), 0);
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), 0);
    listJson({QStringLiteral("--limit"), QStringLiteral("100")}, &summary);
    QCOMPARE(summary.value(QStringLiteral("total")).toInteger(), userCount);

    // Its history stays readable by id, and the realm's audit names it.
    const CliRun history = runOnStore({QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("user"), QStringLiteral("history"), id});
    QVERIFY2(history.exitCode == 0, history.describe().constData());
    QCOMPARE(jsonLines(history).constLast().value(QStringLiteral("type")).toString(),
             QStringLiteral("UserDeleted"));
    const CliRun audit =
        runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit"),
                    QStringLiteral("--user"), id, QStringLiteral("--type"), QStringLiteral("UserDeleted")});
    QVERIFY2(audit.exitCode == 0, audit.describe().constData());
    QCOMPARE(jsonLines(audit).size(), 1);
    QCOMPARE(jsonLines(audit).constFirst().value(QStringLiteral("username")).toString(),
             QStringLiteral("shortlived"));

    const CliRun figures =
        runOnStore({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("analytics")});
    QCOMPARE(jsonLines(figures).value(0).value(QStringLiteral("total")).toInteger(), userCount);
}

void TstCliQueries::projectionsHaveNoLagAfterTheQueries()
{
    const CliRun status = runOnStore({QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("projections"), QStringLiteral("status")});
    QVERIFY2(status.exitCode == 0, status.describe().constData());
    const QList<QJsonObject> models = jsonLines(status);
    QVERIFY(models.size() >= 4);
    for (const QJsonObject& model : models) {
        QCOMPARE(model.value(QStringLiteral("lag")).toInteger(), 0);
        QVERIFY(model.value(QStringLiteral("head")).toInteger() > 0);
        QCOMPARE(model.value(QStringLiteral("healthy")).toBool(), true);
    }
}

QTEST_GUILESS_MAIN(TstCliQueries)
#include "tst_cliqueries.moc"
